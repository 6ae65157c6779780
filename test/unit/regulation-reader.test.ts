import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROFILES } from '@/core/regulation/profiles';
import { compareDuties } from '@/core/regulation/reader/compare';
import { compileDraft, type RegulationDraft } from '@/core/regulation/reader/draft';
import { readRegulation } from '@/core/regulation/reader/read';
import { normalizeText, WORD_BREAK } from '@/core/regulation/reader/normalize';
import { readQuietHours } from '@/core/regulation/reader/quiet-hours';
import { clauseLabel } from '@/core/regulation/duties';
import { importProfile } from '@/core/regulation/import';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

function draftOf(text: string, name = 'положение.txt'): RegulationDraft {
  const result = readRegulation(text, name);
  if (!result.ok) throw new Error(`not read: ${result.problem}`);
  return result.draft;
}

function profileOf(text: string) {
  const compiled = compileDraft(draftOf(text));
  if (!compiled.ok) throw new Error(`not compiled: ${compiled.problem} ${compiled.detail ?? ''}`);
  return compiled.profile;
}

const dutiesOf = (profile: ReturnType<typeof profileOf>, role: string) =>
  profile.roles.find((r) => r.role === role)?.duties.map((d) => `${clauseLabel(d)} ${d.text}`) ?? [];

describe('reading the five seeds as they are', () => {
  for (const byHand of BUILT_IN_PROFILES) {
    it(`${byHand.id}: duties found under the same roles and clauses as by hand`, () => {
      const read = profileOf(fixture(`seeds/${byHand.document}`));
      const comparison = compareDuties(read, byHand);
      expect(comparison.recall, comparison.missed.join('\n')).toBeGreaterThanOrEqual(0.9);
      expect(comparison.precision, comparison.wrongClauses.join('\n')).toBeGreaterThanOrEqual(0.9);
      expect(read.quietHours ?? null).toEqual(byHand.quietHours ?? null);
      if (byHand.moderation) expect(read.moderation).toEqual(byHand.moderation);
      expect(read.parts?.map((p) => p.id) ?? []).toEqual(byHand.parts?.map((p) => p.id) ?? []);
    });
  }

  it('names the school and the title from the heading, not the file', () => {
    const omsk = draftOf(fixture('seeds/000_953641881fc2da40.txt'), '000_953641881fc2da40.txt');
    expect(omsk.school).toBe('БОУ г.Омска «Открытая (сменная) общеобразовательная школа № 13»');
    expect(omsk.title).toMatch(/^Порядок взаимодействия и использования/);
    expect(omsk.year).toBe(2024);
    expect(omsk.platforms).toEqual(['sferum', 'vk']);
    // A name made of abbreviations keeps its capitals.
    expect(draftOf(fixture('seeds/002_60fd05936e724b1e.txt')).school).toBe('ГАПОУ СО «ТИПК»');
  });

  it('names kindergartens and schools written other ways, and the year of the order that approved it', () => {
    const body = '\n1. Общие положения\n1.1. Чат группы ведёт воспитатель.\n1.2. Родители читают объявления.';
    const kindergarten = draftOf(`МБДОУ «Детский сад № 15 «Солнышко»\nПоложение о групповых чатах родителей${body}`);
    expect([kindergarten.school, kindergarten.lines[0].role]).toEqual(['МБДОУ «Детский сад № 15 «Солнышко»', 'teacher']);
    expect(draftOf(`ГБОУ Школа № 2095 «Покровский квартал»\nРегламент использования мессенджера MAX${body}`).school).toBe('ГБОУ Школа № 2095 «Покровский квартал»');
    const approved = draftOf(`УТВЕРЖДАЮ\nДиректор МБОУ СОШ № 4\nПриказ № 45 от 01.09.2025\nПОЛОЖЕНИЕ\nо школьных чатах${body}`);
    expect([approved.school, approved.title, approved.year]).toEqual(['МБОУ СОШ № 4', 'Положение о школьных чатах', 2025]);
  });

  it('keeps each line’s sentence: its source points at the text it was read from', () => {
    const draft = draftOf(fixture('seeds/004_06f30dde32296af5.txt'));
    const block = draft.lines.find((l) => l.clause === '4.5')!;
    expect(draft.text.slice(block.source!.start, block.source!.end)).toContain('более трёх раз нарушил');
    for (const line of draft.lines) expect(draft.text.slice(line.source!.start, line.source!.end).replace(/\s+/g, ' ')).toBe(line.text);
  });
});

describe('documents in other styles', () => {
  it('roman sections numbered 1, 2… inside each, lettered and bulleted lists, «обязан» and «вправе» lead-ins', () => {
    const profile = profileOf(fixture('regulations/gymnasium-parents-chat.txt'));
    expect(profile.school).toBe('МАОУ «Гимназия № 2»');
    expect(profile.title).toBe('Правила общения в родительских и классных чатах МАОУ «Гимназия № 2» г. Томска');
    expect(dutiesOf(profile, 'class-teacher')).toEqual([
      'п. 1.2 Родительский чат класса создаётся классным руководителем для оперативного информирования родителей (законных представителей) обучающихся.',
      'п. 2.1 Знакомить каждого нового участника с настоящими Правилами до добавления в чат.',
      'п. 2.1 Публиковать объявления об изменениях расписания и о родительских собраниях.',
      'п. 2.1 Отвечать на вопросы родителей в рабочее время.',
      'п. 2.2 Классный руководитель вправе удалять из чата сообщения, нарушающие настоящие Правила.',
    ]);
    expect(dutiesOf(profile, 'chat-moderator')).toHaveLength(7);
    expect(profile.prohibitions.map((p) => p.clause)).toEqual(['4.2', '4.2', '4.2', '4.3']);
    expect(profile.rules.map((p) => p.clause)).toEqual(['4.1']);
    expect(profile.quietHours).toEqual({ clause: '4.2', windows: [{ days: [0, 1, 2, 3, 4, 5, 6], start: '21:00', end: '08:00' }] });
    expect(profile.moderation).toEqual({
      violationsBeforeBlock: 2,
      maxBlockMonths: 2,
      clauses: { deletion: '2.2', rulesIntroduced: '2.1', reminder: '3.1', block: '3.2', earlyUnblock: '3.3', personalReasons: '3.4', leavers: '3.5' },
    });
    expect(profile.contentCheck).toEqual({ languageClause: '4.1', personalDataClause: '4.2' });
    // Saved, it exports as the JSON file the import reads.
    expect(importProfile(JSON.stringify(profile, null, 2))).toEqual({ ok: true, profile });
  });

  it('appendices that start their numbering again are parts, cited as «прил. N, п. …»', () => {
    const profile = profileOf(fixture('regulations/lyceum-with-appendices.txt'));
    expect(profile.parts?.map((p) => p.id)).toEqual(['1', '2']);
    expect(dutiesOf(profile, 'student')).toEqual(['прил. 1, п. 2.1.1 Соблюдать правила общения.', 'прил. 1, п. 2.1.2 Не публиковать чужие фотографии.']);
    expect(dutiesOf(profile, 'chat-admin')).toEqual(['п. 2.2 Администратор чата следит за составом участников и удаляет выбывших.']);
    expect(profile.prohibitions.map(clauseLabel)).toEqual(['прил. 1, п. 1.2', 'прил. 2, п. 2.2']);
  });

  it('«п. 3.2», «2.1» without a dot and «2.2)» are clauses; «1)» inside a clause is a list item', () => {
    const profile = profileOf(
      [
        'Положение о чате 7 «А» класса МБОУ СОШ № 12',
        'п. 1.1 Чат создан для объявлений класса.',
        'п. 1.2 Модератор чата обязан: 1) удалять рекламу; 2) напоминать о правилах.',
        '2.1 Родители вправе задавать вопросы классному руководителю.',
        '2.2) Модератор чата напоминает о правилах.',
      ].join('\n'),
    );
    expect(dutiesOf(profile, 'chat-moderator')).toEqual(['п. 1.2 Удалять рекламу.', 'п. 1.2 Напоминать о правилах.', 'п. 2.2 Модератор чата напоминает о правилах.']);
    expect(profile.rights).toEqual([]);
    expect(dutiesOf(profile, 'parent')).toEqual(['п. 2.1 Родители вправе задавать вопросы классному руководителю.']);
  });

  it('a «;»-separated list after «запрещается:» gives one prohibition an item', () => {
    const profile = profileOf(
      [
        'Правила чата школы № 5',
        '1. Классный руководитель ведёт чат класса.',
        '2. Участникам чата запрещается: публиковать рекламу; оскорблять других участников; пересылать сообщения из других чатов.',
      ].join('\n'),
    );
    expect(profile.prohibitions.map((p) => p.text)).toEqual(['Публиковать рекламу.', 'Оскорблять других участников.', 'Пересылать сообщения из других чатов.']);
  });

  it('«Статья N.» sections and a table of roles read from Word row by row; «с 22:00» is a time, not a list’s colon', () => {
    const profile = profileOf(
      [
        'МАОУ «Лицей № 3» г. Самары',
        'Регламент работы в школьных чатах',
        'Статья 1. Общие положения',
        '1.1. Чаты используются для информирования родителей.',
        'Статья 2. Права и обязанности участников',
        // A two-column table as documentText gives it: a row a line, its cells joined by « — ».
        'Роль — Обязанности',
        'Модератор — Следит за соблюдением правил, удаляет сообщения-нарушения, выносит предупреждения.',
        'Учитель-предметник — Публикует домашние задания не позднее 18:00.',
        '§ 3. Тишина',
        '3.1. Не допускается отправка сообщений в период с 22:00 до 07:00 по местному времени.',
      ].join('\n'),
    );
    expect(dutiesOf(profile, 'chat-moderator')).toEqual(['п. 2 Следит за соблюдением правил, удаляет сообщения-нарушения, выносит предупреждения.']);
    expect(dutiesOf(profile, 'teacher')).toEqual(['п. 2 Публикует домашние задания не позднее 18:00.']);
    // The article's title and the table's header are not provisions.
    expect(profile.rules.map((r) => r.text)).toEqual([]);
    expect(profile.prohibitions.map((p) => `${p.clause} ${p.text}`)).toEqual(['3.1 Не допускается отправка сообщений в период с 22:00 до 07:00 по местному времени.']);
    expect(profile.quietHours).toEqual({ clause: '3.1', windows: [{ days: [0, 1, 2, 3, 4, 5, 6], start: '22:00', end: '07:00' }] });
  });

  it('roles as sub-headings inside a clause each take the lines under them, not the first role’s', () => {
    const profile = profileOf(
      [
        'Положение о классных чатах ГБОУ «Школа № 1537» г. Москвы',
        '1. Общие положения',
        '1.1. Чаты классов ведутся в мессенджере MAX.',
        '2. Обязанности участников',
        'Классный руководитель:',
        '– создаёт чат класса и добавляет в него родителей;',
        '– знакомит участников с настоящим Положением.',
        'Родители (законные представители) обязаны:',
        '– соблюдать тишину в чате с 22:00 до 07:00;',
        '– не размещать рекламу.',
        'Модератор чата:',
        '– удаляет сообщения, нарушающие Положение;',
        '– блокирует участника после трёх нарушений.',
      ].join('\n'),
    );
    expect(dutiesOf(profile, 'class-teacher')).toEqual(['п. 2 Создаёт чат класса и добавляет в него родителей.', 'п. 2 Знакомит участников с настоящим Положением.']);
    expect(dutiesOf(profile, 'parent')).toEqual(['п. 2 Соблюдать тишину в чате с 22:00 до 07:00.', 'п. 2 Не размещать рекламу.']);
    expect(dutiesOf(profile, 'chat-moderator')).toEqual(['п. 2 Удаляет сообщения, нарушающие Положение.', 'п. 2 Блокирует участника после трёх нарушений.']);
    expect(profile.quietHours?.windows).toEqual([{ days: [0, 1, 2, 3, 4, 5, 6], start: '22:00', end: '07:00' }]);
    expect(profile.moderation?.violationsBeforeBlock).toBe(2);
    expect(profile.moderation?.clauses.rulesIntroduced).toBe('2');
  });

  it('list items that open with a role («- родители — …», «родительский комитет: …») are that role’s duties; one naming no role is said as it is', () => {
    const draft = draftOf(
      [
        'Правила родительского чата 3 «Б» класса МБОУ «Школа № 41»',
        '1. Общие положения',
        '1.1. Чат создан для оперативной связи родителей и школы.',
        '2. Участники чата и их обязанности:',
        '- классный руководитель — публикует объявления и отвечает на вопросы в рабочее время;',
        '- родительский комитет: помогает классному руководителю в организации мероприятий;',
        '- школьный психолог: консультирует родителей по их запросу;',
        '- родители — читают объявления и не пишут в чат после 21:00.',
      ].join('\n'),
    );
    expect(draft.lines.filter((l) => l.clause === '2').map((l) => [l.kind, l.role, l.text])).toEqual([
      ['duty', 'class-teacher', 'публикует объявления и отвечает на вопросы в рабочее время'],
      ['duty', 'parent', 'помогает классному руководителю в организации мероприятий'],
      ['general', null, 'школьный психолог: консультирует родителей по их запросу'],
      ['duty', 'parent', 'читают объявления и не пишут в чат после 21:00.'],
    ]);
    // Each line still points at the words it was read from.
    for (const line of draft.lines) expect(draft.text.slice(line.source!.start, line.source!.end).replace(/\s+/g, ' ')).toBe(line.text);
    expect(draft.quietHours).toEqual({ clause: '2', windows: [{ days: [0, 1, 2, 3, 4, 5, 6], start: '21:00', end: '07:00' }] });
  });

  it('a table’s rows with a numbers column (as a PDF’s or Word’s table reads): each row’s role without its name in the duty, «Родители (законные представители)» whole, the header row no rule', () => {
    const draft = draftOf(
      [
        'Положение о школьных чатах МБОУ «СОШ № 12»',
        '1. Общие положения',
        '1.1. Чат создан для оперативной связи родителей и школы.',
        '2. Обязанности участников чатов',
        '№ — Участник — Обязанности',
        '2.1 Модератор чата — удаляет рекламу;',
        '2.1 Модератор чата — предупреждает нарушителя',
        '2.2 Родители (законные представители) — читают объявления классного руководителя',
      ].join('\n'),
    );
    expect(draft.lines.filter((l) => l.clause.startsWith('2')).map((l) => [l.clause, l.kind, l.role, l.text])).toEqual([
      ['2.1', 'duty', 'chat-moderator', 'удаляет рекламу'],
      ['2.1', 'duty', 'chat-moderator', 'предупреждает нарушителя'],
      ['2.2', 'duty', 'parent', 'читают объявления классного руководителя'],
    ]);
    for (const line of draft.lines) expect(draft.text.slice(line.source!.start, line.source!.end).replace(/\s+/g, ' ')).toBe(line.text);
  });

  it('a table row whose duties are one paragraph («Модератор — удаляет рекламу; предупреждает нарушителя») gives the row’s role each of them, and no more', () => {
    const draft = draftOf(
      [
        'Положение о школьных чатах МБОУ «СОШ № 12»',
        '1. Общие положения',
        '1.1. Чат создан для оперативной связи родителей и школы.',
        '2. Обязанности участников чатов',
        'Участник — Обязанности',
        'Модератор чата — удаляет рекламу; предупреждает нарушителя; блокирует после трёх предупреждений',
        'Родители — читают объявления; отвечают на вопросы классного руководителя.',
        'Сообщения публикуются в рабочее время.',
      ].join('\n'),
    );
    expect(draft.lines.filter((l) => l.clause === '2').map((l) => [l.kind, l.role, l.text])).toEqual([
      ['duty', 'chat-moderator', 'удаляет рекламу'],
      ['duty', 'chat-moderator', 'предупреждает нарушителя'],
      ['duty', 'chat-moderator', 'блокирует после трёх предупреждений'],
      ['duty', 'parent', 'читают объявления'],
      ['duty', 'parent', 'отвечают на вопросы классного руководителя.'],
      // A line of its own names no one: it is not the parents’.
      ['general', null, 'Сообщения публикуются в рабочее время.'],
    ]);
  });

  it('a role given a duty in the dative («Классному руководителю необходимо…») is the one who acts; one told something is not', () => {
    const draft = draftOf(
      [
        'Положение о чатах МБОУ «СОШ № 9» г. Чебоксары',
        '1. Обязанности',
        '1.1. Классному руководителю необходимо знакомить родителей с правилами чата.',
        '1.2. Модератору чата следует удалять рекламу и оскорбления.',
        '1.3. Родителям (законным представителям) рекомендуется не писать в чат с 22:00 до 07:00.',
        '1.4. Учителям-предметникам следует публиковать задания до 18:00.',
        '1.5. Обучающимся запрещается размещать чужие фотографии.',
        '1.6. Необходимо сообщать классному руководителю об отсутствии ребёнка.',
      ].join('\n'),
    );
    expect(draft.lines.map((l) => [l.clause, l.role])).toEqual([
      ['1.1', 'class-teacher'],
      ['1.2', 'chat-moderator'],
      ['1.3', 'parent'],
      ['1.4', 'teacher'],
      ['1.5', 'student'],
      ['1.6', null],
    ]);
  });

  it('a role as a numbered heading «2. Классный руководитель:» is who acts in the clauses that finish its sentence; «Ответственный за ведение чата», «Администратор (модератор) чата»', () => {
    const draft = draftOf(
      [
        'Положение о родительских чатах МБОУ «Лицей № 1»',
        '1. Общие положения',
        '1.1. Чаты создаются для связи школы и семьи.',
        '2. Классный руководитель:',
        '2.1. создаёт чат и является его администратором;',
        '2.2. добавляет в чат родителей своего класса.',
        '3. Ответственный за ведение чата:',
        '3.1. следит за соблюдением правил;',
        '3.2. удаляет сообщения, нарушающие правила.',
        '4. Администратор (модератор) чата обязан(а):',
        'а) напоминать о правилах раз в четверть;',
        'б) блокировать участника после третьего нарушения на срок до 7 дней.',
      ].join('\n'),
    );
    expect(draft.lines.map((l) => [l.clause, l.role])).toEqual([
      ['1.1', null],
      ['2.1', 'class-teacher'],
      ['2.2', 'class-teacher'],
      ['3.1', 'chat-admin'],
      ['3.2', 'chat-admin'],
      ['4', 'chat-admin'],
      ['4', 'chat-admin'],
    ]);
    expect(draft.moderation?.violationsBeforeBlock).toBe(2);
  });

  it('short rules numbered «1)», «2)» throughout have those for clauses; «1)» items of a section each say who acts', () => {
    const rules = draftOf(
      [
        'Правила общения в чате 5 «А» класса МБОУ СОШ № 17',
        '1) Чат создан классным руководителем для обмена информацией.',
        '2) Модератор чата удаляет сообщения, нарушающие правила.',
        '3) Родители не пишут в чат с 21:00 до 8:00.',
        '4) Запрещается размещать рекламу.',
      ].join('\n'),
    );
    expect(rules.lines.map((l) => [l.clause, l.kind, l.role])).toEqual([
      ['1', 'general', null],
      ['2', 'duty', 'chat-moderator'],
      ['3', 'duty', 'parent'],
      ['4', 'prohibition', null],
    ]);
    // Clause numbers are the document's: the text itself is kept as it was written.
    expect(rules.text).toContain('2) Модератор чата');
    const sections = draftOf(
      ['Правила чата МБОУ СОШ № 17', '1. Общие положения', '1) Чат создан для обмена информацией о жизни класса.', '2) Модератор чата удаляет сообщения, нарушающие правила.', '2. Заключение', '2.1. Правила действуют с 1 сентября.'].join('\n'),
    );
    expect(sections.lines.filter((l) => l.clause === '1').map((l) => [l.kind, l.role, l.text])).toEqual([
      ['general', null, 'Чат создан для обмена информацией о жизни класса.'],
      ['duty', 'chat-moderator', 'Модератор чата удаляет сообщения, нарушающие правила.'],
    ]);
  });

  it('a glossary that defines the roles («Модератор — работник школы, назначенный…») gives no duties', () => {
    const draft = draftOf(
      [
        'Положение о чатах МБОУ СОШ № 8',
        '1. Термины',
        '1.1. В настоящем положении используются понятия:',
        '- модератор — работник школы, назначенный директором для ведения чата;',
        '- участники образовательных отношений — обучающиеся, родители, педагогические работники.',
        '2. Модератор чата удаляет рекламу.',
      ].join('\n'),
    );
    expect(draft.lines.filter((l) => l.kind === 'duty').map((l) => `${l.clause} ${l.role}`)).toEqual(['2 chat-moderator']);
  });

  it('more of the people schools name: a deputy director, the chat’s owner or creator, a tutor, the parents’ committee', () => {
    const rolesOf = (sentence: string) => draftOf(`Правила чата МБОУ СОШ № 1\n1. Общие положения\n1.1. ${sentence}\n1.2. Чат создан для объявлений класса.`).lines[0].role;
    expect(rolesOf('Заместитель директора по воспитательной работе контролирует работу чатов.')).toBe('administration');
    expect(rolesOf('Владелец чата назначает модераторов.')).toBe('chat-admin');
    expect(rolesOf('Создатель группы отвечает за состав участников.')).toBe('chat-admin');
    expect(rolesOf('Тьютор сопровождает обучающихся в чате.')).toBe('teacher');
    expect(rolesOf('Председатель родительского комитета помогает классному руководителю.')).toBe('parent');
  });

  it('«II.3.», as Word numbers a clause under a roman section, is clause 2.3', () => {
    const draft = draftOf(['Положение о чатах МБОУ СОШ № 3', 'I. Общие положения', 'I.1. Чат ведёт классный руководитель.', 'II. Обязанности', 'II.1. Модератор чата удаляет рекламу.', 'II.2. Родители читают объявления.'].join('\n'));
    expect(draft.lines.map((l) => `${l.clause} ${l.role}`)).toEqual(['1.1 class-teacher', '2.1 chat-moderator', '2.2 parent']);
  });

  it('a table of contents is left out: its entries are not the sections they name', () => {
    const profile = profileOf(
      [
        'Положение о чатах МБОУ СОШ № 3',
        'Содержание',
        '1. Общие положения ............ 2',
        '2. Обязанности модератора 3',
        '1. Общие положения',
        '1.1. Чат ведёт классный руководитель.',
        '2. Обязанности модератора',
        '2.1. Удалять рекламу.',
        '2.2. Напоминать о правилах.',
      ].join('\n'),
    );
    // Inherited from the real heading «2. Обязанности модератора», which the contents had taken.
    expect(dutiesOf(profile, 'chat-moderator')).toEqual(['п. 2.1 Удалять рекламу.', 'п. 2.2 Напоминать о правилах.']);
    expect(profile.rules).toEqual([]);
  });

  it('a sheet of signatures at the end («Лист ознакомления») is people, not clauses; an appendix after it is read', () => {
    const draft = draftOf(
      [
        'Положение о чатах МБОУ СОШ № 3',
        '1. Общие положения',
        '1.1. Чат ведёт классный руководитель.',
        '2. Обязанности',
        '2.1. Модератор чата удаляет рекламу.',
        '2.2. Положение вступает в силу со дня утверждения.',
        'Лист ознакомления с положением',
        '№ — ФИО — Должность — Подпись — Дата',
        '1. Иванова Ирина Ивановна — классный руководитель — — 01.09.2025',
        '2. Сидорова Анна Сергеевна — модератор — — 02.09.2025',
        'Приложение 1',
        'Правила общения в чате',
        '1.1. Участникам запрещается публиковать рекламу.',
        '1.2. Модератор чата напоминает о правилах раз в четверть.',
      ].join('\n'),
    );
    expect(draft.lines.map((l) => `${l.part ? `прил. ${l.part}, ` : ''}${l.clause} ${l.role ?? '-'}`)).toEqual([
      '1.1 class-teacher',
      '2.1 chat-moderator',
      '2.2 -',
      'прил. 1, 1.1 -',
      'прил. 1, 1.2 chat-moderator',
    ]);
    expect(draft.lines.filter((l) => /Иванова|Сидорова/.test(l.text))).toEqual([]);
  });

  it('«Права модератора» gives the moderator the rights under it, «Права и обязанности родителей» the parents duties; a participant acted on is not everyone', () => {
    const draft = draftOf(
      [
        'Положение о чатах МБОУ «СОШ № 21» г. Тулы',
        '1. Общие положения',
        '1.1. Положение определяет правила общения в чатах.',
        '2. Права и обязанности родителей (законных представителей)',
        '2.1. Соблюдать правила общения.',
        '2.2. Своевременно читать объявления.',
        '3. Права модератора',
        '3.1. Удалять сообщения, нарушающие Положение.',
        '3.2. Блокировать участника после трёх нарушений на срок до двух недель.',
      ].join('\n'),
    );
    expect(draft.lines.filter((l) => l.clause !== '1.1').map((l) => [l.clause, l.kind, l.role])).toEqual([
      ['2.1', 'duty', 'parent'],
      ['2.2', 'duty', 'parent'],
      ['3.1', 'right', 'chat-moderator'],
      ['3.2', 'right', 'chat-moderator'],
    ]);
  });

  it('rules with no numbers, a bullet each, are numbered in order and said so; two bullets in a letter are no rules', () => {
    const draft = draftOf(
      ['Правила родительского чата 3 «В» класса МБОУ СОШ № 8', '• Не писать в чат с 21:00 до 8:00.', '• Модератор чата удаляет рекламу.', '• Запрещается публиковать персональные данные.'].join('\n'),
    );
    expect(draft.notes).toContainEqual({ code: 'numbered-in-order' });
    expect(draft.lines.map((l) => [l.clause, l.kind, l.role])).toEqual([
      ['1', 'general', null],
      ['2', 'duty', 'chat-moderator'],
      ['3', 'prohibition', null],
    ]);
    // The text shown beside the profile has the numbers it is cited by.
    expect(draft.text).toContain('2. Модератор чата удаляет рекламу.');
    expect(draft.quietHours?.clause).toBe('1');
    expect(readRegulation('Дорогие родители!\n- собрание в пятницу в 18:00;\n- приходите вовремя.', 'a.txt')).toEqual({ ok: false, problem: 'no-clauses' });
  });

  it('a document with no roles is read, says so, and cannot be used until a line is given a role', () => {
    const draft = draftOf(['Правила чата', '1. Сообщения пишутся по делу.', '2. Не допускается реклама.'].join('\n'));
    expect(draft.notes).toContainEqual({ code: 'no-roles' });
    expect(compileDraft(draft)).toEqual({ ok: false, problem: 'no-duties' });
    draft.lines[0] = { ...draft.lines[0], kind: 'duty', role: 'chat-moderator' };
    expect(compileDraft(draft)).toEqual({ ok: false, problem: 'no-school' });
    draft.school = 'Школа № 1';
    const compiled = compileDraft(draft);
    expect(compiled.ok && compiled.profile.roles.map((r) => [r.role, r.title])).toEqual([['chat-moderator', 'Модератор чата']]);
  });
});

describe('words hyphenated across lines', () => {
  it('are whole again where the document writes them whole elsewhere; else the hyphen is the word’s own', () => {
    const text = normalizeText('1.1. Чат ведёт адми-\nнистратор школы, он же автор ссылки-\nприглашения.\n1.2. Администратор удаляет рекламу.');
    expect(text.split('\n')[0]).toBe('1.1. Чат ведёт администратор школы, он же автор ссылки-приглашения.');
    expect(normalizeText(`Работа в информационно-${WORD_BREAK}коммуникационной среде`)).toBe('Работа в информационно-коммуникационной среде');
  });
});

describe('quiet hours as schools write them', () => {
  const all = [0, 1, 2, 3, 4, 5, 6];
  it.each([
    ['запрещается направлять сообщения с 22-00 до 06-00', { days: all, start: '22:00', end: '06:00' }],
    ['не писать в чат с 21:00 до 8:00', { days: all, start: '21:00', end: '08:00' }],
    ['сообщения направляются в будние дни, кроме времени с 20.30 до 7.30', { days: [1, 2, 3, 4, 5], start: '20:30', end: '07:30' }],
    ['не отправлять сообщения с 23 до 7 часов', { days: all, start: '23:00', end: '07:00' }],
    ['Сообщения в чат не направляются с 21.00 ч. до 08.00 ч.', { days: all, start: '21:00', end: '08:00' }],
    ['Не писать сообщения в период с 22 ч. 00 мин. до 7 ч. 00 мин.', { days: all, start: '22:00', end: '07:00' }],
    ['Время тишины в чате: 21:00–08:00.', { days: all, start: '21:00', end: '08:00' }],
    ['Не допускается отправлять сообщения позднее 21:00 и ранее 8:00.', { days: all, start: '21:00', end: '08:00' }],
    // Hours when writing is allowed and only then: the quiet hours are the rest of the day.
    ['Сообщения отправляются только с 8:00 до 21:00.', { days: all, start: '21:00', end: '08:00' }],
    ['Переписка ведётся в рабочее время с 8.00 до 20.00; в остальное время сообщения не отправляются.', { days: all, start: '20:00', end: '08:00' }],
    ['Сообщения в чат направляются с 8:00 до 20:00.', { days: all, start: '20:00', end: '08:00' }],
    ['Писать в чат можно с 7.30 до 21.00.', { days: all, start: '21:00', end: '07:30' }],
    ['Сообщения направляются не ранее 8:00 и не позднее 20:00.', { days: all, start: '20:00', end: '08:00' }],
    ['Писать в чат не позднее 21.00 и не ранее 7.30.', { days: all, start: '21:00', end: '07:30' }],
    ['Общение в чате допускается с 8 до 20 часов.', { days: all, start: '20:00', end: '08:00' }],
    ['Время работы чата: с 08.00 до 21.00.', { days: all, start: '21:00', end: '08:00' }],
  ])('«%s»', (sentence, window) => {
    expect(readQuietHours(sentence)?.windows).toEqual([window]);
  });

  it('writing allowed on weekdays only leaves the weekend quiet all day', () => {
    expect(readQuietHours('Сообщения отправляются с 8:00 до 20:00 в будние дни.')?.windows).toEqual([
      { days: [1, 2, 3, 4, 5], start: '20:00', end: '08:00' },
      { days: [0, 6], start: '00:00', end: '23:59' },
    ]);
    expect(readQuietHours('Время работы родительского чата: с 8:00 до 20:00 в рабочие дни.')?.windows).toEqual([
      { days: [1, 2, 3, 4, 5], start: '20:00', end: '08:00' },
      { days: [0, 6], start: '00:00', end: '23:59' },
    ]);
    expect(readQuietHours('Сообщения направляются с понедельника по пятницу с 8:00 до 20:00, в остальное время не направляются.')?.windows).toEqual([
      { days: [1, 2, 3, 4, 5], start: '20:00', end: '08:00' },
      { days: [0, 6], start: '00:00', end: '23:59' },
    ]);
  });

  it('«после 20 часов» has no end: morning is assumed and said', () => {
    expect(readQuietHours('Не допускается писать сообщения после 20 часов.')).toEqual({
      windows: [{ days: all, start: '20:00', end: '07:00' }],
      endAssumed: true,
      holidays: false,
      moscowTime: false,
    });
  });

  it('hours written in Moscow time are read as written and said, for a school in another time zone to check', () => {
    const draft = draftOf('Правила чата МБОУ СОШ № 1\n1. Общие положения\n1.1. Чат ведёт классный руководитель.\n1.2. Не писать в чат с 22:00 до 07:00 по московскому времени.');
    expect(draft.quietHours?.windows).toEqual([{ days: all, start: '22:00', end: '07:00' }]);
    expect(draft.notes).toContainEqual({ code: 'quiet-moscow-time', clause: '1.2' });
    expect(readQuietHours('Не писать в чат с 22:00 до 07:00 (МСК).')?.moscowTime).toBe(true);
    expect(draftOf('Правила чата МБОУ СОШ № 1\n1.1. Чат ведёт классный руководитель.\n1.2. Не писать в чат с 22:00 до 07:00.').notes.map((n) => n.code)).not.toContain('quiet-moscow-time');
  });

  it('«в выходные и праздничные дни» makes weekends quiet all day', () => {
    expect(readQuietHours('В выходные и праздничные дни не рекомендуется направлять сообщения.')?.windows).toEqual([{ days: [0, 6], start: '00:00', end: '23:59' }]);
    expect(readQuietHours('В субботу и воскресенье не писать в чат.')?.windows).toEqual([{ days: [0, 6], start: '00:00', end: '23:59' }]);
  });

  it('hours when writing is allowed, or hours not about messages, are not quiet hours', () => {
    expect(readQuietHours('Классный руководитель отвечает на сообщения с 8:00 до 18:00.')).toBeNull();
    expect(readQuietHours('Занятия проводятся с 22:00 до 06:00.')).toBeNull();
    // Hours someone answers in, even «only» then, are not when the chat goes quiet.
    expect(readQuietHours('Классный руководитель отвечает на сообщения только в рабочее время с 9:00 до 17:00.')).toBeNull();
    expect(readQuietHours('Консультации по сообщениям родителей не допускается переносить; учитель отвечает с 9:00 до 17:00.')).toBeNull();
    expect(readQuietHours('Объявления публикуются с 8:00 до 18:00.')).toBeNull();
    // A deadline: «не позднее 18:00» is when homework is due, not when the chat goes quiet.
    expect(readQuietHours('Учитель публикует домашние задания не позднее 18:00.')).toBeNull();
    expect(readQuietHours('Отчёты о посещаемости размещаются не позже 20:00 ежедневно.')).toBeNull();
    // Hours for answering messages, or for sending papers, between «не ранее» and «не позднее»; a group's hours that are no chat's.
    expect(readQuietHours('Классный руководитель отвечает на сообщения не ранее 9:00 и не позднее 17:00.')).toBeNull();
    expect(readQuietHours('Родители направляют документы не ранее 8:00 и не позднее 17:00.')).toBeNull();
    expect(readQuietHours('Время работы группы продлённого дня: с 8:00 до 18:00, сообщения о её работе публикуются в чате.')).toBeNull();
  });
});

describe('moderation rules as schools write them', () => {
  const rulesOf = (sentence: string) => {
    const draft = draftOf(`Правила чата МБОУ СОШ № 1\n1. Общие положения\n1.1. Чат ведёт классный руководитель.\n2.1. ${sentence}`);
    return draft.moderation && [draft.moderation.violationsBeforeBlock, draft.moderation.maxBlockMonths];
  };
  it.each([
    ['При повторном нарушении модератор блокирует участника на 7 дней.', [1, 1]],
    ['Участник, нарушивший правила три раза, блокируется на срок до 1 месяца.', [2, 1]],
    ['За систематическое (более 2 раз) нарушение правил участник блокируется модератором.', [2, 1]],
    ['После второго предупреждения доступ участника к чату блокируется на 14 календарных дней.', [1, 1]],
    ['При грубом нарушении, а также после третьего нарушения участник блокируется на 60 дней.', [2, 2]],
    ['Модератор вправе ограничить участнику возможность писать сообщения после 3-х нарушений сроком до двух месяцев.', [2, 2]],
    ['В случае повторного нарушения модератор блокирует участника на 14 дней.', [1, 1]],
    ['Участник, получивший три предупреждения, блокируется на срок до 30 дней.', [2, 1]],
    ['За нарушение правил трижды в течение месяца участник блокируется на срок до двух недель.', [2, 1]],
    ['При систематическом нарушении (3 и более раз) модератор блокирует участника на срок до 3 месяцев.', [2, 3]],
    // Read-only, or removed for a term, is a block.
    ['Участник, трижды нарушивший правила, переводится в режим «только чтение» на 14 дней.', [2, 1]],
    ['После трёх замечаний модератор удаляет участника из чата на 7 дней.', [2, 1]],
    ['Нарушитель исключается из чата на неделю после двух предупреждений.', [1, 1]],
  ])('«%s»', (sentence, rules) => {
    expect(rulesOf(sentence)).toEqual(rules);
  });

  it('a block with no number of violations is no rule to check against', () => {
    expect(rulesOf('Модератор блокирует участника за грубое нарушение.')).toBeNull();
    // Removed for good (a leaver, or after warnings) is no block: the product's blocks are for a term.
    expect(rulesOf('После трёх предупреждений участник исключается из чата.')).toBeNull();
  });
});

describe('text that is not a regulation', () => {
  const seed = fixture('seeds/000_953641881fc2da40.txt');
  it('an empty file, or only spaces and a few letters', () => {
    expect(readRegulation('', 'a.txt')).toEqual({ ok: false, problem: 'empty' });
    expect(readRegulation(' \n\n  стр. 1  \n', 'a.pdf')).toEqual({ ok: false, problem: 'empty' });
  });

  it('garbling that cannot be undone (mojibake): Windows-1251 read as UTF-8, letters lost to replacement characters', () => {
    // Windows-1251 writes А–я as 0xC0–0xFF, which UTF-8 cannot read.
    const bytes = Uint8Array.from(seed, (c) => {
      const code = c.charCodeAt(0);
      return code >= 0x410 && code <= 0x44f ? code - 0x350 : code < 0x80 ? code : 0x3f;
    });
    expect(readRegulation(new TextDecoder().decode(bytes), 'a.txt')).toEqual({ ok: false, problem: 'mojibake' });
    expect(readRegulation(seed.replace(/[а-я]/g, (c, i: number) => (i % 7 ? c : '\uFFFD')), 'a.txt')).toEqual({ ok: false, problem: 'mojibake' });
  });

  it('a text layer of private-use glyphs from a PDF', () => {
    const glyphs = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(0xe000 + (i % 200))).join('');
    expect(readRegulation(`Положение ${glyphs}`, 'a.pdf')).toEqual({ ok: false, problem: 'mojibake' });
  });

  it('text with no numbered clauses, and text in another language', () => {
    expect(readRegulation('Дорогие родители! Напоминаем, что собрание состоится в пятницу в 18:00.', 'a.txt')).toEqual({ ok: false, problem: 'no-clauses' });
    expect(readRegulation('1. This policy applies to all school chats.\n2. Be polite.', 'a.txt')).toEqual({ ok: false, problem: 'not-russian' });
  });

  it('a run-on clause naming a role thousands of times is read, not hung on (each mention is judged by its neighbourhood)', () => {
    // Judged by all the text before each mention, this took two minutes at 20 000 mentions.
    const read = readRegulation(`Правила чата МБОУ СОШ № 1\n1.1. Текст ${'по поручению модератора '.repeat(10_000)}\n1.2. Модератор чата удаляет рекламу.`, 'a.txt');
    expect(read.ok && read.draft.lines.map((l) => l.role)).toEqual([null, 'chat-moderator']);
  });

  it('a 5 MB text is refused as too large at once; a large real one is still read', () => {
    expect(readRegulation(seed.repeat(Math.ceil(5_000_000 / seed.length)), 'a.txt')).toEqual({ ok: false, problem: 'too-large' });
    const large = readRegulation(seed.repeat(40), 'a.txt');
    expect(large.ok && large.draft.lines.length).toBeGreaterThan(1000);
  });
});
