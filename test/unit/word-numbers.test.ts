import { describe, expect, it } from 'vitest';
import { wordNumbers, type Level } from '@/entrypoints/shared/document-text/word-numbers';

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
