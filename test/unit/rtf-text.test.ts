// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentText } from '@/entrypoints/shared/document-text';
import { blockText } from '@/entrypoints/shared/document-text/html-text';
import { rtfText } from '@/entrypoints/shared/document-text/rtf';

const FIXTURES = join(__dirname, '../fixtures/regulations');
const linesOf = async (name: string) => {
  const read = await documentText(new File([readFileSync(join(FIXTURES, name))], name.split('/').pop()!));
  if (!read.ok) throw new Error(`${name} not read: ${read.problem}`);
  return read.text.split('\n');
};
/** Bytes as an RTF file holds them: the text is 7-bit, anything else written as escapes. */
const rtf = (body: string) => new TextEncoder().encode(body);

describe('an .rtf as LibreOffice saves a regulation', () => {
  it.each([
    ['numbered headings', 'heading-numbers-libreoffice', 'heading-numbers-libreoffice.docx'],
    ['a list started again and one that counts on', 'restarted-list-libreoffice', 'restarted-list-libreoffice.docx'],
    ['a role’s cell merged down over its duties’ rows', 'merged-role-libreoffice', 'doc/merged-role-libreoffice.doc'],
    ['a Word regulation: roman sections, lettered items, a table, a line break', 'word-lists-libreoffice', 'word-lists.docx'],
    ['tracked deletions and hidden text, left out', 'tracked-changes-libreoffice', 'tracked-changes-libreoffice.odt'],
  ])('%s: read as the same document in another format', async (_, name, other) => {
    expect(await linesOf(`rtf/${name}.rtf`)).toEqual(await linesOf(other));
  });

  it('a stamp in a text box beside the title: its lines, as the .odt it was saved from gives them', async () => {
    expect(await linesOf('rtf/text-box-libreoffice.rtf')).toEqual(await linesOf('text-box-libreoffice.odt'));
    expect((await linesOf('rtf/text-box-libreoffice.rtf')).slice(0, 2)).toEqual(['УТВЕРЖДАЮ', 'Директор МБОУ «СОШ № 3»']);
  });

  it('a table of duties, as the page it was saved from', async () => {
    const page = new DOMParser().parseFromString(readFileSync(join(FIXTURES, 'school-duties-table.html'), 'utf8'), 'text/html');
    expect(await linesOf('rtf/school-duties-table-libreoffice.rtf')).toEqual(blockText(page.body).split('\n').filter(Boolean));
  });
});

describe('an .rtf as Word writes it', () => {
  it('its code page’s bytes and Unicode escapes, list numbers, a field’s result, and none of its headers, footnotes, pictures or hidden text', () => {
    const body = [
      '{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0\\froman\\fcharset204 Times New Roman;}}{\\*\\generator Microsoft Word;}',
      '{\\header \\pard\\plain \\\'d8\\\'ea\\\'ee\\\'eb\\\'e0 \\\'b9 5\\par}',
      '\\pard\\plain \\\'cf\\\'ce\\\'cb\\\'ce\\\'c6\\\'c5\\\'cd\\\'c8\\\'c5\\par',
      '{\\listtext\\pard\\plain \\f0 1.1.\\tab}\\pard\\plain \\uc1\\u1052\\\'cc\\u1086\\\'ee\\u1076\\\'e4\\\'e5\\\'f0\\\'e0\\\'f2\\\'ee\\\'f0 \\\'f3\\\'e4\\\'e0\\\'eb\\\'ff\\\'e5\\\'f2 \\\'f0\\\'e5\\\'ea\\\'eb\\\'e0\\\'ec\\\'f3{\\footnote \\pard\\plain \\\'d1\\\'ed\\\'ee\\\'f1\\\'ea\\\'e0\\par}.\\par',
      '{\\pict\\pngblip\\picw10\\pich10 89504e470d0a1a0a}{\\*\\bkmkstart x}{\\v \\\'f1\\\'ea\\\'f0\\\'fb\\\'f2\\\'ee }',
      '\\pard\\plain \\\'f1\\\'f2\\\'f0. {\\field{\\*\\fldinst { PAGE }}{\\fldrslt {3}}}\\line \\\'c4\\\'e8\\\'f0\\\'e5\\\'ea\\\'f2\\\'ee\\\'f0\\~\\\'d8\\\'ea\\\'ee\\\'eb\\\'fb\\par}',
    ].join('\r\n');
    expect(rtfText(rtf(body)).split('\n')).toEqual(['ПОЛОЖЕНИЕ', '1.1. Модератор удаляет рекламу.', 'стр. 3', 'Директор Школы']);
  });

  it('bytes in a Cyrillic font’s code page where the document names none (\\fcharset204), beside a Western font’s', () => {
    const body = "{\\rtf1\\ansi{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}{\\f1\\froman\\fcharset204 Times New Roman Cyr;}}\\pard\\f1 \\'d7\\'e0\\'f2 \\f0 caf\\'e9\\par}";
    expect(rtfText(rtf(body))).toBe('Чат café');
  });
});

describe('a broken or hostile .rtf', () => {
  it('braces that do not match, a picture’s \\bin past the end, huge numbers, a million groups deep: text or a broken file, never a hang', async () => {
    expect(rtfText(rtf('{\\rtf1 }}}}\\par Text'))).toBe('Text');
    // A paragraph end written as «\» and a line end, inside a group passed over, ends nothing.
    expect(rtfText(rtf('{\\rtf1 Start {\\*\\x \\\nnot read} end\\par}'))).toBe('Start  end');
    expect(rtfText(rtf('{\\rtf1 Start\\par{\\pict\\bin999999999 xx}'))).toBe('Start');
    expect(rtfText(rtf('{\\rtf1\\uc999999\\u99999999999 \\u-3913?\\par}'))).toHaveLength(2);
    expect(rtfText(rtf(`{\\rtf1 ${'{'.repeat(1_000_000)}deep\\par}`))).toBe('deep');
    // Text written in the code page's bytes as they are, not as escapes (some writers do).
    const raw = Uint8Array.from([...rtf('{\\rtf1\\ansi\\ansicpg1251 '), 0xd2, 0xe5, 0xea, 0xf1, 0xf2, 0x20, 0x97, 0x20, 0x85, ...rtf('\\par}')]);
    expect(rtfText(raw)).toBe('Текст — …');
    expect(await documentText(new File([rtf('{\\rtf')], 'положение.rtf'))).toEqual({ ok: true, text: '' });
    expect(await documentText(new File([rtf('<html>')], 'положение.rtf'))).toEqual({ ok: false, problem: 'broken-file' });
  });

  it('any text after an RTF header is read, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: fc.constantFrom('{', '}', '\\', "'", 'u', 'c', 'p', 'a', 'r', 'b', 'i', 'n', '1', '-', '9', ' ', 'ж', '*', '\n') }), (tail) => {
        expect(typeof rtfText(rtf(`{\\rtf1${tail}`))).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });
});
