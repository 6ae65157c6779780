import { describe, expect, it } from 'vitest';
import { pageLines, type TextPiece } from '@/entrypoints/shared/document-text/pdf-layout';
import { readRegulation } from '@/core/regulation/reader/read';

/**
 * Pieces as pdf.js gives them for a page Chromium printed (the coordinates are those of real
 * pages, rounded): a piece per line of text, an empty one ending a line, a blank one filling a
 * wide gap; y grows up the page.
 */
const at = (str: string, x: number, y: number, width: number, size = 12, hasEOL = false): TextPiece => ({ str, transform: [size, 0, 0, size, x, y], width, hasEOL });
const eol = (x: number, y: number): TextPiece => ({ str: '', transform: [12, 0, 0, 12, x, y], width: 0, hasEOL: true });

const heading = [at('3. Обязанности участников чата:', 6, 819.4, 167), eol(72, 792.4)];
const header = [at('Роль', 72, 792.4, 26), at(' ', 98, 792.4, 325), at('Обязанности', 341.6, 792.4, 70), eol(7.5, 756.4)];
const after = [eol(6, 650.7), at('4. Заключительные положения', 6, 650.7, 157)];

describe('a table in a PDF', () => {
  it('reads a row at a time, cells « — » apart, a role’s listed duties one a line: cells centred as a web page prints them', () => {
    const lines = pageLines([
      ...heading,
      ...header,
      at('Модератор чата', 7.5, 756.4, 80),
      eol(164.8, 776.7),
      at('1) удаляет сообщения с рекламой, оскорблениями и угрозами в адрес участников', 164.8, 776.7, 416, 12, true),
      at('чата и работников школы;', 164.8, 763.2, 133),
      eol(164.8, 749.7),
      at('2) предупреждает нарушителя;', 164.8, 749.7, 158),
      eol(7.5, 720.4),
      at('Родители (законные', 7.5, 720.4, 102, 12, true),
      at('представители)', 7.5, 706.9, 79),
      at(' ', 86.3, 706.9, 105),
      at('читают объявления классного руководителя', 164.8, 713.7, 225),
      ...after,
    ]);
    expect(lines).toEqual([
      '3. Обязанности участников чата:',
      'Роль — Обязанности',
      'Модератор чата — удаляет сообщения с рекламой, оскорблениями и угрозами в адрес участников чата и работников школы;',
      'Модератор чата — предупреждает нарушителя;',
      'Родители (законные представители) — читают объявления классного руководителя',
      '4. Заключительные положения',
    ]);
  });

  it('cells at the top of their row (as Word prints them), a numbers column, a dash list in a cell, a word hyphenated across a cell’s lines', () => {
    const lines = pageLines([
      at('2.1', 7.5, 706.9, 14, 11, true),
      at('Администратор', 23.5, 706.9, 74, 11, true),
      at('чата', 23.5, 694.1, 20, 11),
      at('добавляет участников по списку класса и', 115.1, 706.9, 193, 11, true),
      at('удаляет выбывших', 115.1, 694.1, 89, 11),
      eol(7.5, 673.2),
      at('2.2', 7.5, 673.2, 14, 11),
      at(' ', 21.5, 673.2, 94, 11),
      at('Классный руководитель', 23.5, 673.2, 113, 11),
      at(' ', 136.5, 673.2, 46, 11),
      at('- создаёт чат и является его адми-', 168, 673.2, 164, 11, true),
      at('нистратором', 168, 660.4, 60, 11, true),
      at('- напоминает правила', 168, 647.6, 111, 11),
      ...after,
    ]);
    expect(lines).toEqual([
      '2.1 Администратор чата — добавляет участников по списку класса и удаляет выбывших',
      '2.2 Классный руководитель — создаёт чат и является его администратором',
      '2.2 Классный руководитель — напоминает правила',
      '4. Заключительные положения',
    ]);
  });

  it('and the reader gives each role the duties in its rows', () => {
    const text = [
      'МБОУ «Средняя общеобразовательная школа № 7»',
      'Положение о школьных чатах',
      '1. Общие положения',
      '1.1. Положение определяет правила общения в чатах школы.',
      ...pageLines([
        ...heading,
        ...header,
        at('Модератор чата', 7.5, 756.4, 80),
        at('удаляет рекламу', 164.8, 756.4, 90),
        eol(7.5, 720.4),
        at('Родители (законные', 7.5, 720.4, 102, 12, true),
        at('представители)', 7.5, 706.9, 79),
        at('читают объявления', 164.8, 713.7, 100),
        ...after,
      ]),
    ].join('\n');
    const read = readRegulation(text, 'положение.pdf');
    if (!read.ok) throw new Error(read.problem);
    const duties = read.draft.lines.filter((l) => l.kind === 'duty').map((l) => [l.role, l.text]);
    expect(duties).toEqual([
      ['chat-moderator', 'удаляет рекламу'],
      ['parent', 'читают объявления'],
    ]);
  });
});

describe('text that only looks like a table', () => {
  it('a justified line’s words spread wide (to the right edge) stay one line; a paragraph’s lines stay lines', () => {
    const lines = pageLines([
      at('Государственное', 6, 700, 90),
      at('автономное', 130, 700, 62),
      at('профессиональное', 230, 700, 100, 12, true),
      at('образовательное учреждение Самарской области', 6, 686.5, 250),
      eol(6, 660),
      at('1.1. Настоящее положение определяет правила', 6, 660, 250, 12, true),
      at('общения в чатах.', 6, 646.5, 90),
    ]);
    expect(lines).toEqual([
      'Государственное автономное профессиональное',
      'образовательное учреждение Самарской области',
      '1.1. Настоящее положение определяет правила',
      'общения в чатах.',
    ]);
  });

  it('the heading right above a table is not its first cell; a footnote mark stays out of any row', () => {
    const lines = pageLines([
      at('Положение определяет правила общения в чатах школы и обязанности их участников,', 6, 790, 575, 12, true),
      at('2. Обязанности:', 7.5, 770, 80),
      eol(7.5, 756.4),
      at('Модератор', 7.5, 756.4, 55),
      at('удаляет рекламу', 164.8, 756.4, 90),
      eol(6, 720),
      at('Чат ведёт классный руководитель', 6, 720, 170),
      at('1', 176, 724, 4, 8),
    ]);
    expect(lines).toEqual(['Положение определяет правила общения в чатах школы и обязанности их участников,', '2. Обязанности:', 'Модератор — удаляет рекламу', 'Чат ведёт классный руководитель', '1']);
  });

  it('a list mark set apart by a tab stays with its item’s words; Word’s Symbol bullets read as bullets', () => {
    const lines = pageLines([
      at('Положение определяет правила общения в чатах школы и обязанности их участников,', 6, 790, 575, 12, true),
      at('2.1. Модератор обязан:', 6, 760, 120, 12, true),
      at('\uF0B7', 42, 746.5, 4),
      at('удалять рекламу;', 78, 746.5, 90, 12, true),
      at('\uF0B7', 42, 733, 4),
      at('напоминать о правилах чата.', 78, 733, 150, 12, true),
    ]);
    expect(lines.slice(1)).toEqual(['2.1. Модератор обязан:', '• удалять рекламу;', '• напоминать о правилах чата.']);
  });

  it('a stamp or watermark written at an angle is a line of its own, not a cell of the lines before it', () => {
    // Drawn across the page from below the text to above it, as a diagonal watermark is.
    const turned = { str: 'ОБРАЗЕЦ', transform: [30, 30, -30, 30, 250, 750], width: 200, hasEOL: false };
    const lines = pageLines([
      at('Положение определяет правила общения в чатах школы и обязанности их участников,', 6, 790, 575, 12, true),
      at('1.1. Чат ведёт классный руководитель.', 6, 700, 200, 12, true),
      at('1.2. Родители читают объявления.', 6, 686.5, 180),
      turned,
    ]);
    expect(lines).toEqual(['Положение определяет правила общения в чатах школы и обязанности их участников,', '1.1. Чат ведёт классный руководитель.', '1.2. Родители читают объявления.', 'ОБРАЗЕЦ']);
  });

  it('a broken or hostile text layer gives lines, not an error: no coordinates, not numbers, two hundred thousand cells', () => {
    const broken = [{ str: 'Без координат' }, { str: 'Нечисла', transform: [Number.NaN, 0, 0, Number.NaN, Number.NaN, Number.NaN], width: Number.NaN }, { str: '' }];
    expect(pageLines(broken)).toEqual(['Без координат', 'Нечисла']);
    const many = Array.from({ length: 200_000 }, (_, i) => at(`ячейка ${i}`, (i % 50) * 20, 800 + (i % 2) * 20, 10));
    // Quadratic work here would not end within the test's time.
    expect(pageLines(many).join(' ')).toContain('ячейка 199999');
  });
});
