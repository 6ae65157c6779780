// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as CFB from 'cfb';
import fc from 'fast-check';
import { Document, Packer, Paragraph } from 'docx';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readRegulation } from '@/core/regulation/reader/read';
import { documentText } from '@/entrypoints/shared/document-text';
import { docText } from '@/entrypoints/shared/document-text/doc';
import { blockText } from '@/entrypoints/shared/document-text/html-text';
import { lockedDoc, numberedByStylesOnly, withStream as withSeedStream } from '../doc-files';

const ROOT = join(__dirname, '../..');
const SEEDS = join(ROOT, 'test/fixtures/seeds');
const DOCS = join(ROOT, 'test/fixtures/regulations/doc');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(DOCS, name)));

/** A draft's lines as what they are and how they open, to compare one reading with another. */
function linesOf(text: string): string[] {
  const read = readRegulation(text, 'положение');
  if (!read.ok) throw new Error(read.problem);
  return read.draft.lines.map((l) => `${l.kind} ${l.role} ${l.clause} ${l.text.replace(/[^\p{L}\d]+/gu, '').slice(0, 60)}`);
}

// Saved as Word 97–2003 by LibreOffice (the files are committed: CI has no office suite).
describe('a Word 97–2003 (.doc) regulation', () => {
  it.each(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')))('%s reads as its text', (file) => {
    const fromDoc = linesOf(docText(bytesOf(`seed-${file.replace(/\.txt$/, '.doc')}`)));
    const fromText = linesOf(readFileSync(join(SEEDS, file), 'utf8'));
    expect(fromDoc).toEqual(fromText);
  });
});

describe('a .doc of another shape', () => {
  it('reads a table of duties as the page it was saved from, each duty of a cell a line under its row', () => {
    const page = new DOMParser().parseFromString(readFileSync(join(ROOT, 'test/fixtures/regulations/school-duties-table.html'), 'utf8'), 'text/html');
    const lines = docText(bytesOf('school-duties-table-libreoffice.doc')).split('\n');
    expect(lines).toEqual(blockText(page.body).split('\n').filter(Boolean));
    // A cell's duties, one under another after line breaks, are a line each; the title block's lines one.
    expect(lines).toContain('2.1 Классный руководитель — создаёт чат класса и является его администратором;');
    expect(lines).toContain('2.1 Классный руководитель — публикует расписание и объявления школы');
    expect(lines[0]).toBe('ПРИНЯТО на заседании педагогического совета протокол № 1 от 29.08.2025 — УТВЕРЖДАЮ Директор МБОУ «СОШ № 12» _________ О.В. Лебедева приказ № 214 от 01.09.2025');
  });

  it('gives a role’s cell merged down over its duties’ rows to each of them, as the .docx it was saved from reads', () => {
    expect(docText(bytesOf('merged-role-libreoffice.doc')).split('\n')).toEqual([
      '2. Обязанности',
      'Модератор чата — удаляет рекламу',
      'Модератор чата — предупреждает нарушителя',
      'Модератор чата — блокирует после третьего нарушения',
      'Родители — читают объявления',
    ]);
  });

  it('leaves out text deleted with its changes tracked (a whole clause too) and hidden text, as Word shows the document', () => {
    // The deleted clause's paragraph mark was not deleted: an empty paragraph is left, as Word shows it.
    expect(docText(bytesOf('tracked-changes-libreoffice.doc')).split('\n').filter(Boolean)).toEqual(['1.1. Модератор удаляет сообщения в течение часа.', '1.3. Родители читают объявления.']);
  });

  it("writes out Word's automatic numbers, a list interrupted by another counting on", () => {
    expect(docText(bytesOf('numbered-libreoffice.doc')).split('\n')).toEqual([
      'ПОЛОЖЕНИЕ о школьных чатах',
      '1. Общие положения',
      '1.1. Чат класса ведёт классный руководитель.',
      '2. Обязанности участников',
      '2.1. Модератор чата обязан:',
      'а) удалять рекламу и оскорбления;',
      'б) напоминать о правилах чата.',
      '2.2. Родители читают объявления классного руководителя.',
      '3. Правила общения',
      '3.1. Сообщения не отправляются с 21:00 до 08:00, кроме экстренных.',
    ]);
  });
});

describe('a .doc numbered by its styles', () => {
  const lines = [
    'УТВЕРЖДЕНО приказом директора МБОУ «СОШ № 5» г. Твери от 01.09.2025 № 112',
    'ПОЛОЖЕНИЕ',
    'о родительских чатах в мессенджере MAX',
    '1. Общие положения',
    '1.1. Положение определяет порядок работы родительских чатов классов.',
    '1.2. Чат класса создаёт классный руководитель.',
    '2. Обязанности участников',
    '2.1. Модератор чата удаляет сообщения с персональными данными.',
    'Модератором назначается классный руководитель.',
    '2.2. Модератор чата напоминает участникам о правилах чата.',
    '2.3. Родители не пишут в чат с 21:00 до 08:00, кроме экстренных случаев.',
    '3. Нарушения',
    '3.1. После двух нарушений модератор блокирует участника на срок до 7 дней.',
  ];

  it('reads numbered headings as the .docx of the same document', async () => {
    const docx = await documentText(new File([readFileSync(join(ROOT, 'test/fixtures/regulations/heading-numbers-libreoffice.docx'))], 'положение.docx'));
    expect(docx.ok && docx.text.split('\n')).toEqual(lines);
    expect(docText(bytesOf('heading-numbers-libreoffice.doc')).split('\n')).toEqual(lines);
  });

  it('numbers paragraphs whose list only their style gives, as Word keeps its numbered headings', () => {
    expect(docText(numberedByStylesOnly(bytesOf('heading-numbers-libreoffice.doc'))).split('\n')).toEqual(lines);
  });
});

describe('a broken, hostile or locked .doc', () => {
  const seed = () => bytesOf('seed-001_c560a572fe0c0697.doc');
  const withStream = (name: string, change: (bytes: Uint8Array) => Uint8Array | null) => withSeedStream(seed(), name, change);
  const read = (name: string, bytes: Uint8Array) => documentText(new File([bytes as Uint8Array<ArrayBuffer>], name));

  it('a locked file (Word encrypts the text; a locked .docx is kept in the same container) asks for the password to be taken off', async () => {
    expect(await read('положение.doc', lockedDoc(seed()))).toEqual({ ok: false, problem: 'password' });
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(64));
    expect(await read('положение.docx', new Uint8Array(CFB.write(container, { type: 'array' }) as ArrayLike<number>))).toEqual({ ok: false, problem: 'password' });
  });

  it('styles, lists or character properties pointing past the end leave the text read as it is, unnumbered where lists were', () => {
    const fibPointing = (index: number) =>
      withStream('WordDocument', (b) => {
        const fib = new DataView(b.buffer);
        const lw = 34 + fib.getUint16(32, true) * 2 + 2;
        fib.setUint32(lw + fib.getUint16(lw - 2, true) * 4 + 2 + index * 8, 0x7fffff00, true);
        return b;
      });
    const text = docText(seed());
    // The style sheet (1), the character properties' bin table (12).
    expect(docText(fibPointing(1))).toBe(text);
    expect(docText(fibPointing(12))).toBe(text);
  });

  it('a file cut short, with no text stream, or with a piece table pointing past the end is a broken file', async () => {
    expect(await read('положение.doc', seed().subarray(0, 6000))).toEqual({ ok: false, problem: 'broken-file' });
    expect(await read('положение.doc', withStream('WordDocument', () => null))).toEqual({ ok: false, problem: 'broken-file' });
    expect(await read('положение.doc', withStream('1Table', () => null))).toEqual({ ok: false, problem: 'broken-file' });
    // Each piece's text said to be far past the end of the file.
    const fib = new DataView(Uint8Array.from(CFB.find(CFB.read(seed(), { type: 'array' }), 'WordDocument')!.content as ArrayLike<number>).buffer);
    const lw = 34 + fib.getUint16(32, true) * 2 + 2;
    const clx = fib.getUint32(lw + fib.getUint16(lw - 2, true) * 4 + 2 + 33 * 8, true);
    const far = withStream('1Table', (b) => {
      const table = new DataView(b.buffer);
      let at = clx;
      while (b[at] === 0x01) at += 3 + table.getUint16(at + 1, true);
      const count = (table.getUint32(at + 1, true) - 4) / 12;
      for (let i = 0; i < count; i++) table.setUint32(at + 5 + (count + 1) * 4 + i * 8 + 2, 0x3fff0000, true);
      return b;
    });
    expect(await read('положение.doc', far)).toEqual({ ok: false, problem: 'broken-file' });
    expect(await read('положение.doc', withStream('WordDocument', (b) => b.subarray(0, 0x200)))).toEqual({ ok: false, problem: 'broken-file' });
  });

  it('goes by what the file holds, not its name: a .docx named .doc, a .doc named .docx, RTF named .doc', async () => {
    const asDocx = await read('положение.docx', seed());
    expect(asDocx.ok && asDocx.text).toContain('1.2. Положение об использовании');
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('1.1. Модератор удаляет рекламу.')] }] })));
    expect(await read('положение.doc', docx)).toEqual({ ok: true, text: '1.1. Модератор удаляет рекламу.' });
    expect(await read('положение.doc', strToU8('{\\rtf1\\ansi\\uc1 \\u1055?\\u1086?\\u1083?\\u1086?\\u1078?\\u1077?\\u1085?\\u1080?\\u1077?\\par}'))).toEqual({ ok: true, text: 'Положение' });
  });
});

describe('a .doc with any few bytes changed', () => {
  it('is read or said to be broken or locked: never an exception, never a hang', async () => {
    const seed = bytesOf('seed-001_c560a572fe0c0697.doc');
    // The header, the FIB and the tables sit in the first sectors; changes there reach every structure read.
    const change = fc.tuple(fc.oneof(fc.nat(1535), fc.nat(seed.length - 1)), fc.nat(255));
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 8 }), async (changes) => {
        const bytes = seed.slice();
        for (const [at, value] of changes) bytes[at] = value;
        const read = await documentText(new File([bytes], 'положение.doc'));
        expect(read.ok || ['broken-file', 'password'].includes(read.problem)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
