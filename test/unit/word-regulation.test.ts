// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Document, FootnoteReferenceRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { documentText } from '@/entrypoints/shared/document-text';
import { readRegulation } from '@/core/regulation/reader/read';
import { compileDraft } from '@/core/regulation/reader/draft';
import { clauseLabel } from '@/core/regulation/duties';
import { clauseList, itemList } from './word-lists';

const clause = (text: string, level: number) => new Paragraph({ text, numbering: { reference: 'clauses', level } });
const letter = (text: string) => new Paragraph({ text, numbering: { reference: 'letters', level: 0 } });
const cell = (...paragraphs: string[]) => new TableCell({ children: paragraphs.map((text) => new Paragraph(text)) });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });

/**
 * A school's regulation as Word files come: a stamp with line breaks, Word's own clause numbers
 * broken by a plain paragraph, a table of roles, a lettered sub-list, a footnote, and a sheet of
 * signatures.
 */
function regulation(): Document {
  return new Document({
    numbering: {
      config: [clauseList('clauses'), itemList('letters', LevelFormat.RUSSIAN_LOWER)],
    },
    footnotes: { 1: { children: [new Paragraph('Федеральный закон № 152-ФЗ.')] } },
    sections: [
      {
        children: [
          new Paragraph({
            children: [new TextRun('УТВЕРЖДАЮ'), new TextRun({ text: 'Директор МБОУ «СОШ № 12» г. Курска', break: 1 }), new TextRun({ text: 'Приказ № 7 от 02.09.2025', break: 1 })],
          }),
          new Paragraph('ПОЛОЖЕНИЕ'),
          new Paragraph('о классных чатах в мессенджере MAX'),
          clause('Общие положения', 0),
          clause('Чаты класса создаёт классный руководитель.', 1),
          new Paragraph('Чат не заменяет электронный журнал.'),
          clause('Обязанности участников', 0),
          new Table({
            rows: [
              row(cell('Роль'), cell('Обязанности')),
              row(cell('Модератор чата'), cell('Удаляет сообщения с персональными данными.', 'Напоминает о правилах раз в четверть.')),
              row(cell('Родители'), cell('Соблюдают тишину в чате с 21:00 до 08:00.')),
            ],
          }),
          clause('Модератор чата обязан:', 1),
          letter('блокировать участника после третьего нарушения на срок до 7 дней;'),
          letter('удалять из чата выбывших.'),
          new Paragraph({
            children: [new TextRun('Участникам запрещается использовать ненормативную лексику и публиковать персональные данные'), new FootnoteReferenceRun(1), new TextRun('.')],
            numbering: { reference: 'clauses', level: 1 },
          }),
          new Paragraph('Лист ознакомления'),
          new Paragraph('1. Иванова И.И. — модератор — 02.09.2025'),
        ],
      },
    ],
  });
}

/** A .docx's text and the profile read from it, as the review page makes them; duties as «п. 2.1 text» by role. */
async function profileOf(bytes: Uint8Array) {
  const read = await documentText(new File([bytes as Uint8Array<ArrayBuffer>], 'Положение.docx'));
  const draft = read.ok ? readRegulation(read.text, 'Положение.docx') : null;
  const compiled = draft?.ok ? compileDraft(draft.draft) : null;
  if (!read.ok || !compiled?.ok) throw new Error(`not read: ${JSON.stringify(read)}`);
  const { profile } = compiled;
  const duties = (role: string) => profile.roles.find((r) => r.role === role)?.duties.map((d) => `${clauseLabel(d)} ${d.text}`) ?? [];
  return { lines: read.text.split('\n'), profile, duties };
}

describe('a school’s Word regulation, end to end', () => {
  it('gives each role its duties under the clauses Word shows, with quiet hours, moderation rules and the content check’s clauses', async () => {
    const { profile, duties } = await profileOf(new Uint8Array(await Packer.toBuffer(regulation())));
    expect([profile.school, profile.title, profile.year]).toEqual(['МБОУ «СОШ № 12»', 'Положение о классных чатах в мессенджере MAX', 2025]);
    expect(duties('chat-moderator')).toEqual([
      'п. 2 Удаляет сообщения с персональными данными.',
      'п. 2 Напоминает о правилах раз в четверть.',
      'п. 2.1 Блокировать участника после третьего нарушения на срок до 7 дней.',
      'п. 2.1 Удалять из чата выбывших.',
    ]);
    expect(duties('parent')).toEqual(['п. 2 Соблюдают тишину в чате с 21:00 до 08:00.']);
    expect(profile.quietHours).toEqual({ clause: '2', windows: [{ days: [0, 1, 2, 3, 4, 5, 6], start: '21:00', end: '08:00' }] });
    expect([profile.moderation?.violationsBeforeBlock, profile.moderation?.clauses.block, profile.moderation?.clauses.leavers]).toEqual([2, '2.1', '2.1']);
    expect(profile.contentCheck).toEqual({ languageClause: '2.2', personalDataClause: '2.2' });
    // Neither the footnote nor the sheet of signatures became a provision.
    expect(JSON.stringify(profile)).not.toMatch(/152-ФЗ|Иванова/);
  });

  /** The same regulation's clauses numbered by the paragraphs' styles alone (Word's «Раздел», «Пункт»), none by the paragraphs themselves. */
  function numberedByStyles(): Document {
    const styled = (text: string, style?: string) => new Paragraph({ text, style });
    return new Document({
      numbering: { config: [clauseList('clauses')] },
      styles: {
        paragraphStyles: [
          { id: 'Section', name: 'Раздел', paragraph: { numbering: { reference: 'clauses', level: 0 } } },
          { id: 'Clause', name: 'Пункт', paragraph: { numbering: { reference: 'clauses', level: 1 } } },
        ],
      },
      sections: [
        {
          children: [
            styled('УТВЕРЖДЕНО приказом директора МБОУ «СОШ № 5» г. Твери от 01.09.2025 № 112'),
            styled('ПОЛОЖЕНИЕ'),
            styled('о родительских чатах в мессенджере MAX'),
            styled('Общие положения', 'Section'),
            styled('Положение определяет порядок работы родительских чатов классов.', 'Clause'),
            styled('Чат класса создаёт классный руководитель.', 'Clause'),
            styled('Обязанности участников', 'Section'),
            styled('Модератор чата удаляет сообщения с персональными данными.', 'Clause'),
            styled('Модератором назначается классный руководитель.'),
            styled('Модератор чата напоминает участникам о правилах чата.', 'Clause'),
            styled('Родители не пишут в чат с 21:00 до 08:00, кроме экстренных случаев.', 'Clause'),
            styled('Нарушения', 'Section'),
            styled('После двух нарушений модератор блокирует участника на срок до 7 дней.', 'Clause'),
          ],
        },
      ],
    });
  }

  // LibreOffice numbers headings through their styles and links the list's levels to them; Word
  // (and the docx package) may give the styles their list alone, which mammoth does not see.
  it.each([
    ['LibreOffice’s headings', () => readFileSync('test/fixtures/regulations/heading-numbers-libreoffice.docx')],
    ['Word’s paragraph styles', async () => new Uint8Array(await Packer.toBuffer(numberedByStyles()))],
  ])('cites the clause numbers a regulation’s styles give its paragraphs (%s)', async (_, bytes) => {
    const { lines, profile, duties } = await profileOf(new Uint8Array(await bytes()));
    expect(lines.slice(3, 6)).toEqual(['1. Общие положения', '1.1. Положение определяет порядок работы родительских чатов классов.', '1.2. Чат класса создаёт классный руководитель.']);
    expect(duties('chat-moderator')).toEqual([
      'п. 2.1 Модератор чата удаляет сообщения с персональными данными.',
      'п. 2.1 Модератором назначается классный руководитель.',
      'п. 2.2 Модератор чата напоминает участникам о правилах чата.',
      'п. 3.1 После двух нарушений модератор блокирует участника на срок до 7 дней.',
    ]);
    expect(profile.quietHours?.clause).toBe('2.3');
    expect([profile.moderation?.violationsBeforeBlock, profile.moderation?.clauses.block]).toEqual([1, '3.1']);
  });
});
