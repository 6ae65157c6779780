// @vitest-environment happy-dom
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
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
  const docx = (document: string, numbering: string) => zipSync({ 'word/document.xml': strToU8(document), 'word/numbering.xml': strToU8(numbering) });
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
    // numbering.xml broken: the lists are numbered as clauses are; document.xml broken, or no zip: nothing, and mammoth's lists stay.
    expect(wordNumbers(wordListsOf(docx(`<w:document ${W}><w:body>${p('1', '1')}</w:body></w:document>`, '<w:numbering'))!)).toEqual(['1.1.']);
    expect(wordListsOf(docx('<w:document', ''))).toBeNull();
    expect(wordListsOf(strToU8('PK not a zip'))).toBeNull();
  });
});
