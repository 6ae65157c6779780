import { BULLET_MARK } from '@/core/regulation/reader/items';
import { WORD_BREAK } from '@/core/regulation/reader/normalize';
import { rowLines } from './html-text';
import { textBounds, withoutPageFurniture } from './page-furniture';

/** A piece of a PDF page's text layer, as pdf.js gives it: x and y are transform[4] and [5], y growing up the page. */
export interface TextPiece {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  width?: number;
}

/** Consecutive pieces on one baseline with no gap wider than a letter: a line, or a table cell's line. */
interface Run {
  text: string;
  x: number;
  end: number;
  y: number;
  size: number;
  /** Written at an angle (a stamp, a watermark): a line of its own, never a cell. */
  turned: boolean;
}

/** A line of a page's text, with the runs it begins and ends with (none for a table's row). */
interface Line {
  text: string;
  first: Run | null;
  last: Run | null;
}

/** A page's lines, and where its text stands. */
interface Page {
  lines: Line[];
  leftEdge: number;
  rightEdge: number;
}

/** A paragraph's lines lie a line's height apart (in letter heights)… */
const LINE_STEP = 1.6;
/** …and a table's cell holds no more lines than this. */
const CELL_LINES = 12;
/** Words of a line are less than a letter's width apart: a wider gap may end a cell (or be a justified line's spread)… */
const WORD_GAP = 1;
/** …and one this wide on a line that stops short of the right edge is one. */
const WIDE_GAP = 2;
/** Cells that start at one place in this many rows (of lines not justified) make it a column. */
const COLUMN_ROWS = 3;
/** A list mark: «1)», «2.», «а)», «-», «•». */
const MARK = `(?:${BULLET_MARK}|\\d{1,2}[.)]|[а-яa-z]\\))`;
/** A cell's paragraph starts with a list mark. */
const ITEM_MARK = new RegExp(`^${MARK}\\s*`, 'u');
/** A list item's mark alone, set apart from its words by a tab: the item's start, not a table's cell. */
const MARK_ONLY = new RegExp(`^${MARK}$`, 'u');
/** Word's bullets drawn from Symbol and Wingdings, which reach a text layer as private-use characters. */
const SYMBOL_BULLETS = /[\uF0B7\uF0A7\uF076\uF0D8\uF0FC\uF0A8]/gu;
/** Where a cell's first line cannot reach back to: a clause or section heading above the table, which ends with a colon or opens with a number. */
const NOT_A_CELL = /:\s*$|^\d{1,2}(?:\.\d{1,2})*\.?\s/u;

function runsOf(pieces: TextPiece[]): Run[] {
  const runs: Run[] = [];
  let run: Run | null = null;
  for (const piece of pieces) {
    const [a = 1, b = 0, , d = 0, x = 0, y = 0] = piece.transform ?? [];
    const size = Math.abs(d) || 10;
    const turned = Math.abs(b) > Math.abs(a) * 0.05 || !(a > 0);
    // pdf.js fills wide gaps with a blank piece: the gap itself tells where a cell ends.
    if (piece.str.trim()) {
      const joins = run && !turned && !run.turned && Math.abs(y - run.y) <= size * 0.2 && x >= run.end - size && x < run.end + size * WORD_GAP;
      if (run && joins) {
        run.text += x > run.end + size * 0.15 && !/\s$/.test(run.text) && !/^\s/.test(piece.str) ? ` ${piece.str}` : piece.str;
        run.end = Math.max(run.end, x + (piece.width ?? 0));
      } else {
        if (run) runs.push(run);
        run = { text: piece.str, x, end: x + (piece.width ?? 0), y, size, turned };
      }
    }
    if (piece.hasEOL && run) {
      runs.push(run);
      run = null;
    }
  }
  if (run) runs.push(run);
  return runs.map((r) => ({ ...r, text: r.text.replace(SYMBOL_BULLETS, '•').replace(/\s+/g, ' ').trim() })).filter((r) => r.text);
}

/** Where `x` would go in the sorted `xs`. */
function sortedIndex(xs: number[], x: number): number {
  let [lo, hi] = [0, xs.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const onLine = (run: Run, next: Run) => !run.turned && !next.turned && Math.abs(next.y - run.y) <= run.size * 0.2;
const near = (a: number, b: number, size: number) => Math.abs(a - b) <= size * 0.5;

/** `next` starts where `run` ends or to its right, on its line: the next words of the line, or the next cell of a row. */
const after = (run: Run, next: Run) => onLine(run, next) && next.x >= run.end - run.size * 0.25;

/**
 * `next` begins to the right of where `run` ends, on its line or half a line and more higher up:
 * the next cell of a table row, not the next line (nor a footnote mark). Runs still apart on one
 * line were found to be cells by joinSpreadLines.
 */
const beside = (run: Run, next: Run) =>
  after(run, next) || (!run.turned && !next.turned && next.y >= run.y + run.size * 0.5 && next.x >= run.end - run.size * 0.25);

/**
 * Runs apart on one line are one line's words (joined again; a list mark and its item's words
 * too) unless something says they are a row's cells: a wide gap on a line that stops short of the
 * page's right edge (a justified line spreads its words to it), the next line starting under the
 * latter or to its right (a cell of several lines; a paragraph's next line goes back left), cells
 * of other rows starting at its place, or a cell begun there higher up (a row of centred cells).
 */
function joinSpreadLines(runs: Run[]): Run[] {
  const columns = runs.filter((run, i) => i > 0 && beside(runs[i - 1], run) && !onLine(runs[i - 1], run)).map((r) => r.x).sort((a, b) => a - b);
  const inColumn = (run: Run) => {
    const i = sortedIndex(columns, run.x);
    return [columns[i - 1], columns[i]].some((x) => x !== undefined && near(x, run.x, run.size));
  };
  const rightEdge = runs.reduce((edge, r) => (r.end > edge ? r.end : edge), 0);
  // Where each run's line ends, and where the next line starts.
  const lineEnd: number[] = [];
  const nextLine: Array<Run | undefined> = [];
  for (let i = runs.length - 1; i >= 0; i--) {
    const onward = i + 1 < runs.length && after(runs[i], runs[i + 1]);
    lineEnd[i] = onward ? lineEnd[i + 1] : runs[i].end;
    nextLine[i] = onward ? nextLine[i + 1] : runs[i + 1];
  }
  const shortOf = (i: number) => lineEnd[i] < rightEdge - runs[i].size;
  // Runs a gap apart from the one before on a line that is not justified, by where they start (to the point).
  const starts = new Map<number, number>();
  runs.forEach((run, i) => {
    if (i > 0 && after(runs[i - 1], run) && shortOf(i)) starts.set(Math.round(run.x), (starts.get(Math.round(run.x)) ?? 0) + 1);
  });
  const sharedStart = (run: Run) => [-1, 0, 1].reduce((n, d) => n + (starts.get(Math.round(run.x) + d) ?? 0), 0) >= COLUMN_ROWS;
  const out: Run[] = [];
  for (const [i, run] of runs.entries()) {
    const last = out.at(-1);
    if (!last || !after(last, run) || MARK_ONLY.test(last.text)) {
      if (last && after(last, run)) out[out.length - 1] = { ...last, text: `${last.text} ${run.text}`, end: run.end };
      else out.push(run);
      continue;
    }
    const below = nextLine[i];
    const wide = run.x >= last.end + run.size * WIDE_GAP && shortOf(i);
    const goesOnUnder = below !== undefined && below.y < run.y - run.size * 0.2 && below.x >= run.x - run.size * 0.5;
    if (wide || goesOnUnder || sharedStart(run) || inColumn(run)) out.push(run);
    else out[out.length - 1] = { ...last, text: `${last.text} ${run.text}`, end: run.end };
  }
  return out;
}

/** A cell's lines as its paragraphs: a wrapped line joins the one before it (a word hyphenated across them whole again), a list mark starts another. */
function paragraphs(cell: Run[]): string[] {
  const out: string[] = [];
  for (const { text } of cell) {
    const last = out.length - 1;
    if (last < 0 || ITEM_MARK.test(text)) out.push(text);
    else out[last] = wrapOn(out[last], text);
  }
  return cell.length > 1 && out.length > 1 ? out.map((p) => p.replace(ITEM_MARK, '')) : out;
}

/** A line and the next one it wraps on into; a word hyphenated across them is marked so for the reader (WORD_BREAK). */
const wrapOn = (line: string, next: string) => (/\p{L}-$/u.test(line) && /^\p{Ll}/u.test(next) ? `${line}${WORD_BREAK}${next}` : `${line} ${next}`);

/** What opens a clause, a section or a list item: a line never wrapped on into. */
const OPENS = new RegExp(`^(?:\\d{1,2}(?:\\.\\d{1,2})*[.)]?\\s|[IVXLC]+\\.\\s|(?:Глава|Раздел|Статья|Приложение|§)\\s|${MARK}\\s)`, 'iu');

/** About how wide a line's first word is (its share of the line's letters). */
const firstWordWidth = (run: Run) => ((run.end - run.x) * (run.text.split(' ')[0].length + 1)) / run.text.length;

/**
 * The page's text outside tables, a line per paragraph line, except that a line wrapped on into
 * the next (wrapsInto) is one with it: a sentence wrapped at a word with a capital («…администратор»
 * / «Учреждения…») stays one. The reader joins lines that go on in lower case itself; these it
 * cannot tell.
 */
function proseLines(runs: Run[], leftEdge: number, rightEdge: number): Line[] {
  const out: Line[] = [];
  let previous: Run | undefined;
  for (const run of runs) {
    const wraps =
      previous &&
      wrapsInto(previous, run, leftEdge, rightEdge) &&
      previous.y - run.y > 0 &&
      previous.y - run.y <= previous.size * LINE_STEP;
    const line = out[out.length - 1];
    if (wraps) Object.assign(line, { text: wrapOn(line.text, run.text), last: run });
    else out.push({ text: run.text, first: run, last: run });
    previous = run;
  }
  return out;
}

/**
 * `run` goes on from `previous`, the line above it (or the last of the page before): the next
 * one's first word would not have fitted after it, it starts back at the margin (a line indented
 * from it opened a paragraph), and it opens no clause or item. A word hyphenated across the two is
 * left for the reader, which joins such lines itself.
 */
function wrapsInto(previous: Run, run: Run, leftEdge: number, rightEdge: number): boolean {
  const indented = !near(previous.x, leftEdge, previous.size);
  return (
    previous.end + firstWordWidth(run) + previous.size * 0.25 >= rightEdge - previous.size * 0.5 &&
    (indented ? run.x < previous.x - previous.size * 0.5 : run.x <= previous.x + previous.size * 0.5) &&
    !OPENS.test(run.text) &&
    !/\p{L}-$/u.test(previous.text)
  );
}

/**
 * The lines that end at `last` and lie under one another in its column, a line's height apart:
 * the first cell of a table row, found when the row's second cell begins. Not the heading above
 * the table, nor a whole page column.
 */
function firstCell(lines: Run[], last: number): number {
  let from = last;
  while (from > 0 && last - from < CELL_LINES) {
    const above = lines[from - 1];
    const below = lines[from];
    const step = above.y - below.y;
    if (!near(above.x, below.x, below.size) || step <= 0 || step > below.size * LINE_STEP || NOT_A_CELL.test(above.text)) break;
    from--;
  }
  return last - from < CELL_LINES ? from : last;
}

/**
 * A PDF page's text as lines. A table row (its cells printed one after another, each cell's lines
 * under one another) is one line per row, « — » between the cells, as a Word or web table reads
 * (html-text.ts): «Модератор чата — удаляет рекламу». Without this the cells' lines came
 * interleaved, or glued («Модераторудаляет рекламу»).
 */
function pageOf(pieces: TextPiece[]): Page {
  const runs = joinSpreadLines(runsOf(pieces));
  const rightEdge = runs.reduce((edge, r) => (r.end > edge ? r.end : edge), 0);
  const leftEdge = runs.reduce((edge, r) => (r.x < edge ? r.x : edge), rightEdge);
  const out: Line[] = [];
  /** Lines not yet given out: the latest may turn out to be a table's first cell. */
  let loose: Run[] = [];
  let row: Run[][] | null = null;
  const endRow = () => {
    if (row) out.push(...rowLines(row.map(paragraphs)).map((text) => ({ text, first: null, last: null })));
    row = null;
  };
  for (const [i, run] of runs.entries()) {
    const previous = runs[i - 1];
    if (row) {
      const cell = row[row.length - 1];
      if (beside(previous, run)) row.push([run]);
      else if (run.y < previous.y && run.x >= cell[0].x - run.size * 0.5) cell.push(run);
      else {
        endRow();
        loose.push(run);
      }
      continue;
    }
    if (previous && loose.length && beside(previous, run)) {
      const from = firstCell(loose, loose.length - 1);
      out.push(...proseLines(loose.slice(0, from), leftEdge, rightEdge));
      row = [loose.slice(from), [run]];
      loose = [];
      continue;
    }
    loose.push(run);
  }
  endRow();
  out.push(...proseLines(loose, leftEdge, rightEdge));
  return { lines: out, leftEdge, rightEdge };
}

export const pageLines = (pieces: TextPiece[]): string[] => pageOf(pieces).lines.map((l) => l.text);

/** What documentLines needs of a document pdf.js opened (its browser build here, its Node build in tests). */
export interface PdfPages {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>;
}

/**
 * A PDF's text, page by page, without page numbers and running headers; a sentence wrapped from
 * one page's last line to the next page's first (past the footer and header) stays one line.
 */
export async function documentLines(pdf: PdfPages): Promise<string> {
  const pages: Page[] = [];
  for (let n = 1; n <= pdf.numPages; n++) pages.push(pageOf((await (await pdf.getPage(n)).getTextContent()).items as TextPiece[]));
  const { first, last } = textBounds(pages.map((p) => p.lines.map((l) => l.text)));
  for (let n = 0; n + 1 < pages.length; n++) {
    const end = pages[n].lines[last[n]];
    const start = pages[n + 1].lines[first[n + 1]];
    // (A page whose only line went on from the page before has nothing left to go on from.)
    if (!end?.text || !end.last || !start?.first || !wrapsInto(end.last, start.first, pages[n].leftEdge, pages[n].rightEdge)) continue;
    Object.assign(end, { text: wrapOn(end.text, start.text), last: start.last });
    start.text = '';
  }
  return withoutPageFurniture(pages.map((p) => p.lines.map((l) => l.text).filter(Boolean)));
}
