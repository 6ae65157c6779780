import type { RoleId } from '../kinds';

/** How the regulations name each role, by grammatical case: who acts (nominative), by whom (instrumental), whose (genitive). */
interface RoleWords {
  role: RoleId;
  title: string;
  nominative: RegExp;
  instrumental: RegExp;
  genitive: RegExp;
}

const END = '(?!\\p{L})';
const words = (role: RoleId, title: string, nom: string, ins: string, gen: string): RoleWords => ({
  role,
  title,
  nominative: new RegExp(`(?<!\\p{L})(?:${nom})${END}`, 'giu'),
  instrumental: new RegExp(`(?<!\\p{L})(?:${ins})${END}`, 'giu'),
  genitive: new RegExp(`(?<!\\p{L})(?:${gen})${END}`, 'giu'),
});

/** In this order: a "классный руководитель" is not a director, an "администратор чата" not the platform's. */
const ROLE_WORDS: RoleWords[] = [
  words('class-teacher', 'Классный руководитель', 'классн(?:ый|ые) руководител(?:ь|и)|куратор(?:ы)?', 'классн(?:ым|ыми) руководител(?:ем|ями)|куратор(?:ом|ами)', 'классн(?:ого|ых) руководител(?:я|ей)|куратор(?:а|ов)'),
  words('chat-admin', 'Администратор чата', 'администратор(?:ы)? (?:группового |классного |родительского )?чат(?:а|ов)', 'администратор(?:ом|ами) (?:группового )?чат(?:а|ов)', 'администратор(?:а|ов) (?:группового )?чат(?:а|ов)'),
  words('chat-moderator', 'Модератор чата', 'модератор(?:ы)?', 'модератор(?:ом|ами)', 'модератор(?:а|ов)'),
  words('administration', 'Администрация', 'администрация', 'администрацией', 'администрации'),
  words('platform-admin', 'Администратор платформы', 'администратор(?:ы)?|ответственн(?:ое|ые) лиц(?:о|а)', 'администратор(?:ом|ами)|ответственн(?:ым|ыми) лиц(?:ом|ами)', 'администратор(?:а|ов)|ответственн(?:ого|ых) лиц'),
  words('director', 'Руководитель образовательной организации', 'директор|руководител(?:ь|и)|заведующ(?:ий|ая)', 'директором|руководител(?:ем|ями)', 'директора|руководител(?:я|ей)'),
  words('teacher', 'Педагогический работник', 'педагогическ(?:ий|ие) работник(?:и)?|педагог(?:и)?|учитель|преподавател(?:ь|и)', 'педагогическ(?:им|ими) работник(?:ом|ами)|педагог(?:ом|ами)|учител(?:ем|ями)|преподавател(?:ем|ями)', 'педагогическ(?:ого|их) работник(?:а|ов)|педагог(?:а|ов)|учител(?:я|ей)|преподавател(?:я|ей)'),
  words('student', 'Обучающийся', 'обучающ(?:ийся|иеся)|учащ(?:ийся|иеся)|ученик(?:и)?|студент(?:ы)?', 'обучающ(?:имся|имися)|учащ(?:имся|имися)|ученик(?:ом|ами)|студент(?:ом|ами)', 'обучающ(?:егося|ихся)|учащ(?:егося|ихся)|ученик(?:а|ов)|студент(?:а|ов)'),
  words('parent', 'Родитель (законный представитель)', 'родител(?:ь|и)|законн(?:ый|ые) представител(?:ь|и)', 'родител(?:ем|ями)', 'родител(?:я|ей)'),
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
const HEAD_NOUN = /(?<!\p{L})(?:действия|обязанности|функции|участие|полномочия|ответственность)\s+$/iu;
/** A passive verb or participle right before the role: «осуществляется ответственным лицом, назначаемым директором». */
const BY_AGENT = /(?:\p{L}(?:ется|ётся|ются|ится|ятся)|назначаем\p{L}*|назначенн\p{L}*)\s+(?:\p{L}+\s+)?$/iu;
const EVERYONE = /(?<!\p{L})(?:участник\p{L}*|пользовател\p{L}*|все\s+член\p{L}*|кажд\p{L}+ участник\p{L}*)(?!\p{L})/iu;
const STOP_WORD = /^(?:для|в|во|на|с|со|по|при|к|от|из|о|об|и|а|,|обязан\p{L}*|вправе|должн\p{L}*|имеет|имеют|не)$/iu;
const VERB = /\p{L}(?:ет|ёт|ит|ут|ют|ат|ят|ется|ются|ится|ятся)$/iu;

/** The part of a sentence that names who acts: a condition «если …, то» and relative clauses «чьи …» are left out. */
function mainClause(sentence: string): string {
  const then = sentence.split(/,\s*то\s+/u);
  const main = then[then.length - 1];
  return main.replace(/,?\s*(?:чьи|чей|чья|который|которая|которые|которых)\s[^,.;:]*[,.;:]?/giu, ' ');
}

/** Who the sentence is about: the role that acts, else the role whose duties a heading lists, else the agent of a passive. */
export function subjectOf(sentence: string): Subject {
  const text = mainClause(sentence);
  const plain = text.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  const titles: Partial<Record<RoleId, string>> = {};
  const found = (kind: 'nominative' | 'instrumental' | 'genitive', accept: (before: string) => boolean = () => true) => {
    let masked = plain;
    const roles: RoleId[] = [];
    for (const w of ROLE_WORDS) {
      for (const m of masked.matchAll(w[kind])) {
        if (!accept(masked.slice(0, m.index))) continue;
        if (!roles.includes(w.role)) roles.push(w.role);
        if (kind === 'nominative' && !titles[w.role]) titles[w.role] = titleAt(text, m.index!, m[0].length);
      }
      masked = masked.replace(w[kind], (m) => ' '.repeat(m.length));
    }
    return roles;
  };
  let roles = found('nominative');
  if (!roles.length) roles = found('genitive', (before) => HEAD_NOUN.test(before) || /возлага\p{L}*\s+(?:на\s+)?$/iu.test(before));
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
