/**
 * The found words marked in the page's own text without touching its DOM: the CSS Custom
 * Highlight API (a Range per finding, one named highlight). Where the browser has no such API,
 * or will not take the style, the flag beside the message is the only mark.
 */
const NAME = 'steward-found';
const CSS_TEXT = `::highlight(${NAME}) { background-color: rgba(239, 68, 68, 0.3); text-decoration: underline wavy #dc2626; }`;

let styled = false;
function style(): boolean {
  if (styled) return true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    styled = true;
  } catch {
    // Firefox's content scripts cannot adopt a sheet into the page: no highlight, the flag stays.
  }
  return styled;
}

/** A Range over [start, end) of `root`'s text (as textContent counts it), or null when the text has changed since. */
function rangeIn(root: Node, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start < offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}

const highlightsSupported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** Marks these stretches of these elements' text (all at once: the highlight is one for the page). */
export function highlightFound(marks: Array<{ root: Node; start: number; end: number }>): boolean {
  if (!highlightsSupported() || !style()) return false;
  const ranges = marks.map((m) => rangeIn(m.root, m.start, m.end)).filter((r): r is Range => r !== null);
  if (ranges.length) CSS.highlights.set(NAME, new Highlight(...ranges));
  else CSS.highlights.delete(NAME);
  return true;
}
