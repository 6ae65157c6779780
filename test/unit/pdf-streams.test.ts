import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unpack } from '@/entrypoints/shared/document-text/pdf-filters';
import { checkStreams } from '@/entrypoints/shared/document-text/pdf-streams';
import { MAX_UNPACKED_BYTES, UnpacksTooLarge } from '@/entrypoints/shared/document-text/unzip';
import { ascii85Encode, asciiHexEncode, lzwEncode, pdfOfText, pdfWithContent, runLengthEncode } from '../pdf-files';

const counted = () => {
  let bytes = 0;
  return { spend: (chunk: Uint8Array) => void (bytes += chunk.length), get bytes() { return bytes; } };
};

describe('a PDF’s compressed streams, before pdf.js unpacks them', () => {
  it('a regulation’s pass: a page of text, a LibreOffice export with its fonts', () => {
    expect(() => checkStreams(pdfOfText('1.1. Moderator'))).not.toThrow();
    expect(() => checkStreams(new Uint8Array(readFileSync(join(__dirname, '../fixtures/regulations/duties-table-libreoffice.pdf'))))).not.toThrow();
  });

  it('a «bomb» (a page unpacking past any regulation) is stopped at the limit; a stream that is no zlib is left to pdf.js', () => {
    const bomb = pdfOfText('1.1. Moderator', MAX_UNPACKED_BYTES + 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => checkStreams(bomb)).toThrow(UnpacksTooLarge);
    // The zlib header after «stream» made nothing zlib knows.
    const broken = pdfWithContent(new TextEncoder().encode('BT ET'));
    broken[new TextDecoder().decode(broken).indexOf('stream\n') + 7] = 0;
    expect(() => checkStreams(broken)).not.toThrow();
  }, 60_000);

  it.each([
    [['ASCII85Decode', 'FlateDecode']],
    [['ASCIIHexDecode', 'FlateDecode']],
    [['LZWDecode']],
    [['ASCII85Decode', 'LZWDecode']],
    [['RunLengthDecode']],
  ] as const)('a page through %j passes; a bomb through them is stopped at the limit, not left to pdf.js', (filters) => {
    expect(() => checkStreams(pdfOfText('1.1. Moderator', 0, [...filters]))).not.toThrow();
    const bomb = pdfOfText('1.1. Moderator', MAX_UNPACKED_BYTES + 1024, [...filters]);
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
    expect(() => checkStreams(bomb)).toThrow(UnpacksTooLarge);
  }, 60_000);

  it('a bomb whose filters stand in an object of their own («/Filter 6 0 R») or under the short key «/F», as pdf.js reads them, is stopped too; a hostile «[» is read no further than a filter list', () => {
    const indirect = (bytes: Uint8Array, filters: string) => {
      const text = Buffer.from(bytes).toString('latin1').replace('/Filter [/FlateDecode]', '/Filter 6 0 R').replace('xref', `6 0 obj\n${filters}\nendobj\nxref`);
      return new Uint8Array(Buffer.from(text, 'latin1'));
    };
    expect(() => checkStreams(indirect(pdfOfText('1.1. Moderator', MAX_UNPACKED_BYTES + 1024), '[/FlateDecode]'))).toThrow(UnpacksTooLarge);
    expect(() => checkStreams(indirect(pdfOfText('1.1. Moderator', MAX_UNPACKED_BYTES + 1024), '/FlateDecode'))).toThrow(UnpacksTooLarge);
    expect(() => checkStreams(indirect(pdfOfText('1.1. Moderator'), '[/FlateDecode]'))).not.toThrow();
    // The short key pdf.js reads before «/Filter», even beside a harmless «/Filter»; a nested dictionary's «/F» hides nothing.
    const bomb = Buffer.from(pdfOfText('1.1. Moderator', MAX_UNPACKED_BYTES + 1024)).toString('latin1');
    for (const dictionary of ['/Filter /ASCIIHexDecode /F /FlateDecode', '/Filter /FlateDecode /Group << /F /Nothing >>']) {
      expect(() => checkStreams(new Uint8Array(Buffer.from(bomb.replace('/Filter [/FlateDecode]', dictionary), 'latin1')))).toThrow(UnpacksTooLarge);
    }
    // Thousands of streams naming one object whose list never closes: each lookup reads a few characters.
    const streams = Array.from({ length: 5000 }, (_, i) => `${i + 10} 0 obj << /Filter 6 0 R >> stream\nx\nendstream endobj`).join('\n');
    const hostile = new TextEncoder().encode(`%PDF-1.4\n6 0 obj [${'/A '.repeat(300_000)}\n${streams}`);
    expect(() => checkStreams(hostile)).not.toThrow();
  }, 60_000);

  it('each filter unpacks what its encoder packed (any bytes, runs, tables filled and cleared), counting every byte', () => {
    const encoders = { LZWDecode: lzwEncode, RunLengthDecode: runLengthEncode, ASCII85Decode: ascii85Encode, ASCIIHexDecode: asciiHexEncode };
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.array(fc.constantFrom(0, 1, 32, 255), { maxLength: 20_000 }).map((a) => Uint8Array.from(a)));
    fc.assert(
      fc.property(bytes, (data) => {
        for (const [filter, encode] of Object.entries(encoders)) {
          const count = counted();
          const unpacked = unpack(filter, encode(data), count.spend);
          expect(unpacked).toEqual(data);
          expect(count.bytes).toBe(data.length);
        }
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('any bytes through any filter: unpacked, cut short or stopped at the limit, never another error or a hang', () => {
    fc.assert(
      fc.property(fc.constantFrom('LZWDecode', 'LZW', 'RunLengthDecode', 'ASCII85Decode', 'ASCIIHexDecode'), fc.uint8Array({ maxLength: 4000 }), (filter, data) => {
        let spent = 0;
        const spend = (chunk: Uint8Array) => {
          spent += chunk.length;
          if (spent > 1024 * 1024) throw new UnpacksTooLarge();
        };
        try {
          unpack(filter, data, spend);
        } catch (error) {
          expect(error).toBeInstanceOf(UnpacksTooLarge);
        }
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});
