import { strFromU8, unzipSync } from 'fflate';

/** A body paragraph as a list item: which of the document's lists (its numId) and how deep; null outside lists. */
export type ListItem = { list: string; level: number } | null;

// By the «w:» prefix Word, LibreOffice and Google Docs all write (a file with another finds no
// paragraphs here, and mammoth's own list numbers are kept).
const child = (el: Element | undefined, name: string) => (el ? Array.from(el.children).find((c) => c.tagName === `w:${name}`) : undefined);
const val = (el: Element | undefined) => el?.getAttribute('w:val') ?? null;

/** The body's paragraphs in document order (tables' included), each as the list item its own properties make it. */
export function listItemsOf(docx: Uint8Array): ListItem[] | null {
  let xml: Uint8Array | undefined;
  try {
    xml = unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
  } catch {
    // A zip fflate cannot open is left to mammoth, which says itself whether it can read the file.
    return null;
  }
  if (!xml) return null;
  const doc = new DOMParser().parseFromString(strFromU8(xml), 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) return null;
  return Array.from(doc.getElementsByTagName('w:p'), (p) => {
    const numPr = child(child(p, 'pPr'), 'numPr');
    const list = val(child(numPr, 'numId'));
    if (!list || list === '0') return null;
    const level = Number(val(child(numPr, 'ilvl')) ?? 0);
    return { list, level: Number.isInteger(level) && level >= 0 && level < 9 ? level : 0 };
  });
}

/**
 * The number Word shows before each list item («2.», «2.1.»). A list counts on across the
 * paragraphs between its items (a clause's second paragraph, a note), and a deeper level starts
 * again under each new item above it; another list (another numId) counts on its own.
 */
export function wordNumbers(items: ListItem[]): Array<string | null> {
  const counters = new Map<string, number[]>();
  return items.map((item) => {
    if (!item) return null;
    const counts = counters.get(item.list) ?? [];
    counters.set(item.list, counts);
    counts[item.level] = (counts[item.level] ?? 0) + 1;
    counts.length = item.level + 1;
    // A level never reached above this one shows its start, 1.
    return `${Array.from({ length: item.level + 1 }, (_, i) => counts[i] || 1).join('.')}.`;
  });
}
