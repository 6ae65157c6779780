import type { RoleId } from '../kinds';
import { slice, titleOnly, wordCount, type Segment } from './items';

/**
 * How the regulations name each role, by grammatical case: who acts (nominative), by whom
 * (instrumental), whose (genitive), and to whom a duty is given (dative: «Классному руководителю
 * необходимо…»).
 */
interface RoleWords {
  role: RoleId;
  title: string;
  nominative: RegExp;
  instrumental: RegExp;
  genitive: RegExp;
  dative: RegExp;
}

const END = '(?!\\p{L})';
/** A case's words as a pattern; a space between words is any run of spaces («Администратор (модератор) чата» once its brackets are blanked). */
const caseOf = (pattern: string) => new RegExp(`(?<!\\p{L})(?:${pattern.replace(/ /g, '\\s+')})${END}`, 'giu');
const words = (role: RoleId, title: string, nom: string, ins: string, gen: string, dat: string): RoleWords => ({
  role,
  title,
  nominative: caseOf(nom),
  instrumental: caseOf(ins),
  genitive: caseOf(gen),
  dative: caseOf(dat),
});

/** In this order: a "классный руководитель" is not a director, an "администратор чата" not the platform's. */
const ROLE_WORDS: RoleWords[] = [
  words('class-teacher', 'Классный руководитель', 'классн(?:ый|ые) руководител(?:ь|и)|куратор(?:ы)?', 'классн(?:ым|ыми) руководител(?:ем|ями)|куратор(?:ом|ами)', 'классн(?:ого|ых) руководител(?:я|ей)|куратор(?:а|ов)', 'классн(?:ому|ым) руководител(?:ю|ям)|куратор(?:у|ам)'),
  words('chat-admin', 'Администратор чата', 'администратор(?:ы)? (?:группового |классного |родительского )?чат(?:а|ов)|ответственн(?:ый|ая|ые) за (?:ведение|администрирование|создание) (?:\\p{L}+ )?чат(?:а|ов)?|(?:владел(?:ец|ьцы)|создател(?:ь|и)) (?:группового )?(?:чат(?:а|ов)|групп(?:ы)?)', 'администратор(?:ом|ами) (?:группового )?чат(?:а|ов)|(?:владельц(?:ем|ами)|создател(?:ем|ями)) (?:чат(?:а|ов)|групп(?:ы)?)', 'администратор(?:а|ов) (?:группового )?чат(?:а|ов)|(?:владельц(?:а|ев)|создател(?:я|ей)) (?:чат(?:а|ов)|групп(?:ы)?)', 'администратор(?:у|ам) (?:группового |классного |родительского )?чат(?:а|ов)|(?:владельц(?:у|ам)|создател(?:ю|ям)) (?:чат(?:а|ов)|групп(?:ы)?)'),
  words('chat-moderator', 'Модератор чата', 'модератор(?:ы)?|ответственн(?:ый|ая|ые) за модерац\\p{L}*', 'модератор(?:ом|ами)', 'модератор(?:а|ов)', 'модератор(?:у|ам)'),
  words('administration', 'Администрация', 'администрация|заместител(?:ь|и) (?:директора|руководителя)', 'администрацией|заместител(?:ем|ями) (?:директора|руководителя)', 'администрации|заместител(?:я|ей) (?:директора|руководителя)', 'администрации|заместител(?:ю|ям) (?:директора|руководителя)'),
  words('platform-admin', 'Администратор платформы', 'администратор(?:ы)?|ответственн(?:ое|ые) лиц(?:о|а)', 'администратор(?:ом|ами)|ответственн(?:ым|ыми) лиц(?:ом|ами)', 'администратор(?:а|ов)|ответственн(?:ого|ых) лиц', 'администратор(?:у|ам)|ответственн(?:ому|ым) лиц(?:у|ам)'),
  words('director', 'Руководитель образовательной организации', 'директор|руководител(?:ь|и)|заведующ(?:ий|ая)', 'директором|руководител(?:ем|ями)', 'директора|руководител(?:я|ей)', 'директору|руководител(?:ю|ям)|заведующ(?:ему|ей)'),
  words('teacher', 'Педагогический работник', 'педагогическ(?:ий|ие) работник(?:и)?|педагог(?:и)?|учитель|преподавател(?:ь|и)|воспитател(?:ь|и)|тьютор(?:ы)?', 'педагогическ(?:им|ими) работник(?:ом|ами)|педагог(?:ом|ами)|учител(?:ем|ями)|преподавател(?:ем|ями)|воспитател(?:ем|ями)|тьютор(?:ом|ами)', 'педагогическ(?:ого|их) работник(?:а|ов)|педагог(?:а|ов)|учител(?:я|ей)|преподавател(?:я|ей)|воспитател(?:я|ей)|тьютор(?:а|ов)', 'педагогическ(?:ому|им) работник(?:у|ам)|педагог(?:у|ам)|учител(?:ю|ям)|преподавател(?:ю|ям)|воспитател(?:ю|ям)|тьютор(?:у|ам)'),
  words('student', 'Обучающийся', 'обучающ(?:ийся|иеся)|учащ(?:ийся|иеся)|ученик(?:и)?|студент(?:ы)?', 'обучающ(?:имся|имися)|учащ(?:имся|имися)|ученик(?:ом|ами)|студент(?:ом|ами)', 'обучающ(?:егося|ихся)|учащ(?:егося|ихся)|ученик(?:а|ов)|студент(?:а|ов)', 'обучающ(?:емуся|имся)|учащ(?:емуся|имся)|ученик(?:у|ам)|студент(?:у|ам)'),
  words('parent', 'Родитель (законный представитель)', 'родител(?:ь|и)|законн(?:ый|ые) представител(?:ь|и)|председател(?:ь|и) родительского комитета|родительский комитет', 'родител(?:ем|ями)', 'родител(?:я|ей)', 'родител(?:ю|ям)|законн(?:ому|ым) представител(?:ю|ям)'),
];

export const DEFAULT_ROLE_TITLES = Object.fromEntries(ROLE_WORDS.map((w) => [w.role, w.title])) as Record<RoleId, string>;

export interface Subject {
  roles: RoleId[];
  /** The role as this sentence names it, where it is the one acting. */
  titles: Partial<Record<RoleId, string>>;
  /** The sentence is about every participant. */
  everyone: boolean;
}

/** «Администрирование системы:», «Модерация чата осуществляется…»: the activity names who does it. */
const ACTIVITIES: [RegExp, RoleId][] = [
  [/(?<!\p{L})администрирование(?!\p{L})/iu, 'platform-admin'],
  [/(?<!\p{L})(?:модерирование|модерация)(?!\p{L})/iu, 'chat-moderator'],
];
const HEAD_NOUN = /(?<!\p{L})(?:действия|обязанности|функции|участие|полномочия|ответственность|права)\s+$/iu;
/** A passive verb or participle right before the role: «осуществляется ответственным лицом, назначаемым директором». */
const BY_AGENT = /(?:\p{L}(?:ется|ётся|ются|ится|ятся)|назначаем\p{L}*|назначенн\p{L}*)\s+(?:\p{L}+\s+)?$/iu;
/** What a role in the dative is given: «…необходимо», «…следует», «…запрещается», a name or two between («Родителям (законным представителям) рекомендуется», «Учителям-предметникам следует»). */
const DUTY_GIVEN = /^(?:[-–]\p{L}+)?[\s,]*(?:\p{L}+[\s,]+){0,2}(?:необходимо|следует|надлежит|нужно|рекомендуется|запрещается|разрешается|предписывается|поручается|вменяется|предоставляется|нельзя|не\s+(?:следует|рекомендуется|разрешается|допускается))(?!\p{L})/iu;
/** Words a sentence may open with before the role: «При этом», «Также», «Кроме того». */
const LEAD_WORDS = /^\s*(?:при этом|также|кроме того|в том числе)\s*,?/iu;
/** Everyone acting or bound: «участники», «участникам», «пользователи», «каждый участник»; not «блокировать участника», who is acted on. */
const EVERYONE = /(?<!\p{L})(?:участник(?:и|ам|у)?|пользовател(?:ь|и|ям|ю)|все\s+член\p{L}*|кажд\p{L}+ участник\p{L}*)(?!\p{L})/iu;
const STOP_WORD = /^(?:для|в|во|на|с|со|по|при|к|от|из|о|об|и|а|,|обязан\p{L}*|вправе|должн\p{L}*|имеет|имеют|не)$/iu;
const VERB = /\p{L}(?:ет|ёт|ит|ут|ют|ат|ят|ется|ются|ится|ятся)$/iu;

/** The part of a sentence that names who acts: a condition «если …, то» and relative clauses «чьи …» are left out. */
function mainClause(sentence: string): string {
  const then = sentence.split(/,\s*то\s+/u);
  const main = then[then.length - 1];
  return main.replace(/,?\s*(?:чьи|чей|чья|который|которая|которые|которых)\s[^,.;:]*[,.;:]?/giu, ' ');
}

const WINDOW = 200;

/** Who the sentence is about: the role that acts, else the role whose duties a heading lists, else the agent of a passive. */
export function subjectOf(sentence: string): Subject {
  const text = mainClause(sentence);
  const plain = text.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  const titles: Partial<Record<RoleId, string>> = {};
  const found = (kind: 'nominative' | 'instrumental' | 'genitive' | 'dative', accept: (before: string, after: string) => boolean = () => true) => {
    let masked = plain;
    const roles: RoleId[] = [];
    for (const w of ROLE_WORDS) {
      for (const m of masked.matchAll(w[kind])) {
        // What stands near the role is what decides; a window keeps a long run-on text linear («x»: more came before).
        const before = m.index! > WINDOW ? `x${masked.slice(m.index! - WINDOW, m.index)}` : masked.slice(0, m.index);
        if (!accept(before, masked.slice(m.index! + m[0].length, m.index! + m[0].length + WINDOW))) continue;
        if (!roles.includes(w.role)) roles.push(w.role);
        if (kind === 'nominative' && !titles[w.role]) titles[w.role] = titleAt(text, m.index!, m[0].length);
      }
      masked = masked.replace(w[kind], (m) => ' '.repeat(m.length));
    }
    return roles;
  };
  let roles = found('nominative');
  if (!roles.length) roles = found('genitive', (before) => HEAD_NOUN.test(before) || /возлага\p{L}*\s+(?:на\s+)?$/iu.test(before));
  // «Классному руководителю необходимо…», «Родителям рекомендуется…»: the role first, then what it is given to do.
  if (!roles.length) roles = found('dative', (before, after) => !/\p{L}/u.test(before.replace(LEAD_WORDS, '')) && DUTY_GIVEN.test(after));
  if (!roles.length) {
    const agents = found('instrumental', (before) => BY_AGENT.test(before));
    roles = [...new Set([...ACTIVITIES.filter(([re]) => re.test(plain)).map(([, role]) => role), ...agents])];
  }
  // A statement about all teachers binds class teachers too, unless it names which teachers.
  if (roles.includes('teacher') && !roles.includes('class-teacher') && /педагогические работники(?!\s*(?:\(|,\s*ведущ))/iu.test(text)) {
    roles.push('class-teacher');
  }
  return { roles, titles, everyone: !roles.length && EVERYONE.test(plain) };
}

/** "Руководитель Учреждения", "Родитель (законный представитель)": the role's words and what names it further. */
function titleAt(text: string, index: number, length: number): string {
  let title = text.slice(index, index + length);
  const rest = text.slice(index + length);
  const paren = /^\s*\([^()]{1,40}\)/.exec(rest);
  if (paren) title += paren[0];
  else {
    for (const word of rest.split(/\s+/).filter(Boolean).slice(0, 4)) {
      if (STOP_WORD.test(word) || VERB.test(word) || /^[(:;.,–—-]/.test(word)) break;
      title += ` ${word.replace(/[,:;.]$/, '')}`;
      if (/[,:;.]$/.test(word)) break;
    }
  }
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** A verb first, or after «не» or one word: «удаляет», «не размещают», «своевременно читают», «соблюдать». */
const DOES = /^(?:не\s+|\p{L}+\s+)?\p{L}+(?:ет|ёт|ит|ут|ют|ят|ется|ётся|ится|утся|ются|атся|ятся|ть|ти|ться)(?!\p{L})/iu;
/** «Модератор — удаляет рекламу», «Классный руководитель: ведёт чат»: a few words, then a dash or a colon. */
const LED = /^(\S.{0,79}?)(?:\s+[—–-]\s+|\s*:\s+)(?=\S)/u;

/**
 * The role a list item or table row opens with, and where its duty's words begin; null when it
 * does not open with one (a table of roles and duties reads «Роль — Обязанности» row by row).
 */
export function roleLed(item: string): { subject: Subject; from: number } | null {
  const m = LED.exec(item);
  // What follows is something to do («— удаляет рекламу», «: своевременно читают»), not what the role
  // is («Модератор — работник школы, назначенный…» defines it).
  if (!m || wordCount(m[1]) > 6 || !DOES.test(item.slice(m[0].length))) return null;
  const subject = subjectOf(m[1]);
  return subject.roles.length ? { subject, from: m[0].length } : null;
}

/** A line that is only a role and a colon: «Классный руководитель:», «Родители (законные представители) обязаны:». */
const SUBHEAD = /^(\S[^:\n]{0,99}):\s*$/u;

/**
 * A clause that lists several roles' duties under their own sub-headings, as its parts: what
 * precedes the first sub-heading (unless it is only the section's title, a few words), then each
 * sub-heading with the lines under it. One part, the clause, when it has no such sub-headings.
 */
export function byRoleSubheads(clause: Segment): Segment[] {
  const starts: number[] = [];
  let at = 0;
  for (const line of clause.text.split('\n')) {
    const head = SUBHEAD.exec(line.trim());
    if (head && wordCount(head[1]) <= 6 && subjectOf(head[1]).roles.length) starts.push(at);
    at += line.length + 1;
  }
  if (!starts.length) return [clause];
  const cuts = [0, ...starts.filter((s) => s > 0), clause.text.length];
  const parts = cuts.slice(1).map((end, i) => slice(clause, cuts[i], end));
  return parts.filter((p, i) => p.text && !(i === 0 && starts[0] > 0 && titleOnly(p.text)));
}
