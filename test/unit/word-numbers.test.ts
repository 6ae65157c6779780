// @vitest-environment happy-dom
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { documentText } from '@/entrypoints/shared/document-text';
import { wordListsOf, wordNumbers, type Level } from '@/entrypoints/shared/document-text/word-numbers';

const level = (format: string, text: string, start = 1): Level => ({ format, text, start, legal: false });

describe('the labels Word shows before list items', () => {
  it('count on within a list, start again under each item above, and write each level in its format', () => {
    const numbering = new Map([['1', [level('decimal', '%1.'), level('decimal', '%1.%2.'), level('russianLower', '%3)')]]]);
    const item = (lvl: number) => ({ list: '1', level: lvl });
    expect(wordNumbers({ numbering, items: [item(0), item(1), null, item(1), item(2), item(2), item(0), item(2)] })).toEqual(['1.', '1.1.', null, '1.2.', 'а)', 'б)', '2.', 'а)']);
  });

  it('take a level’s start, write a number shown with no dot as a clause number, and number a list with no levels described as clauses are', () => {
    const numbering = new Map([
      ['5', [level('upperRoman', '%1.', 3)]],
      ['6', [level('decimal', '%1'), level('decimal', '%1.%2')]],
    ]);
    const items = [{ list: '5', level: 0 }, { list: '5', level: 0 }, { list: '6', level: 0 }, { list: '6', level: 1 }, { list: '9', level: 1 }];
    expect(wordNumbers({ numbering, items })).toEqual(['III.', 'IV.', '1.', '1.1.', '1.1.']);
  });

  it('leave bullets and «none» unlabelled, and survive what a file may hold: a start of 0, a text naming a missing level, letters past the 28 of the alphabet', () => {
    const numbering = new Map([
      ['b', [level('bullet', '•')]],
      ['n', [level('none', '')]],
      ['z', [level('lowerLetter', '%1.%9)', 0)]],
      ['r', [level('russianLower', '%1)', 29)]],
    ]);
    const items = [{ list: 'b', level: 0 }, { list: 'n', level: 0 }, { list: 'z', level: 0 }, { list: 'r', level: 0 }];
    expect(wordNumbers({ numbering, items })).toEqual([null, null, '0.1)', 'аа)']);
  });
});

describe('Word’s lists read from a file', () => {
  const docx = (document: string, numbering: string, styles?: string) => ({
    'word/document.xml': strToU8(document),
    'word/numbering.xml': strToU8(numbering),
    ...(styles !== undefined && { 'word/styles.xml': strToU8(styles) }),
  });
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const p = (numId: string, ilvl: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;

  it('a hostile file: levels past Word’s nine, thousands of lists, a broken part or no zip at all', () => {
    const levels = '<w:lvl w:ilvl="99999999"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>';
    const nums = Array.from({ length: 5000 }, (_, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="77777777"><w:startOverride w:val="9"/></w:lvlOverride></w:num>`).join('');
    const lists = wordListsOf(docx(`<w:document ${W}><w:body>${p('1', '0')}${p('1', '12345')}${p('0', '0')}</w:body></w:document>`, `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum>${nums}</w:numbering>`))!;
    expect(lists.numbering.get('1')).toHaveLength(1);
    // A level no list has is taken for the first.
    expect(lists.items).toEqual([{ list: '1', level: 0 }, { list: '1', level: 0 }, null]);
    expect(wordNumbers(lists)).toEqual(['4.', '5.', null]);
    // numbering.xml broken: the lists are numbered as clauses are; document.xml broken or missing: nothing, and mammoth's lists stay.
    expect(wordNumbers(wordListsOf(docx(`<w:document ${W}><w:body>${p('1', '1')}</w:body></w:document>`, '<w:numbering'))!)).toEqual(['1.1.']);
    expect(wordListsOf(docx('<w:document', ''))).toBeNull();
    expect(wordListsOf({})).toBeNull();
  });

  /** A paragraph in a style, with its own numPr when given. */
  const styled = (style: string, numPr = '') => `<w:p><w:pPr><w:pStyle w:val="${style}"/>${numPr}</w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;
  const numPr = (numId: string | null, ilvl: string | null) => `<w:numPr>${ilvl === null ? '' : `<w:ilvl w:val="${ilvl}"/>`}${numId === null ? '' : `<w:numId w:val="${numId}"/>`}</w:numPr>`;
  const style = (id: string, inner = '', basedOn?: string) =>
    `<w:style w:type="paragraph" w:styleId="${id}">${basedOn ? `<w:basedOn w:val="${basedOn}"/>` : ''}${inner && `<w:pPr>${inner}</w:pPr>`}</w:style>`;
  const lvl = (ilvl: number, text: string, format = 'decimal', linked = '') =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/>${linked && `<w:pStyle w:val="${linked}"/>`}<w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const body = (...paragraphs: string[]) => `<w:document ${W}><w:body>${paragraphs.join('')}</w:body></w:document>`;

  it('numbers a paragraph by its style, as Word numbers headings: the style’s list, the level it names or the one linked to it, through the styles it is based on', () => {
    // As Word writes a multilevel list linked to headings: the styles carry numPr (the first without
    // its level), the list's levels name the styles; «21» is based on «2» and numbers as it does.
    const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, '%1.', 'decimal', '1')}${lvl(1, '%1.%2.', 'decimal', '2')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const styles = `<w:styles ${W}>${style('a')}${style('1', numPr('1', null))}${style('2', numPr('1', null))}${style('21', '', '2')}</w:styles>`;
    const lists = wordListsOf(docx(body(styled('1'), styled('2'), styled('21'), styled('a'), styled('2', numPr('0', null)), styled('1'), styled('2')), numbering, styles))!;
    expect(wordNumbers(lists)).toEqual(['1.', '1.1.', '1.2.', null, null, '2.', '2.1.']);
    // A paragraph's own numPr goes first: its level in its style's list, or another list.
    const own = wordListsOf(docx(body(styled('1'), styled('1', numPr(null, '1')), styled('a', numPr('1', '1'))), numbering, styles))!;
    expect(wordNumbers(own)).toEqual(['1.', '1.1.', '1.2.']);
    // Linked in numbering.xml only (the style names no list), as mammoth reads it; and the default
    // paragraph style's numbering for paragraphs that name no style.
    const linkedOnly = `<w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="normal"><w:pPr>${numPr('1', '1')}</w:pPr></w:style></w:styles>`;
    expect(wordNumbers(wordListsOf(docx(body(styled('1'), '<w:p><w:r><w:t>x</w:t></w:r></w:p>'), numbering, linkedOnly))!)).toEqual(['1.', '1.1.']);
  });

  it('takes a list’s levels from the list style it links to (numStyleLink)', () => {
    const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="5"><w:styleLink w:val="Letters"/>${lvl(0, '%1)', 'russianLower')}</w:abstractNum><w:abstractNum w:abstractNumId="6"><w:numStyleLink w:val="Letters"/></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="6"/></w:num></w:numbering>`;
    expect(wordNumbers(wordListsOf(docx(body(p('7', '0'), p('7', '0')), numbering))!)).toEqual(['а)', 'б)']);
  });

  it('a hostile styles part: styles based on each other in a loop, a chain of thousands, or broken', () => {
    const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, '%1.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const chain = Array.from({ length: 5000 }, (_, i) => style(`s${i}`, '', `s${i + 1}`)).join('');
    const styles = `<w:styles ${W}>${style('x', '', 'y')}${style('y', '', 'x')}${chain}${style('s5000', numPr('1', '0'))}</w:styles>`;
    const lists = wordListsOf(docx(body(styled('x'), styled('s0'), styled('s4999'), p('1', '0')), numbering, styles))!;
    // The loop numbers nothing; a chain is followed as far as Word's ever go; a paragraph's own list stands.
    expect(wordNumbers(lists)).toEqual([null, null, '1.', '2.']);
    expect(wordNumbers(wordListsOf(docx(body(styled('1'), p('1', '0')), numbering, '<w:styles'))!)).toEqual([null, '1.']);
  }, 20_000);

  it('counts Word’s lists that share an abstract list as one, from where one that starts again (startOverride) is first used', () => {
    const abstract = `<w:abstractNum w:abstractNumId="3">${lvl(0, '%1.')}${lvl(1, '%1.%2.')}</w:abstractNum>`;
    const nums = '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';
    const lists = wordListsOf(docx(body(p('5', '0'), p('5', '1'), p('5', '1'), p('6', '1'), p('5', '1'), p('6', '0'), p('6', '1')), `<w:numbering ${W}>${abstract}${nums}</w:numbering>`))!;
    // The restart is of its level and those under it: «1.» counts on; used again later, it does not restart.
    expect(wordNumbers(lists)).toEqual(['1.', '1.1.', '1.2.', '1.1.', '1.2.', '2.', '2.1.']);
  });

  it('reads a list started again as LibreOffice saves it (its first item in the restarting list, the rest in the plain one)', async () => {
    const read = await documentText(new File([readFileSync('test/fixtures/regulations/restarted-list-libreoffice.docx')], 'положение.docx'));
    expect(read.ok && read.text.split('\n')).toEqual([
      '2.1. Модератор чата обязан:',
      '1) удалять рекламу;',
      '2) напоминать о правилах.',
      '2.2. Модератору запрещается:',
      '1) публиковать личные данные;',
      '2) вести личную переписку в чате.',
      '2.3. Родители обязаны:',
      '3) читать объявления.',
    ]);
  });
});

