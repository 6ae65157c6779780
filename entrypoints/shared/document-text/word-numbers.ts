import { child, children, val, xmlPart } from './xml-part';
import { inherited, wordStyles } from './word-styles';

/** A body paragraph as a list item: which of the document's lists (its numId) and how deep; null outside lists. */
export type ListItem = { list: string; level: number } | null;

/** How a list level writes its number: «%1.%2.», «%2)»; in decimal, letters or roman; from what start. */
export interface Level {
  format: string;
  text: string;
  start: number;
  /** Legal numbering: every number in the text written in decimal («1.1.» under a roman «I.»). */
  legal: boolean;
}

/** Each list's levels, by numId then level. */
export type Numbering = Map<string, Level[]>;

export interface WordLists {
  items: ListItem[];
  numbering: Numbering;
  /** The counter each list (numId) counts on: Word's lists that share an abstract list count on as one; by default, its own. */
  countedAs?: Map<string, string>;
  /** Lists that start a level again where they are first used (a startOverride), with the highest such level. */
  restarts?: Map<string, number>;
}

/** A whole number an office file writes as text, from 0 to `max`; `fallback` for anything else (none, «NaN», «-5», «1e308»). */
export const wholeNumber = (text: string | null, fallback: number, max: number) => {
  const n = Number(text);
  return text !== null && Number.isInteger(n) && n >= 0 && n <= max ? n : fallback;
};
const int = (text: string | null, fallback: number) => wholeNumber(text, fallback, 9_999);
/** A level's index: none written is the first; one past Word's nine (0–8) is no level (-1). */
const levelIndex = (text: string | null) => (text === null ? 0 : int(text, -1) > 8 ? -1 : int(text, -1));

/**
 * A paragraph mammoth does not read: in a text box drawn for newer Word (an alternate content's
 * choice, whose older fallback copy it reads instead) or in a drawing (a stamp «УТВЕРЖДАЮ» in a
 * text box). Counted, they would make the two lists of paragraphs disagree.
 */
function unread(p: Element): boolean {
  for (let el = p.parentElement; el; el = el.parentElement) if (el.tagName === 'mc:Choice' || el.tagName === 'w:drawing') return true;
  return false;
}

/**
 * A paragraph style's list, as its numPr (or the numPr of the style it is based on, `from`) gives
 * it: the list (numId), and the level when that numPr names one.
 */
type StyleList = { list: string; level: number | null; from: string };

/** Each numId's levels and counter, and the styles its levels are linked to (a level's pStyle), from numbering.xml. */
function numberingOf(doc: Document | null): Required<Omit<WordLists, 'items'>> & { linked: Map<string, StyleList> } {
  const abstract = new Map<string, { levels: Level[]; styles: Array<[string, number]>; takesFrom: string | null }>();
  /** A list style's levels (an abstract list with styleLink), for the lists that take theirs from it (numStyleLink). */
  const styleLinks = new Map<string, string>();
  for (const el of Array.from(doc?.getElementsByTagName('w:abstractNum') ?? [])) {
    const levels: Level[] = [];
    const styles: Array<[string, number]> = [];
    for (const lvl of children(el, 'lvl')) {
      const at = levelIndex(lvl.getAttribute('w:ilvl'));
      if (at < 0) continue;
      levels[at] = {
        format: val(child(lvl, 'numFmt')) ?? 'decimal',
        text: val(child(lvl, 'lvlText')) ?? '',
        start: int(val(child(lvl, 'start')), 1),
        legal: !!child(lvl, 'isLgl') && val(child(lvl, 'isLgl')) !== '0' && val(child(lvl, 'isLgl')) !== 'false',
      };
      const style = val(child(lvl, 'pStyle'));
      if (style) styles.push([style, at]);
    }
    const id = el.getAttribute('w:abstractNumId') ?? '';
    abstract.set(id, { levels, styles, takesFrom: val(child(el, 'numStyleLink')) });
    const link = val(child(el, 'styleLink'));
    if (link) styleLinks.set(link, id);
  }
  const abstractOf = (id: string) => {
    const found = abstract.get(id);
    return (found?.takesFrom && abstract.get(styleLinks.get(found.takesFrom) ?? '')) || found;
  };
  const numbering: Numbering = new Map();
  const countedAs = new Map<string, string>();
  const restarts = new Map<string, number>();
  const linked = new Map<string, StyleList>();
  for (const num of Array.from(doc?.getElementsByTagName('w:num') ?? [])) {
    const list = num.getAttribute('w:numId') ?? '';
    const abstractId = val(child(num, 'abstractNumId')) ?? '';
    const source = abstractOf(abstractId);
    const levels = [...(source?.levels ?? [])];
    for (const override of children(num, 'lvlOverride')) {
      const at = levelIndex(override.getAttribute('w:ilvl'));
      const start = val(child(override, 'startOverride'));
      if (start === null || at < 0 || !levels[at]) continue;
      levels[at] = { ...levels[at], start: int(start, 1) };
      restarts.set(list, Math.min(restarts.get(list) ?? at, at));
    }
    numbering.set(list, levels);
    countedAs.set(list, `abstract:${abstractId}`);
    for (const [style, level] of source?.styles ?? []) if (!linked.has(style)) linked.set(style, { list, level, from: style });
  }
  return { numbering, countedAs, restarts, linked };
}

/**
 * Each paragraph style's list, from styles.xml: its own numPr, or the one of the style it is based
 * on (Word's headings «1.», «1.1.» are numbered so, with no numPr on the paragraphs themselves).
 */
function styleListsOf(doc: Document | null): { lists: Map<string, StyleList>; fallback: string | null } {
  const styles = wordStyles(doc, 'paragraph');
  const fallback = [...styles].filter(([, { style }]) => ['1', 'true', 'on'].includes(style.getAttribute('w:default') ?? '')).at(-1)?.[0] ?? null;
  const lists = new Map<string, StyleList>();
  for (const id of styles.keys()) {
    // Up the chain of styles it is based on, to the first that numbers.
    const list = inherited(styles, id, (style, at): StyleList | undefined => {
      const numPr = child(child(style, 'pPr'), 'numPr');
      const numId = val(child(numPr, 'numId'));
      if (numId === null) return undefined;
      const level = val(child(numPr, 'ilvl'));
      return { list: numId, level: level === null ? null : levelIndex(level), from: at };
    });
    if (list) lists.set(id, list);
  }
  return { lists, fallback };
}

/**
 * A paragraph's list item, as Word decides it: its own numPr, else its style's (a level the style
 * does not name is the one linked to the style, else the first); numId 0 is no list.
 */
function itemOf(p: Element, styles: ReturnType<typeof styleListsOf>, linked: Map<string, StyleList>): ListItem {
  const pPr = child(p, 'pPr');
  const numPr = child(pPr, 'numPr');
  const style = val(child(pPr, 'pStyle')) ?? styles.fallback ?? '';
  const ofStyle = styles.lists.get(style) ?? linked.get(style);
  const list = val(child(numPr, 'numId')) ?? ofStyle?.list;
  if (!list || list === '0') return null;
  const own = val(child(numPr, 'ilvl'));
  if (own !== null) return { list, level: Math.max(0, levelIndex(own)) };
  return { list, level: ofStyle?.list === list ? Math.max(0, ofStyle.level ?? linked.get(ofStyle.from)?.level ?? 0) : 0 };
}

/**
 * The body's paragraphs in document order (tables' included), each as the list item Word makes it,
 * and the lists' levels, from a .docx's parts; null without a document.xml to read.
 */
export function wordListsOf(files: Record<string, Uint8Array | undefined>): WordLists | null {
  const doc = xmlPart(files['word/document.xml']);
  if (!doc) return null;
  const { linked, ...lists } = numberingOf(xmlPart(files['word/numbering.xml']));
  const styles = styleListsOf(xmlPart(files['word/styles.xml']));
  const items = Array.from(doc.getElementsByTagName('w:p'))
    .filter((p) => !unread(p))
    .map((p) => itemOf(p, styles, linked));
  return { items, ...lists };
}

/** Word's letters for lists in Russian: а б в … without ё, й, ъ, ы, ь. */
const RUSSIAN = 'абвгдежзиклмнопрстуфхцчшщэюя';
const LATIN = 'abcdefghijklmnopqrstuvwxyz';

/** «а», «z», «аа»: as Word repeats a letter past the alphabet. */
const letter = (n: number, alphabet: string) => (n < 1 ? String(n) : alphabet[(n - 1) % alphabet.length].repeat(Math.floor((n - 1) / alphabet.length) + 1));

function roman(n: number): string {
  const digits: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, text] of digits) for (; n >= value; n -= value) out += text;
  return out;
}

/** A counter in a level's format (decimal for formats this does not know). */
export function formatted(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letter(n, LATIN);
    case 'upperLetter':
      return letter(n, LATIN).toUpperCase();
    case 'russianLower':
      return letter(n, RUSSIAN);
    case 'russianUpper':
      return letter(n, RUSSIAN).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/**
 * The label Word shows before each list item («2.1.», «а)», «III.»), or null for a paragraph
 * outside lists or in a bulleted one. A list counts on across the paragraphs between its items (a
 * clause's second paragraph, a note); a deeper level starts again under each new item above it;
 * another list counts on its own — but Word's lists (numIds) that share an abstract list count on
 * as one, from where one that starts again is first used. A level the lists file does not
 * describe is written «1.2.» as a reader expects clause numbers.
 */
export function wordNumbers({ items, numbering, countedAs, restarts }: WordLists): Array<string | null> {
  const counters = new Map<string, number[]>();
  const used = new Set<string>();
  return items.map((item) => {
    if (!item) return null;
    const levels = numbering.get(item.list) ?? [];
    const level = levels[item.level];
    if (level?.format === 'bullet') return null;
    const key = countedAs?.get(item.list) ?? item.list;
    const counts = counters.get(key) ?? [];
    counters.set(key, counts);
    // Where a list that starts again is first used, its levels from the one it restarts count from their start.
    const restart = restarts?.get(item.list);
    if (restart !== undefined && !used.has(item.list)) counts.length = Math.min(counts.length, restart);
    used.add(item.list);
    counts[item.level] = counts[item.level] === undefined ? (level?.start ?? 1) : counts[item.level] + 1;
    counts.length = item.level + 1;
    // A level never reached above this one shows its start.
    const count = (i: number) => counts[i] ?? levels[i]?.start ?? 1;
    if (!level) return `${Array.from({ length: item.level + 1 }, (_, i) => count(i)).join('.')}.`;
    if (!level.text) return level.format === 'none' ? null : `${formatted(count(item.level), level.format)}.`;
    const formatOf = (i: number) => (level.legal ? 'decimal' : (levels[i]?.format ?? 'decimal'));
    const label = level.text.replace(/%([1-9])/g, (_, k: string) => formatted(count(Number(k) - 1), formatOf(Number(k) - 1))).trim();
    // «%1» shows «1» with no dot: written «1.», as a reader takes a clause number.
    return /^\d+(?:\.\d+)*$/.test(label) ? `${label}.` : label || null;
  });
}
