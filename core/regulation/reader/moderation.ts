import type { ModerationRules } from '../profile';

type ClauseName = keyof ModerationRules['clauses'];

/** What each moderation clause says, in the words regulations use for it. */
/** In the order the profile lists them. */
const CLAUSE_WORDS: Record<ClauseName, RegExp> = {
  deletion: /удаля\p{L}*|удалит\p{L}*|удален\p{L}* .{0,40}(?:сообщени|информаци|контент|материал)/iu,
  rulesIntroduced: /знаком\p{L}* .{0,120}(?:правил|положени|регламент)|правил\p{L}* .{0,60}(?:до|прежде)\s+(?:включ|добавл|присоедин)/iu,
  reminder: /напомина|напомн/iu,
  // «заблокировать», «блокируется», «блокировка участника», «ограничить … возможность писать», «режим
  // «только чтение»», or removed for a term («удаляет из чата на 7 дней»), which is a block too.
  block: /(?<!\p{L})(?:за)?блокир\p{L}*|ограничи\p{L}* .{0,40}возможност\p{L}* (?:писать|отправлять|размещать)|только\s+(?:чтени|для\s+чтени)|(?:удаля|удалит|исключа|исключит)\p{L}*\s+(?:\p{L}+\s+){0,2}из\s+(?:чата|группы)\s+(?:на\s+срок|сроком|на\s+(?:(?:\d+|\p{L}+)\s+)?(?:календарн\p{L}*\s+)?(?:дн|сут|недел|месяц))/iu,
  earlyUnblock: /досрочн\p{L}* .{0,40}разблокир|разблокир\p{L}* .{0,60}досрочн/iu,
  personalReasons: /личн\p{L}* (?:предпочтени|мотив|причин|неприязн|отношени)|не связанн\p{L}* с нарушени/iu,
  leavers: /выбыва|выбывш|выбыти|увольня|уволивш|увольнени|отчисл/iu,
};

const NUMBERS: Record<string, number> = {
  одного: 1, двух: 2, трёх: 3, трех: 3, четырёх: 4, четырех: 4, пяти: 5, шести: 6, семи: 7, десяти: 10, тридцати: 30,
  первого: 1, второго: 2, третьего: 3, четвёртого: 4, четвертого: 4, пятого: 5,
  повторном: 2, втором: 2, третьем: 3, четвёртом: 4, четвертом: 4, пятом: 5, повторного: 2,
  один: 1, одну: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, дважды: 2, трижды: 3,
};
/** «3», «3-х», «3-го», «третьего», «трижды». */
const toNumber = (word: string) => {
  const digits = /^(\d+)(?:-?\p{L}{1,3})?$/u.exec(word);
  return digits ? Number(digits[1]) : NUMBERS[word.toLowerCase()];
};
const NUMBER = '(\\d+(?:-?\\p{L}{1,3})?|\\p{L}+)';

export interface ModerationFinding {
  rules: ModerationRules;
  /** Clauses the document did not name; the block clause stands in for them until the user picks one. */
  missing: ClauseName[];
}

/** «более трёх раз», «свыше 2 нарушений»: that many are let pass. */
const MORE_THAN = new RegExp(`(?:более|свыше|больше)\\s+${NUMBER}\\s+(?:раз|нарушени)`, 'iu');
/**
 * «после третьего нарушения», «после 3-х предупреждений», «при (в случае) повторного нарушения»,
 * «нарушивший три раза», «получивший три предупреждения», «нарушение правил трижды», «3 и более
 * раз»: the block comes with that one.
 */
const AT_THE = [
  new RegExp(`(?:после|при|в\\s+случае)\\s+${NUMBER}\\s+(?:\\p{L}+\\s+)?(?:нарушени|предупреждени|замечани)`, 'giu'),
  new RegExp(`наруш\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}${NUMBER}\\s+раз(?:а)?(?!\\p{L})|${NUMBER}\\s+раз(?:а)?\\s+наруш`, 'giu'),
  new RegExp(`(?<!\\p{L})(дважды|трижды)\\s+наруш|наруш\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}(дважды|трижды)(?!\\p{L})`, 'giu'),
  new RegExp(`получивш\\p{L}*\\s+${NUMBER}\\s+(?:предупреждени|замечани)`, 'giu'),
  new RegExp(`(?<![\\d\\p{L}])${NUMBER}\\s+(?:и\\s+более|и\\s+больше)\\s+раз`, 'giu'),
];

/** How many violations before a block: «более трёх раз» is three; «после третьего нарушения» is two. */
function threshold(text: string): number | undefined {
  const more = MORE_THAN.exec(text);
  if (more && toNumber(more[1]) !== undefined) return toNumber(more[1]);
  // The first that names a number: «при грубом нарушении» does not.
  for (const pattern of AT_THE) {
    for (const m of text.matchAll(pattern)) {
      const n = toNumber(m.slice(1).find((g) => g !== undefined)!);
      if (n !== undefined && n > 0) return n - 1;
    }
  }
  return undefined;
}

const BLOCK_TERM = new RegExp(`(?:на\\s+срок|сроком|на\\s+период|на)\\s+(?:до\\s+)?${NUMBER}\\s+(?:календарн\\p{L}*\\s+|рабоч\\p{L}*\\s+)?(месяц|недел|дн|сут)`, 'iu');

/** The longest block in whole months: «до 7 дней» is one (the schema's least), «на 60 дней» two. */
function longestBlockMonths(text: string): number | undefined {
  const m = BLOCK_TERM.exec(text);
  if (!m) return undefined;
  const n = toNumber(m[1]) ?? 1;
  const unit = m[2].toLowerCase();
  const days = unit.startsWith('месяц') ? n * 30 : unit.startsWith('недел') ? n * 7 : n;
  return Math.max(1, Math.ceil(days / 30));
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
