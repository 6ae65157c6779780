import { formatted, wholeNumber } from './word-numbers';

// The numbers LibreOffice shows before an .odt's numbered headings and list items, which the file
// does not hold: a list style's (or the outline style's) levels say how each is written.

/** A level of a list style or of the outline style. */
export interface OdfLevel {
  /** As word-numbers.ts names formats: decimal, lowerLetter, russianLower, upperRoman…; none for no number. */
  format: string;
  prefix: string;
  suffix: string;
  /** How many levels' numbers the label shows («1.1.» at the second level shows two). */
  shown: number;
  start: number;
  bullet: boolean;
}

export interface OdfNumbering {
  /** Each list style's levels, by its name. */
  lists: Map<string, OdfLevel[]>;
  /** The outline style's levels, which number headings. */
  outline: OdfLevel[];
  /** Each paragraph style's list style, for a list that names none of its own. */
  paragraphLists: Map<string, string>;
}

/** ODF's number formats; a Russian alphabet's starts with its first letter («а, б, .., аа, аб, ... (ru)»). */
function formatOf(numFormat: string | null): string {
  if (!numFormat) return 'none';
  const known: Record<string, string> = { '1': 'decimal', a: 'lowerLetter', A: 'upperLetter', i: 'lowerRoman', I: 'upperRoman' };
  if (known[numFormat]) return known[numFormat];
  if (numFormat.startsWith('а')) return 'russianLower';
  if (numFormat.startsWith('А')) return 'russianUpper';
  return 'decimal';
}

const count = (text: string | null, fallback: number, max = 10_000) => wholeNumber(text, fallback, max);

/** A start an item or a heading gives itself («text:start-value»); null when it gives none, 1 for one no list counts to. */
export const startValue = (text: string | null): number | null => (text === null ? null : count(text, 1));

/** ODF writes up to ten levels. */
const LEVELS = 10;

function levelsOf(style: Element): OdfLevel[] {
  const levels: OdfLevel[] = [];
  for (const el of Array.from(style.children)) {
    const at = count(el.getAttribute('text:level'), 0, LEVELS) - 1;
    if (at < 0) continue;
    const numbered = el.localName === 'list-level-style-number' || el.localName === 'outline-level-style';
    levels[at] = {
      format: numbered ? formatOf(el.getAttribute('style:num-format')) : 'none',
      prefix: el.getAttribute('style:num-prefix') ?? '',
      suffix: el.getAttribute('style:num-suffix') ?? '',
      shown: count(el.getAttribute('text:display-levels'), 1, LEVELS),
      start: count(el.getAttribute('text:start-value'), 1),
      bullet: !numbered,
    };
  }
  return levels;
}

/** The list styles, the outline style and the paragraph styles' lists of an .odt's parts (content.xml, styles.xml). */
export function odfNumbering(parts: Array<Document | null>): OdfNumbering {
  const numbering: OdfNumbering = { lists: new Map(), outline: [], paragraphLists: new Map() };
  for (const part of parts) {
    if (!part) continue;
    for (const style of Array.from(part.getElementsByTagName('text:list-style'))) numbering.lists.set(style.getAttribute('style:name') ?? '', levelsOf(style));
    const outline = part.getElementsByTagName('text:outline-style')[0];
    if (outline) numbering.outline = levelsOf(outline);
    for (const style of Array.from(part.getElementsByTagName('style:style'))) {
      const list = style.getAttribute('style:list-style-name');
      if (list && style.getAttribute('style:family') === 'paragraph') numbering.paragraphLists.set(style.getAttribute('style:name') ?? '', list);
    }
  }
  return numbering;
}

/**
 * The next number at a level of a list (or of the outline), in `counts`, which it changes: that
 * level counts on (from `startAt` when the item says so), the levels under it start again.
 */
export function nextCount(counts: number[], level: number, levels: OdfLevel[], startAt: number | null): void {
  counts[level] = startAt ?? (counts[level] === undefined ? (levels[level]?.start ?? 1) : counts[level] + 1);
  counts.length = level + 1;
}

/** The label at a level, as LibreOffice shows it («1.1.», «а)», «Раздел I.»); null for a bullet or a level with no number. */
export function odfLabel(counts: number[], level: number, levels: OdfLevel[]): string | null {
  const own = levels[level];
  if (!own || own.bullet || own.format === 'none') return null;
  const from = Math.max(0, level - own.shown + 1);
  const numbers = [];
  for (let i = from; i <= level; i++) numbers.push(formatted(counts[i] ?? levels[i]?.start ?? 1, levels[i]?.format === 'none' ? 'decimal' : (levels[i]?.format ?? 'decimal')));
  const label = `${own.prefix}${numbers.join('.')}${own.suffix}`.trim();
  // «1» with no dot is written «1.», as a reader takes a clause number.
  return /^\d+(?:\.\d+)*$/.test(label) ? `${label}.` : label || null;
}
