/** What the content check looks for; the profile names which apply. */
export const CHECK_CATEGORIES = ['obscenity', 'phone', 'email', 'snils', 'inn', 'passport', 'birth-certificate', 'name-and-birth-date', 'address'] as const;
export type CheckCategory = (typeof CHECK_CATEGORIES)[number];

/** The categories in Russian, for the log's CSV (the UI has them in both languages). */
export const CATEGORY_RU: Record<CheckCategory, string> = {
  obscenity: 'нецензурная лексика',
  phone: 'номер телефона',
  email: 'адрес эл. почты',
  snils: 'СНИЛС',
  inn: 'ИНН',
  passport: 'паспорт',
  'birth-certificate': 'свидетельство о рождении',
  'name-and-birth-date': 'ФИО и дата рождения',
  address: 'домашний адрес',
};

/** One finding: where in the text (UTF-16 offsets, end exclusive) and of what kind. */
export interface Hit {
  category: CheckCategory;
  start: number;
  end: number;
}

/** Findings in text order, overlapping ones merged into the first (a phone inside an address is one mark). */
export function ordered(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of sorted) {
    const last = kept.at(-1);
    if (last && hit.start < last.end) last.end = Math.max(last.end, hit.end);
    else kept.push({ ...hit });
  }
  return kept;
}

/** Each match of a global regex as a hit, when `accept` agrees. */
export function matchAll(text: string, re: RegExp, category: CheckCategory, accept: (m: RegExpExecArray) => boolean = () => true): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(re)) if (accept(m as RegExpExecArray)) hits.push({ category, start: m.index!, end: m.index! + m[0].length });
  return hits;
}
