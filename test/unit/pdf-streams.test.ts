import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStreams } from '@/entrypoints/shared/document-text/pdf-streams';
import { MAX_UNPACKED_BYTES, UnpacksTooLarge } from '@/entrypoints/shared/document-text/unzip';
import { pdfOfText, pdfWithContent } from '../pdf-files';

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
});
