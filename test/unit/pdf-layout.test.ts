import { describe, expect, it } from 'vitest';
import { documentLines, pageLines, type TextPiece } from '@/entrypoints/shared/document-text/pdf-layout';
import { readRegulation } from '@/core/regulation/reader/read';
import { normalizeText, WORD_BREAK } from '@/core/regulation/reader/normalize';

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
    // The word hyphenated across the cell's lines is marked for the reader, which makes it whole
    // when the document writes it whole elsewhere (a hyphen may be the word's own).
    expect(lines).toEqual([
      '2.1 Администратор чата — добавляет участников по списку класса и удаляет выбывших',
      `2.2 Классный руководитель — создаёт чат и является его адми-${WORD_BREAK}нистратором`,
      '2.2 Классный руководитель — напоминает правила',
      '4. Заключительные положения',
    ]);
    expect(normalizeText([...lines, 'Чат ведёт его администратором назначенный педагог.'].join('\n'))).toContain('является его администратором\n');
  });

  it('cells on one line a narrow gap apart, as LibreOffice and Word export a table (top-aligned, a bullet list in a cell, a cell merged over two rows)', () => {
    // The pieces of a table LibreOffice 7.4 exported from a .docx, as pdf.js reads them.
    const bullet = (x: number, y: number) => [at('\uF0B7', x, y, 4, 10), at(' ', x + 4.1, y, 14, 10)];
    const lines = pageLines([
      at('1.1. Настоящее положение определяет порядок работы классных и родительских', 107.6, 662.1, 415, 12, true),
      ...['чатов', 'муниципального', 'бюджетного', 'общеобразовательного', 'учреждения'].map((w, i) => at(w, [72.1, 109.6, 204.6, 277.1, 403.5][i], 648.3, [28, 86, 63, 117, 61][i])),
      at('«Средняя', 474.1, 648.3, 49, 12, true),
      at('общеобразовательная школа № 12» и обязанности их участников.', 72.1, 634.5, 337, 12, true),
      at('2. Обязанности участников чатов', 107.6, 620.7, 171, 12, true),
      at('№', 77.8, 606.4, 11), at(' ', 89.2, 606.4, 24), at('Участник', 112.8, 606.4, 49), at(' ', 161.9, 606.4, 91), at('Обязанности', 252.7, 606.4, 66, 12, true),
      at('2.1', 77.8, 592.1, 15), at(' ', 92.8, 592.1, 20), at('Классный руководитель', 112.8, 592.1, 124), at(' ', 236.7, 592.1, 16),
      ...bullet(252.7, 592.1),
      at('создаёт чат класса и является его администратором;', 270.7, 592.1, 267),
      eol(252.7, 578.3),
      ...bullet(252.7, 578.3),
      at('публикует расписание и объявления школы', 270.7, 578.3, 224, 12, true),
      at('2.2', 77.8, 564, 15), at(' ', 92.8, 564, 20), at('Модератор чата', 112.8, 564, 81), at(' ', 194.3, 564, 58),
      at('удаляет сообщения с рекламой, оскорблениями и', 252.7, 564, 253, 12, true),
      at('угрозами в адрес участников чата и работников школы;', 252.7, 550.2, 286, 12, true),
      at('предупреждает нарушителя о нарушении правил чата', 252.7, 535.9, 276, 12, true),
      at('2.3', 77.8, 521.6, 15), at(' ', 92.8, 521.6, 20),
      at('Родители (законные', 112.8, 521.6, 103, 12, true),
      at('представители)', 112.8, 507.8, 79, 12, true),
      at('читают объявления классного руководителя и отвечают', 252.7, 521.6, 287, 12, true),
      at('на них в течение суток', 252.7, 507.8, 117, 12, true),
      at('3. Правила общения', 107.6, 493.5, 103, 12, true),
    ]);
    expect(lines).toEqual([
      '1.1. Настоящее положение определяет порядок работы классных и родительских чатов муниципального бюджетного общеобразовательного учреждения «Средняя общеобразовательная школа № 12» и обязанности их участников.',
      '2. Обязанности участников чатов',
      '№ — Участник — Обязанности',
      '2.1 Классный руководитель — создаёт чат класса и является его администратором;',
      '2.1 Классный руководитель — публикует расписание и объявления школы',
      // The merged rows' duties come as one cell's lines; the reader parts them at the «;».
      '2.2 Модератор чата — удаляет сообщения с рекламой, оскорблениями и угрозами в адрес участников чата и работников школы; предупреждает нарушителя о нарушении правил чата',
      '2.3 Родители (законные представители) — читают объявления классного руководителя и отвечают на них в течение суток',
      '3. Правила общения',
    ]);
  });

  it('a page number or a signature under the table’s last column is not the last cell’s next line', () => {
    const row = [at('Модератор чата', 7.5, 120, 80), at('удаляет рекламу;', 164.8, 120, 90, 12, true), at('напоминает правила.', 164.8, 106.5, 100, 12, true)];
    // Far under the row, and a page number close under it.
    expect(pageLines([...row, at('Директор __________ О.В. Лебедева', 300, 60, 200, 12, true)])).toEqual(['Модератор чата — удаляет рекламу; напоминает правила.', 'Директор __________ О.В. Лебедева']);
    expect(pageLines([...row, at('- 2 -', 290, 85, 20, 12, true)])).toEqual(['Модератор чата — удаляет рекламу; напоминает правила.', '- 2 -']);
    // A cell's paragraphs with Word's spacing after each are still one cell.
    expect(pageLines([...row, at('блокирует нарушителя.', 164.8, 84, 110, 12, true)])).toEqual(['Модератор чата — удаляет рекламу; напоминает правила. блокирует нарушителя.']);
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

describe('sentences wrapped across lines', () => {
  it('a line goes on into the next when that one’s first word would not have fitted after it; a new paragraph, clause or item does not', () => {
    const lines = pageLines([
      at('2.1. Сопровождение и координацию процессов внутри Учреждения осуществляет администратор', 107.6, 700, 470, 12, true),
      at('Учреждения на ИКОП «Сферум», назначенный приказом директора.', 72, 686.2, 330, 12, true),
      // Short of the edge by far more than «Администратор» is wide: the paragraph ended.
      at('Администратор оказывает помощь участникам.', 72, 672.4, 230, 12, true),
      at('Родители читают объявления классного руководителя и отвечают на вопросы,', 72, 658.6, 500, 12, true),
      at('2.2. Модератор удаляет рекламу.', 72, 644.8, 170, 12, true),
      at('Положение определяет правила общения в чатах школы и обязанности их участников', 107.6, 631, 470, 12, true),
      // Indented: a paragraph of its own.
      at('Чат ведёт классный руководитель.', 107.6, 617.2, 180, 12, true),
    ]);
    expect(lines).toEqual([
      '2.1. Сопровождение и координацию процессов внутри Учреждения осуществляет администратор Учреждения на ИКОП «Сферум», назначенный приказом директора.',
      'Администратор оказывает помощь участникам.',
      'Родители читают объявления классного руководителя и отвечают на вопросы,',
      '2.2. Модератор удаляет рекламу.',
      'Положение определяет правила общения в чатах школы и обязанности их участников',
      'Чат ведёт классный руководитель.',
    ]);
  });
});

describe('a sentence across a page’s end', () => {
  const page = (items: TextPiece[]) => ({ getTextContent: async () => ({ items }) });
  const pdf = (...pages: TextPiece[][]) => ({ numPages: pages.length, getPage: async (n: number) => page(pages[n - 1]) });
  const full = 'Положение определяет правила общения в чатах школы и обязанности их';
  // A running header and a page number on every page, as furniture.
  const header = (n: number) => at(`Положение о чатах МБОУ СОШ № 5, стр. ${n}`, 200, 800, 200);
  const pageNumber = (n: number) => at(String(n), 300, 30, 6);

  it('goes on past the page number and the next page’s header when it was wrapped there', async () => {
    const text = await documentLines(
      pdf(
        [header(1), at('1.1. Чат ведёт классный руководитель.', 72, 700, 200, 12, true), at(full, 107.6, 686, 470, 12, true), at('участников, назначенных приказом', 72, 672.2, 180, 12, true), at('2. Сопровождение чата осуществляет администратор', 72, 658.4, 505, 12, true), pageNumber(1)],
        [header(2), at('Учреждения из числа работников.', 72, 760, 170, 12, true), at('2.1. Модератор удаляет рекламу.', 72, 746.2, 170, 12, true), pageNumber(2)],
        [header(3), at('Родители читают объявления.', 107.6, 760, 170, 12, true), pageNumber(3)],
      ),
    );
    expect(text.split(/\n+/)).toEqual([
      '1.1. Чат ведёт классный руководитель.',
      `${full} участников, назначенных приказом`,
      '2. Сопровождение чата осуществляет администратор Учреждения из числа работников.',
      '2.1. Модератор удаляет рекламу.',
      // Indented: a paragraph of its own, though the page before ended on a clause.
      'Родители читают объявления.',
    ]);
  });
});

describe('text that only looks like a table', () => {
  it('a justified line’s words spread wide (to the right edge) stay one line', () => {
    const lines = pageLines([
      at('Государственное', 6, 700, 90),
      at('автономное', 130, 700, 62),
      at('профессиональное', 230, 700, 100, 12, true),
      at('образовательное учреждение Самарской области', 6, 686.5, 250),
      eol(6, 660),
      at('1.1. Настоящее положение определяет правила', 6, 660, 250, 12, true),
      at('общения в чатах.', 6, 646.5, 90),
    ]);
    // The justified line wraps on into the next (its next word would not have fitted).
    expect(lines).toEqual([
      'Государственное автономное профессиональное образовательное учреждение Самарской области',
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
