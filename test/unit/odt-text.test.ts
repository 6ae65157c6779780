// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentText } from '@/entrypoints/shared/document-text';
import { odtText } from '@/entrypoints/shared/document-text/odt';

const FIXTURES = join(__dirname, '../fixtures/regulations');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const textOf = async (name: string) => {
  const read = await documentText(new File([fixture(name)], name));
  if (!read.ok) throw new Error(`${name} not read: ${read.problem}`);
  return read.text.split('\n');
};

const NS =
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"';
/** An .odt of these automatic styles and this body (and, when given, these shared styles). */
const odt = (styles: string, body: string, shared?: string) =>
  zipSync({
    'content.xml': strToU8(`<?xml version="1.0"?><office:document-content ${NS}><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`),
    ...(shared !== undefined && { 'styles.xml': strToU8(`<?xml version="1.0"?><office:document-styles ${NS}><office:styles>${shared}</office:styles></office:document-styles>`) }),
  });
const number = (level: number, format: string, suffix: string, extra = '') =>
  `<text:list-level-style-number text:level="${level}" style:num-format="${format}" style:num-suffix="${suffix}" ${extra}/>`;
const items = (...texts: string[]) => texts.map((t) => `<text:list-item><text:p>${t}</text:p></text:list-item>`).join('');

describe('an .odt as LibreOffice saves a regulation', () => {
  it('numbers headings by the outline style, as LibreOffice shows them', async () => {
    expect(await textOf('heading-numbers-libreoffice.odt')).toEqual(await textOf('heading-numbers-libreoffice.docx'));
    expect((await textOf('heading-numbers-libreoffice.odt')).slice(3, 5)).toEqual(['1. Общие положения', '1.1. Положение определяет порядок работы родительских чатов классов.']);
  });

  it('numbers list items by their list style: a new list starts again, one that continues another counts on', async () => {
    expect(await textOf('restarted-list-libreoffice.odt')).toEqual(await textOf('restarted-list-libreoffice.docx'));
  });

  it('reads a Word regulation saved as .odt as the .docx: roman sections, clauses under them, lettered items, a table, a line break', async () => {
    expect(await textOf('word-lists-libreoffice.odt')).toEqual(await textOf('word-lists.docx'));
  });

  it('leaves out text deleted with its changes tracked (kept apart in the file) and hidden text', async () => {
    expect(await textOf('tracked-changes-libreoffice.odt')).toEqual(['1.1. Модератор удаляет сообщения в течение часа.', '1.3. Родители читают объявления.']);
  });
});

describe('an .odt’s lists as other writers make them', () => {
  it('Russian letters, roman numbers with a prefix, several levels shown, a list style in styles.xml', () => {
    const shared = `<text:list-style style:name="Clauses">${number(1, 'I', '.', 'style:num-prefix="Раздел "')}${number(2, '1', '.', 'text:display-levels="2"')}${number(3, 'а, б, .., аа, аб, ... (ru)', ')')}</text:list-style>`;
    const body = `<text:list text:style-name="Clauses"><text:list-item><text:p>Общие положения</text:p><text:list><text:list-item><text:p>Чат ведёт классный руководитель.</text:p><text:list>${items('удаляет рекламу;', 'напоминает о правилах.')}</text:list></text:list-item></text:list></text:list-item></text:list>`;
    expect(odtText(odt('', body, shared)).split('\n')).toEqual(['Раздел I. Общие положения', 'I.1. Чат ведёт классный руководитель.', 'а) удаляет рекламу;', 'б) напоминает о правилах.']);
  });

  it('counts on where a list says so (continue-numbering), starts where an item says, and leaves headers and bullets unnumbered', () => {
    const styles = `<text:list-style style:name="L1">${number(1, '1', ')')}</text:list-style><text:list-style style:name="B"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>`;
    const body = [
      `<text:list text:style-name="L1">${items('один;', 'два.')}</text:list>`,
      '<text:p>Между списками.</text:p>',
      `<text:list text:style-name="L1" text:continue-numbering="true"><text:list-header><text:p>Заголовок списка</text:p></text:list-header>${items('три.')}<text:list-item text:start-value="7"><text:p>семь.</text:p></text:list-item></text:list>`,
      `<text:list text:style-name="L1">${items('снова один.')}</text:list>`,
      `<text:list text:style-name="B">${items('пункт')}</text:list>`,
    ].join('');
    expect(odtText(odt(styles, body)).split('\n')).toEqual(['1) один;', '2) два.', 'Между списками.', '- Заголовок списка', '3) три.', '7) семь.', '1) снова один.', '- пункт']);
  });

  it('a list named by its paragraphs’ style; an item holding only a deeper list is not counted at its own level', () => {
    const styles = `<style:style style:name="P1" style:family="paragraph" style:list-style-name="L2"/><text:list-style style:name="L2">${number(1, '1', '.')}${number(2, '1', '.', 'text:display-levels="2"')}</text:list-style>`;
    const body = `<text:list><text:list-item><text:p text:style-name="P1">Раздел</text:p></text:list-item><text:list-item><text:list>${items('пункт')}</text:list></text:list-item><text:list-item><text:p text:style-name="P1">Второй раздел</text:p></text:list-item></text:list>`;
    expect(odtText(odt(styles, body)).split('\n')).toEqual(['1. Раздел', '1.1. пункт', '2. Второй раздел']);
  });

  it('a text box anchored in a paragraph (a stamp beside the title) gives its paragraphs as lines of their own', () => {
    const box = '<draw:frame><draw:text-box><text:p>УТВЕРЖДАЮ</text:p><text:p>Директор МБОУ «СОШ № 3»</text:p></draw:text-box></draw:frame>';
    const body = `<text:p>${box}ПОЛОЖЕНИЕ о чатах</text:p><text:p>1.1. Чат ведёт классный руководитель.</text:p>`;
    expect(odtText(odt('', body)).split('\n')).toEqual(['УТВЕРЖДАЮ', 'Директор МБОУ «СОШ № 3»', 'ПОЛОЖЕНИЕ о чатах', '1.1. Чат ведёт классный руководитель.']);
  });

  it('a hostile file: levels past ten, a thousand lists deep, a start past any count, a space repeated a billion times', () => {
    const styles = `<text:list-style style:name="L">${number(99999, '1', '.')}${number(1, '1', '.', 'text:start-value="-5" text:display-levels="1000000"')}</text:list-style>`;
    const deep = `${'<text:list text:style-name="L"><text:list-item>'.repeat(1000)}<text:p>глубоко</text:p>${'</text:list-item></text:list>'.repeat(1000)}`;
    const body = `<text:list text:style-name="L"><text:list-item text:start-value="99999999999"><text:p>пункт<text:s text:c="1000000000"/>конец</text:p></text:list-item></text:list>${deep}`;
    const lines = odtText(odt(styles, body)).split('\n');
    expect(lines[0]).toMatch(/^1\. пункт {1,100}конец$/);
    expect(lines[1]).toMatch(/глубоко$/);
    expect(lines).toHaveLength(2);
  }, 20_000);

  it('any numbering attribute given any value (a level, a start, levels shown, a style or a list it continues) reads, never an exception', () => {
    const parts = unzipSync(fixture('word-lists-libreoffice.odt'));
    const names = ['text:level', 'text:start-value', 'text:display-levels', 'text:outline-level', 'text:continue-list', 'text:style-name', 'style:num-format', 'text:continue-numbering'];
    const value = fc.oneof(fc.integer({ min: -5, max: 20 }).map(String), fc.constantFrom('', 'NaN', '1e308', '99999999999', 'true', 'a', 'I', 'L1', 'list1'), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...names), fc.nat(40), value), { minLength: 1, maxLength: 12 }), (changes) => {
        const changed = (xml: string) => {
          let n = 0;
          // The nth place an attribute is written, by name, given the new value (as XML escapes it).
          return changes.reduce((text, [name, nth, to]) => text.replace(new RegExp(`${name}="[^"]*"`, 'g'), (whole) => (n++ % 41 === nth ? `${name}="${to.replace(/[<&"]/g, '')}"` : whole)), xml);
        };
        const bytes = zipSync({ 'content.xml': strToU8(changed(strFromU8(parts['content.xml']))), 'styles.xml': strToU8(changed(strFromU8(parts['styles.xml']))) }, { level: 0 });
        expect(typeof odtText(bytes)).toBe('string');
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});

