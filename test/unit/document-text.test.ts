// @vitest-environment happy-dom
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { AlignmentType, DeletedTextRun, Document, FootnoteReferenceRun, ImageRun, InsertedTextRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { decodeText, documentText, MAX_FILE_BYTES } from '@/entrypoints/shared/document-text';
import { blockText, rowLines } from '@/entrypoints/shared/document-text/html-text';
import { odtText } from '@/entrypoints/shared/document-text/odt';
import { MAX_UNPACKED_BYTES, UnpacksTooLarge, unzipParts } from '@/entrypoints/shared/document-text/unzip';
import { withoutPageFurniture } from '@/entrypoints/shared/document-text/page-furniture';
import { readRegulation } from '@/core/regulation/reader/read';
import { clauseList, itemList } from './word-lists';

const odt = (content: string) => zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8(content) });
const file = (name: string, bytes: Uint8Array | string) => new File([(typeof bytes === 'string' ? strToU8(bytes) : bytes) as Uint8Array<ArrayBuffer>], name);

describe('plain text as schools save it', () => {
  const text = '1.1. Модератор чата обязан следить за порядком.';
  it('UTF-8, UTF-16 from Notepad, and Windows-1251', () => {
    expect(decodeText(new TextEncoder().encode(text))).toBe(text);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeText(utf16)).toBe(text);
    // «Модератор» in Windows-1251: bytes that are not UTF-8.
    const cp1251 = new Uint8Array([0xcc, 0xee, 0xe4, 0xe5, 0xf0, 0xe0, 0xf2, 0xee, 0xf0]);
    expect(decodeText(cp1251)).toBe('Модератор');
  });
});

describe('Word lists written out as the document shows them', () => {
  it('numbered items get their numbers at every depth, bulleted ones a dash', () => {
    const html = '<p>Положение о чате</p><ol><li>Общие положения<ol><li>Чат для объявлений.</li><li>Модератор обязан:<ul><li>удалять рекламу;</li></ul></li></ol></li><li>Права</li></ol>';
    const body = new DOMParser().parseFromString(html, 'text/html').body;
    expect(blockText(body).split('\n')).toEqual(['Положение о чате', '1. Общие положения', '1.1. Чат для объявлений.', '1.2. Модератор обязан:', '- удалять рекламу;', '2. Права']);
  });
});

describe('Word’s automatic clause numbers', () => {
  it('are the labels Word shows: a list counts on across the paragraphs between its items, each level in its format, and another list starts again', async () => {
    const clause = (text: string, level: number, instance = 0) => new Paragraph({ text, numbering: { reference: 'clauses', level, instance } });
    const doc = new Document({
      numbering: {
        config: [
          clauseList('clauses', LevelFormat.UPPER_ROMAN),
          itemList('letters', LevelFormat.RUSSIAN_LOWER),
          clauseList('legal', LevelFormat.UPPER_ROMAN, true),
          { reference: 'dashes', levels: [{ level: 0, format: LevelFormat.BULLET, text: '–', alignment: AlignmentType.LEFT }] },
        ],
      },
      sections: [
        {
          children: [
            clause('Общие положения', 0),
            clause('Чат ведёт классный руководитель.', 1),
            new Paragraph('Примечание: чат не заменяет электронный журнал.'),
            clause('Обязанности', 0),
            clause('Модератор чата обязан:', 1),
            new Paragraph({ text: 'удалять рекламу;', numbering: { reference: 'letters', level: 0, instance: 1 } }),
            new Paragraph({ text: 'напоминать о правилах.', numbering: { reference: 'letters', level: 0, instance: 1 } }),
            new Paragraph('второй абзац того же пункта.'),
            new Paragraph({ text: 'без ссылок;', numbering: { reference: 'dashes', level: 0 } }),
            clause('Родители читают объявления.', 1),
            new Paragraph('Приложение 1'),
            clause('Правила общения', 0, 1),
            clause('Не писать ночью.', 1, 1),
            new Paragraph('Приложение 2'),
            new Paragraph({ text: 'Контакты', numbering: { reference: 'legal', level: 0 } }),
            new Paragraph({ text: 'Писать классному руководителю.', numbering: { reference: 'legal', level: 1 } }),
          ],
        },
      ],
    });
    const read = await documentText(file('положение.docx', new Uint8Array(await Packer.toBuffer(doc))));
    // mammoth alone started a new list after each paragraph between: «2.2.» read «1.».
    // Each level in its own format (roman sections, and «%1.%2.» under them «I.1.», as Word shows it; «а)» items; bullets as dashes).
    expect(read.ok && read.text.split('\n')).toEqual([
      'I. Общие положения',
      'I.1. Чат ведёт классный руководитель.',
      'Примечание: чат не заменяет электронный журнал.',
      'II. Обязанности',
      'II.1. Модератор чата обязан:',
      'а) удалять рекламу;',
      'б) напоминать о правилах.',
      'второй абзац того же пункта.',
      '- без ссылок;',
      'II.2. Родители читают объявления.',
      'Приложение 1',
      'I. Правила общения',
      'I.1. Не писать ночью.',
      'Приложение 2',
      // Legal numbering: decimal throughout the level's text.
      'I. Контакты',
      '1.1. Писать классному руководителю.',
    ]);
  });

  it('with a stamp in a text box (drawn twice, for newer and older Word) the numbers are still Word’s', async () => {
    const clause = (text: string, level: number) => new Paragraph({ text, numbering: { reference: 'clauses', level } });
    const doc = new Document({
      numbering: { config: [clauseList('clauses')] },
      sections: [{ children: [new Paragraph('STAMP'), clause('Общие положения', 0), clause('Чат ведёт классный руководитель.', 1), new Paragraph('второй абзац.'), clause('Родители читают объявления.', 1)] }],
    });
    const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
    const box = (p: string) => `<w:txbxContent><w:p><w:r><w:t>${p}</w:t></w:r></w:p></w:txbxContent>`;
    const stamp = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>${box('УТВЕРЖДАЮ')}</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box('УТВЕРЖДАЮ')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']).replace(/<w:r>(?:(?!<w:r>).)*?STAMP.*?<\/w:r>/su, stamp));
    const read = await documentText(file('положение.docx', zipSync(files)));
    expect(read.ok && read.text.split('\n')).toEqual(['УТВЕРЖДАЮ', '1. Общие положения', '1.1. Чат ведёт классный руководитель.', 'второй абзац.', '1.2. Родители читают объявления.']);
  });
});

describe('Word and OpenDocument structure: tables of roles and duties, footnotes', () => {
  it('a Word table reads row by row: the cells of a row on one line (a line for each paragraph of the last), a numbers column as the clause', async () => {
    const cell = (...lines: string[]) => new TableCell({ children: lines.map((text) => new Paragraph({ text })) });
    const row = (...cells: TableCell[]) => new TableRow({ children: cells });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Статья 2. Обязанности участников' }),
            new Table({
              rows: [
                row(cell('Роль'), cell('Обязанности')),
                row(cell('Модератор чата'), cell('Удаляет рекламу.', 'Напоминает о правилах.')),
                row(cell(''), cell('')),
              ],
            }),
            new Table({ rows: [row(cell('3'), cell('Родители не пишут в чат с 22:00 до 07:00.')), row(cell('3.1'), cell('Классный руководитель'), cell('ведёт чат'))] }),
          ],
        },
      ],
    });
    const read = await documentText(file('положение.docx', new Uint8Array(await Packer.toBuffer(doc))));
    expect(read.ok && read.text.split('\n')).toEqual([
      'Статья 2. Обязанности участников',
      'Роль — Обязанности',
      // The duties one under another in a cell: a line each, with the role.
      'Модератор чата — Удаляет рекламу.',
      'Модератор чата — Напоминает о правилах.',
      '3. Родители не пишут в чат с 22:00 до 07:00.',
      '3.1 Классный руководитель — ведёт чат',
    ]);
  });

  it('a line break inside a paragraph (Shift+Enter) parts the words it stands between', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('УТВЕРЖДАЮ'), new TextRun({ text: 'Директор школы', break: 1 })] }), new Paragraph('1.1. Модератор чата')] }] });
    const read = await documentText(file('положение.docx', new Uint8Array(await Packer.toBuffer(doc))));
    expect(read.ok && read.text.split('\n')).toEqual(['УТВЕРЖДАЮ', 'Директор школы', '1.1. Модератор чата']);
  });

  it('Word footnotes are left out, their marks too: «1. Федеральный закон…» at the end is no clause', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('Федеральный закон № 152-ФЗ «О персональных данных».')] } },
      sections: [
        {
          children: [
            new Paragraph('1. Общие положения'),
            new Paragraph({ children: [new TextRun('1.1. Модератор чата удаляет персональные данные'), new FootnoteReferenceRun(1), new TextRun('.')] }),
            new Paragraph('1.2. Родители читают объявления.'),
          ],
        },
      ],
    });
    const read = await documentText(file('положение.docx', new Uint8Array(await Packer.toBuffer(doc))));
    expect(read.ok && read.text.split('\n')).toEqual(['1. Общие положения', '1.1. Модератор чата удаляет персональные данные.', '1.2. Родители читают объявления.']);
  });

  it('a cell of bare or inline text (a site’s table) is read too', () => {
    const html = '<table><tr><td><b>Модератор</b></td><td>удаляет рекламу</td></tr><tr><td><p>Родители</p></td><td><i>читают</i> объявления</td></tr></table>';
    const body = new DOMParser().parseFromString(html, 'text/html').body;
    expect(blockText(body).split('\n')).toEqual(['Модератор — удаляет рекламу', 'Родители — читают объявления']);
  });

  it('a row’s last cell with a list: a line for each item, its bullet dropped; empty cells and rows give nothing', () => {
    expect(rowLines([['Модератор'], ['- удаляет рекламу;', '• напоминает о правилах.']])).toEqual(['Модератор — удаляет рекламу;', 'Модератор — напоминает о правилах.']);
    expect(rowLines([['2.1'], ['Классный руководитель'], ['ведёт чат']])).toEqual(['2.1 Классный руководитель — ведёт чат']);
    expect(rowLines([[''], [' '], []])).toEqual([]);
  });

  it('a role’s cell merged down over its duties, a row each (Word, a site’s table, an .odt): each row keeps the role', async () => {
    const cell = (text: string, rowSpan?: number) => new TableCell({ children: [new Paragraph(text)], ...(rowSpan ? { rowSpan } : {}) });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('2. Обязанности'),
            new Table({
              rows: [
                new TableRow({ children: [cell('Модератор чата', 2), cell('удаляет рекламу')] }),
                new TableRow({ children: [cell('предупреждает нарушителя')] }),
                new TableRow({ children: [cell('Родители'), cell('читают объявления')] }),
              ],
            }),
          ],
        },
      ],
    });
    const read = await documentText(file('положение.docx', new Uint8Array(await Packer.toBuffer(doc))));
    const rows = ['Модератор чата — удаляет рекламу', 'Модератор чата — предупреждает нарушителя', 'Родители — читают объявления'];
    expect(read.ok && read.text.split('\n')).toEqual(['2. Обязанности', ...rows]);

    // A site's table merges the other way too, and may claim more rows than it has.
    const html = '<table><tr><td rowspan="2">2.1</td><td>Модератор чата</td><td rowspan="999999999">удаляет рекламу</td></tr><tr><td>Администратор</td></tr><tr><td>2.2</td><td>Родители</td></tr></table>';
    expect(blockText(new DOMParser().parseFromString(html, 'text/html').body).split('\n')).toEqual([
      '2.1 Модератор чата — удаляет рекламу',
      '2.1 Администратор — удаляет рекламу',
      '2.2 Родители — удаляет рекламу',
    ]);

    const xml = `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text><table:table>
      <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Обязанности участников</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
      <table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>Модератор чата</text:p></table:table-cell><table:table-cell><text:p>удаляет рекламу</text:p></table:table-cell></table:table-row>
      <table:table-row><table:covered-table-cell/><table:table-cell><text:p>предупреждает нарушителя</text:p></table:table-cell></table:table-row>
      <table:table-row><table:table-cell><text:p>Родители</text:p></table:table-cell><table:table-cell><text:p>читают объявления</text:p></table:table-cell></table:table-row>
    </table:table></office:text></office:body></office:document-content>`;
    // A header merged across both columns is one line, its covered part nothing.
    expect(odtText(odt(xml)).split('\n')).toEqual(['Обязанности участников', ...rows]);
  });

  it('an OpenDocument table too, and a footnote left out', () => {
    const xml = `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>
      <text:p>2. Обязанности<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Приказ № 45.</text:p></text:note-body></text:note></text:p><table:table><table:table-row><table:table-cell><text:p>Модератор</text:p></table:table-cell><table:table-cell><text:p>удаляет рекламу;</text:p><text:p>блокирует нарушителей.</text:p></table:table-cell></table:table-row></table:table></office:text></office:body></office:document-content>`;
    expect(odtText(odt(xml)).split('\n')).toEqual(['2. Обязанности', 'Модератор — удаляет рекламу;', 'Модератор — блокирует нарушителей.']);
  });
});

describe('a printed document’s pages', () => {
  const header = (n: number) => `Положение о чатах МБОУ СОШ № 5, стр. ${n}`;
  const pages = [
    ['Положение о чатах МБОУ СОШ № 5', '1. Общие положения', '1.1. Чат ведёт классный руководитель.', '1.2. Модератор чата обязан удалять сообщения,', '- 1 -'],
    [header(2), 'нарушающие настоящее Положение, и напоминать участникам о правилах.', '1.3. Родители не пишут в чат с 22:00 до 07:00.', '2'],
    [header(3), 'Страница 3 из 4', '1.4. Участникам запрещается публиковать рекламу.', '3/4'],
    [header(4), '1.5. Положение вступает в силу со дня утверждения.'],
  ];

  it('leaves out page numbers and the header on every page, so a clause across a page break reads whole', () => {
    const text = withoutPageFurniture(pages);
    expect(text).not.toMatch(/стр\. \d|Страница|- 1 -|^2$|3\/4/mu);
    const read = readRegulation(text, 'положение.pdf');
    const moderator = read.ok ? read.draft.lines.filter((l) => l.role === 'chat-moderator').map((l) => `${l.clause} ${l.text}`) : [];
    expect(moderator).toEqual(['1.2 Модератор чата обязан удалять сообщения, нарушающие настоящее Положение, и напоминать участникам о правилах.']);
  });

  it('keeps what only looks like furniture: a title on one page, clause numbers, two pages with a line in common', () => {
    expect(withoutPageFurniture([['Положение о чатах', '1. Чат класса.'], ['Положение о чатах', '2. Модератор.']])).toBe('Положение о чатах\n1. Чат класса.\n\nПоложение о чатах\n2. Модератор.');
    expect(withoutPageFurniture([['3.', 'Текст'], []])).toBe('3.\nТекст\n\n');
  });
});

describe('OpenDocument text', () => {
  it('paragraphs, headings and list items, with spaces kept', () => {
    const xml = `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>
      <text:h>Правила чата</text:h><text:p>1.1. Участникам<text:s/>запрещается:</text:p>
      <text:list><text:list-item><text:p>публиковать рекламу;</text:p></text:list-item></text:list></office:text></office:body></office:document-content>`;
    expect(odtText(odt(xml)).split('\n')).toEqual(['Правила чата', '1.1. Участникам запрещается:', '- публиковать рекламу;']);
  });

  it('a file that is not a zip, or a zip with no content.xml, is a broken file', async () => {
    expect(await documentText(file('положение.odt', 'not a zip'))).toEqual({ ok: false, problem: 'broken-file' });
    expect(await documentText(file('положение.odt', zipSync({ 'other.xml': strToU8('<a/>') })))).toEqual({ ok: false, problem: 'broken-file' });
  });

  it('a .docx’s tracked deletions and hidden text are left out, as Word shows the document', async () => {
    const change = (id: number) => ({ id, author: 'Завуч', date: '2025-09-01T10:00:00Z' });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('1.1. Модератор удаляет сообщения '), new DeletedTextRun({ text: 'в течение суток', ...change(1) }), new InsertedTextRun({ text: 'в течение часа', ...change(2) }), new TextRun('.')] }),
            new Paragraph({ children: [new TextRun({ text: 'Скрытая пометка. ', vanish: true }), new TextRun('1.2. Родители читают объявления.')] }),
          ],
        },
      ],
    });
    const read = await documentText(file('положение.docx', new Uint8Array(await Packer.toBuffer(doc))));
    expect(read.ok && read.text.split('\n')).toEqual(['1.1. Модератор удаляет сообщения в течение часа.', '1.2. Родители читают объявления.']);
  });

  it('a .docx’s text hidden by its character or paragraph style (up the styles they are based on) is left out; a run shown again on its own is read', async () => {
    const doc = new Document({
      styles: {
        characterStyles: [
          { id: 'Служебный', name: 'Служебный', run: { vanish: true } },
          { id: 'Пометка', name: 'Пометка', basedOn: 'Служебный', run: { italics: true } },
        ],
        paragraphStyles: [
          { id: 'Черновик', name: 'Черновик', run: { vanish: true } },
          { id: 'ЧерновикПункта', name: 'Черновик пункта', basedOn: 'Черновик' },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: 'Служебная пометка. ', style: 'Служебный' }), new TextRun('1.1. Модератор удаляет рекламу.')] }),
            new Paragraph({ children: [new TextRun({ text: 'Пометка на полях. ', style: 'Пометка' }), new TextRun('1.2. Родители читают объявления.')] }),
            new Paragraph({ style: 'ЧерновикПункта', children: [new TextRun('1.3. Старая редакция пункта.')] }),
            new Paragraph({ style: 'ЧерновикПункта', children: [new TextRun({ text: '1.3. Модератор предупреждает нарушителя.', vanish: false })] }),
          ],
        },
      ],
    });
    const read = await documentText(file('положение.docx', new Uint8Array(await Packer.toBuffer(doc))));
    expect(read.ok && read.text.split('\n').filter(Boolean)).toEqual(['1.1. Модератор удаляет рекламу.', '1.2. Родители читают объявления.', '1.3. Модератор предупреждает нарушителя.']);
  });

  it('a picture in a .docx (a stamp, a photo) is not unpacked nor written out: the text around it is read', async () => {
    // A 1×1 PNG, then a megabyte more of it, as a photo would weigh.
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
    const photo = new Uint8Array(png.length + 1024 * 1024);
    photo.set(png);
    const stamp = new ImageRun({ type: 'png', data: photo, transformation: { width: 100, height: 100 } });
    const doc = new Document({ sections: [{ children: [new Paragraph('УТВЕРЖДАЮ'), new Paragraph({ children: [stamp, new TextRun('Директор школы')] }), new Paragraph('1.1. Модератор удаляет рекламу.')] }] });
    const read = await documentText(file('положение.docx', new Uint8Array(await Packer.toBuffer(doc))));
    expect(read.ok && read.text.split('\n')).toEqual(['УТВЕРЖДАЮ', 'Директор школы', '1.1. Модератор удаляет рекламу.']);
  });

  it('a «zip bomb» (a small .docx or .odt unpacking past any regulation), its sizes told or hidden, is a broken file, unpacked no further than the limit', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(MAX_UNPACKED_BYTES + 1024), 'content.xml': strToU8('<a/>') }, { level: 1 });
    expect(bomb.length).toBeLessThan(MAX_FILE_BYTES);
    // The same with each size its headers declare written as a kilobyte.
    const hidden = bomb.slice();
    const view = new DataView(hidden.buffer);
    for (let at = 0; at + 4 <= hidden.length; at++) {
      if (view.getUint32(at, true) === 0x04034b50) view.setUint32(at + 22, 1024, true);
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 1024, true);
    }
    for (const bytes of [bomb, hidden]) {
      expect(await documentText(file('положение.docx', bytes))).toEqual({ ok: false, problem: 'broken-file' });
      expect(() => unzipParts(bytes)).toThrow(UnpacksTooLarge);
    }
    expect(await documentText(file('положение.odt', zipSync({ 'content.xml': new Uint8Array(MAX_UNPACKED_BYTES + 1024) }, { level: 1 })))).toEqual({ ok: false, problem: 'broken-file' });
  }, 60_000);
});

describe('files that are not read', () => {
  it('unknown kinds and oversized files say which, without reading them; a .rtf that is no RTF is a broken file', async () => {
    expect(await documentText(file('положение.rtf', 'x'))).toEqual({ ok: false, problem: 'broken-file' });
    expect(await documentText(file('положение.jpg', 'x'))).toEqual({ ok: false, problem: 'unsupported' });
    const big = { name: 'положение.pdf', size: 31 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as File;
    expect(await documentText(big)).toEqual({ ok: false, problem: 'file-too-large' });
  });
});
