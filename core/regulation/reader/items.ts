/** A piece of the normalized text, with where it stands in it (the review page links each line to it). */
export interface Segment {
  text: string;
  start: number;
  end: number;
}

export interface SplitClause {
  /** What introduces a list: «Классный руководитель …, для этого:», «Участникам запрещается:». */
  lead: Segment | null;
  /** The lead is itself a provision: «…, в том числе:». */
  leadIsProvision: boolean;
  /** The sentence's own text where it opens with a label («Принцип доступности: …»). */
  afterLabel: string | null;
  items: Segment[];
}

/** The marks a bulleted line opens with. */
export const BULLET_MARK = '[-–—•·▪●◦*]';
const BULLET_LINE = new RegExp(`^(?:${BULLET_MARK}|\\d{1,2}\\)|[а-яa-z]\\))\\s*`, 'u');

export const wordCount = (text: string) => text.split(/\s+/).length;
/** A few words and no more (dashes and «№» are none): a section's title or a table's header, not a provision. */
export const titleOnly = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length <= 4;
/** A table's header row alone: a few words in cells («№ — Участник — Обязанности»). */
export const headerRow = (text: string) => !text.includes('\n') && /\s—\s/.test(text) && titleOnly(text);
/** « - » after a sentence ends, or after a quote when a verb follows («…СОШ» - принимает»), not «компонент - класс». */
const INLINE_BULLET = /(?<=[.;:!?])\s+[-–—•]\s+(?=[\p{L}«"(])|(?<=[»"”)])\s+[-–—•]\s+(?=\p{L}+(?:ет|ит|ют|ят)(?!\p{L}))/gu;
const VERB_FIRST = /^(?:при необходимости\s+|в случае[^,]{0,80},\s*)?\p{L}+(?:ет|ёт|ит|ут|ют|ят|ется|ётся|ится|утся|ются|атся|ятся)(?!\p{L})/u;
const INCLUDING = /,?\s*в том числе\s*$/iu;

/** `source`'s text from `from` to `to`, trimmed, with where it stands. */
export function slice(source: Segment, from: number, to: number): Segment {
  const raw = source.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { text, start: source.start + from + lead, end: source.start + from + lead + text.length };
}

/** Splits at each position where `at` matches, keeping the pieces' places. */
function splitAt(source: Segment, at: (text: string) => number[]): Segment[] {
  const cuts = [0, ...at(source.text), source.text.length];
  return cuts.slice(1).map((end, i) => slice(source, cuts[i], end)).filter((s) => s.text.length > 0);
}

/** Positions of `;` outside brackets and quotes that continue a list (the next word starts in lower case). */
function semicolons(text: string): number[] {
  const cuts: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '«') depth++;
    else if ((c === ')' || c === '»') && depth > 0) depth--;
    else if (c === ';' && depth === 0 && /^\s*(?:[\p{Ll}\-–—•]|\d{1,2}\))/u.test(text.slice(i + 1, i + 5))) cuts.push(i + 1);
  }
  return cuts;
}

function lineStarts(text: string): number[] {
  const cuts: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    const next = text.slice(i + 1).trimStart();
    if (BULLET_LINE.test(next) || /^\p{Lu}/u.test(next) || /:\s*$/.test(text.slice(0, i))) cuts.push(i + 1);
  }
  return cuts;
}

/** A few words opening the line before the dash: a table row's or item's role («Родители (законные представители) — читают»), not a list. */
const rowLead = (text: string, at: number) => {
  const before = text.slice(text.lastIndexOf('\n', at) + 1, at);
  return !/[.;:!?]/.test(before) && wordCount(before.trim()) <= 6;
};
const inlineBullets = (text: string) => [...text.matchAll(INLINE_BULLET)].filter((m) => !rowLead(text, m.index!)).map((m) => m.index! + 1);

/** The first colon outside brackets and quotes, where it ends a lead-in; not the one in a time («с 22:00»). */
function leadColon(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '«') depth++;
    else if ((c === ')' || c === '»') && depth > 0) depth--;
    else if (depth === 0 && (c === '.' || c === ';') && /\s\p{Lu}|\n/u.test(text.slice(i + 1, i + 3))) return -1;
    else if (c === ':' && depth === 0 && !/\d:\d/.test(text.slice(i - 1, i + 2))) return i;
  }
  return -1;
}

const clean = (s: Segment): Segment => {
  const m = BULLET_LINE.exec(s.text);
  const from = m ? m[0].length : 0;
  const text = s.text.slice(from).replace(/[\s;,]+$/u, '');
  return { text, start: s.start + from, end: s.start + from + text.length };
};

/**
 * One clause as its lead-in and the items it lists: bullets on their own lines or inline
 * (« - »), `;`-separated lists, paragraphs; a sub-list under an item ending in «:» stays with it.
 */
export function splitClause(clause: Segment): SplitClause {
  const colon = leadColon(clause.text);
  let lead = colon > 0 && colon < 400 ? slice(clause, 0, colon) : null;
  // «Принцип доступности: доступ …», «Ответственные лица: руководители назначают …»: a label, not a lead-in.
  const label = lead && wordCount(lead.text) <= 4 && !/\p{L}(?:ет|ит|ют|ят|ется|ются)(?!\p{L})/u.test(lead.text);
  const afterLabel = label && !/[;\n]|\s[-–—•]\s/.test(clause.text.slice(colon + 1).trim()) ? clause.text.slice(colon + 1).trim() : null;
  if (afterLabel !== null) lead = null;
  const body = lead ? slice(clause, colon + 1, clause.text.length) : clause;
  const pieces = splitAt(body, (t) => [...new Set([...lineStarts(t), ...inlineBullets(t)])].sort((a, b) => a - b))
    .flatMap((p) => splitAt(p, semicolons))
    .map(clean)
    .filter((p) => /\p{L}{3}/u.test(p.text));
  const items: Segment[] = [];
  let sublist = false;
  for (const piece of pieces) {
    const prev = items[items.length - 1];
    sublist &&= /^\p{Ll}/u.test(piece.text) && !VERB_FIRST.test(piece.text);
    if (sublist) {
      items[items.length - 1] = { text: clause.text.slice(prev.start - clause.start, piece.end - clause.start), start: prev.start, end: piece.end };
    } else items.push(piece);
    sublist ||= /:$/.test(piece.text);
  }
  const including = lead ? INCLUDING.exec(lead.text) : null;
  const leadSegment = lead && including ? { ...lead, text: lead.text.slice(0, including.index), end: lead.start + including.index } : lead;
  return { lead: leadSegment, leadIsProvision: Boolean(including), afterLabel, items };
}
