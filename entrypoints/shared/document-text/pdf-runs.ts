import { BULLET_MARK } from '@/core/regulation/reader/items';

// Where a PDF page's text stands, from pdf.js's pieces: lines, and the cells of a table's rows.

/** A piece of a PDF page's text layer, as pdf.js gives it: x and y are transform[4] and [5], y growing up the page. */
export interface TextPiece {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  width?: number;
}

/** Consecutive pieces on one baseline with no gap wider than a letter: a line, or a table cell's line. */
export interface Run {
  text: string;
  x: number;
  end: number;
  y: number;
  size: number;
  /** Written at an angle (a stamp, a watermark): a line of its own, never a cell. */
  turned: boolean;
}

/** Words of a line are less than a letter's width apart: a wider gap may end a cell (or be a justified line's spread)… */
const WORD_GAP = 1;
/** …and one this wide on a line that stops short of the right edge is one. */
const WIDE_GAP = 2;
/** Cells that start at one place in this many rows (of lines not justified) make it a column. */
const COLUMN_ROWS = 3;
/** A list mark: «1)», «2.», «а)», «-», «•». */
export const MARK = `(?:${BULLET_MARK}|\\d{1,2}[.)]|[а-яa-z]\\))`;
/** A list item's mark alone, set apart from its words by a tab: the item's start, not a table's cell. */
const MARK_ONLY = new RegExp(`^${MARK}$`, 'u');
/** Word's bullets drawn from Symbol and Wingdings, which reach a text layer as private-use characters. */
const SYMBOL_BULLETS = /[\uF0B7\uF0A7\uF076\uF0D8\uF0FC\uF0A8]/gu;

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

/** Where the page's text ends on the right: a justified line reaches it. */
export const rightEdgeOf = (runs: Run[]) => runs.reduce((edge, r) => (r.end > edge ? r.end : edge), 0);

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

export const onLine = (run: Run, next: Run) => !run.turned && !next.turned && Math.abs(next.y - run.y) <= run.size * 0.2;
export const near = (a: number, b: number, size: number) => Math.abs(a - b) <= size * 0.5;

/** `next` starts where `run` ends or to its right, on its line: the next words of the line, or the next cell of a row. */
const after = (run: Run, next: Run) => onLine(run, next) && next.x >= run.end - run.size * 0.25;

/**
 * `next` begins to the right of where `run` ends, on its line or half a line and more higher up:
 * the next cell of a table row, not the next line (nor a footnote mark). Runs still apart on one
 * line were found to be cells by joinSpreadLines.
 */
export const beside = (run: Run, next: Run) =>
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
  const rightEdge = rightEdgeOf(runs);
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
  const startsCell = (i: number, last: Run) => {
    const run = runs[i];
    const below = nextLine[i];
    const wide = run.x >= last.end + run.size * WIDE_GAP && shortOf(i);
    const goesOnUnder = below !== undefined && below.y < run.y - run.size * 0.2 && below.x >= run.x - run.size * 0.5;
    return !MARK_ONLY.test(last.text) && (wide || goesOnUnder || sharedStart(run) || inColumn(run));
  };
  const out: Run[] = [];
  for (const [i, run] of runs.entries()) {
    const last = out.at(-1);
    if (last && after(last, run) && !startsCell(i, last)) out[out.length - 1] = { ...last, text: `${last.text} ${run.text}`, end: run.end };
    else out.push(run);
  }
  return out;
}

/** A page's text pieces as runs: a line's words together, a table row's cells apart. */
export const runsOfPage = (pieces: TextPiece[]): Run[] => joinSpreadLines(runsOf(pieces));
