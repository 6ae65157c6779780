import type { ModerationRules } from '../profile';

type ClauseName = keyof ModerationRules['clauses'];

/** What each moderation clause says, in the words regulations use for it. */
/** In the order the profile lists them. */
const CLAUSE_WORDS: Record<ClauseName, RegExp> = {
  deletion: /удаля\p{L}*|удалит\p{L}*|удален\p{L}* .{0,40}(?:сообщени|информаци|контент|материал)/iu,
  rulesIntroduced: /знаком\p{L}* .{0,120}(?:правил|положени|регламент)|правил\p{L}* .{0,60}(?:до|прежде)\s+(?:включ|добавл|присоедин)/iu,
  reminder: /напомина|напомн/iu,
  block: /заблокир|блокиров\p{L}* участник|блокиру\p{L}*\s+(?:\p{L}+\s+)?участник/iu,
  earlyUnblock: /досрочн\p{L}* .{0,40}разблокир|разблокир\p{L}* .{0,60}досрочн/iu,
  personalReasons: /личн\p{L}* (?:предпочтени|мотив|причин|неприязн|отношени)|не связанн\p{L}* с нарушени/iu,
  leavers: /выбыва|выбывш|выбыти|увольня|уволивш|увольнени|отчисл/iu,
};

const NUMBERS: Record<string, number> = {
  одного: 1, двух: 2, трёх: 3, трех: 3, четырёх: 4, четырех: 4, пяти: 5, шести: 6, десяти: 10,
  первого: 1, второго: 2, третьего: 3, четвёртого: 4, четвертого: 4, пятого: 5,
  один: 1, два: 2, три: 3, четыре: 4, пять: 5,
};
const toNumber = (word: string) => (/^\d+$/.test(word) ? Number(word) : NUMBERS[word.toLowerCase()]);

export interface ModerationFinding {
  rules: ModerationRules;
  /** Clauses the document did not name; the block clause stands in for them until the user picks one. */
  missing: ClauseName[];
}

/** How many violations before a block: «более трёх раз» is three; «после третьего нарушения» is two. */
function threshold(text: string): number | undefined {
  const more = /(?:более|свыше|больше)\s+(\d+|\p{L}+)\s+(?:раз|нарушени)/iu.exec(text);
  if (more && toNumber(more[1]) !== undefined) return toNumber(more[1]);
  const after = /после\s+(\d+|\p{L}+)(?:-?го)?\s+(?:нарушени|предупреждени|замечани)/iu.exec(text);
  const n = after ? toNumber(after[1]) : undefined;
  return n !== undefined ? Math.max(0, n - 1) : undefined;
}

/** The longest block in whole months (a block «до 7 дней» still counts as one month: the schema's least). */
function longestBlockMonths(text: string): number | undefined {
  const m = /на\s+срок\s+до\s+(\d+|\p{L}+)\s+(месяц|недел|дн|сут)/iu.exec(text);
  if (!m) return undefined;
  const n = toNumber(m[1]) ?? 1;
  return m[2].toLowerCase().startsWith('месяц') ? Math.max(1, n) : 1;
}

/** The moderation rules a regulation states, clause by clause, from its provisions in order. */
export function readModeration(provisions: { clause: string; text: string }[]): ModerationFinding | null {
  const names = Object.keys(CLAUSE_WORDS) as ClauseName[];
  const clauses: Partial<ModerationRules['clauses']> = {};
  let violationsBeforeBlock: number | undefined;
  let maxBlockMonths: number | undefined;
  for (const p of provisions) {
    for (const name of names) if (!clauses[name] && CLAUSE_WORDS[name].test(p.text)) clauses[name] = p.clause;
    if (CLAUSE_WORDS.block.test(p.text)) {
      violationsBeforeBlock ??= threshold(p.text);
      maxBlockMonths ??= longestBlockMonths(p.text);
    }
  }
  const block = clauses.block;
  if (!block || violationsBeforeBlock === undefined) return null;
  return {
    rules: {
      violationsBeforeBlock,
      maxBlockMonths: maxBlockMonths ?? 1,
      clauses: Object.fromEntries(names.map((name) => [name, clauses[name] ?? block])) as ModerationRules['clauses'],
    },
    missing: names.filter((name) => !clauses[name]),
  };
}
