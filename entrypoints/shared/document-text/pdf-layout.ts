import { brokenWord, WORD_BREAK } from '@/core/regulation/reader/normalize';
import { rowLines } from './html-text';
import { PAGE_NUMBER, textBounds, withoutPageFurniture } from './page-furniture';
import { beside, MARK, near, rightEdgeOf, runsOfPage, type Run, type TextPiece } from './pdf-runs';

export type { TextPiece } from './pdf-runs';

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
/** …and a table's cell holds no more lines than this, its paragraphs no further apart than this. */
const CELL_LINES = 12;
const CELL_STEP = 2.5;
/** A cell's paragraph starts with a list mark. */
const ITEM_MARK = new RegExp(`^${MARK}\\s*`, 'u');
/** Where a cell's first line cannot reach back to: a clause or section heading above the table, which ends with a colon or opens with a number. */
const NOT_A_CELL = /:\s*$|^\d{1,2}(?:\.\d{1,2})*\.?\s/u;

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
const wrapOn = (line: string, next: string) => (brokenWord(line, next) ? `${line}${WORD_BREAK}${next}` : `${line} ${next}`);

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
 * `run` is the next line of the cell that opened with `top` and last had `previous`: under it, in
 * its column, no further down than a paragraph's spacing (Word puts 8 pt after each, in cells too).
 * Not a page number or a signature under the table, though it stands under the last column.
 */
const continuesCell = (previous: Run, run: Run, top: Run) =>
  run.y < previous.y && previous.y - run.y <= previous.size * CELL_STEP && run.x >= top.x - run.size * 0.5 && !PAGE_NUMBER.test(run.text);

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
  const runs = runsOfPage(pieces);
  const rightEdge = rightEdgeOf(runs);
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
      else if (continuesCell(previous, run, cell[0])) cell.push(run);
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
  const textsOf = () => pages.map((p) => p.lines.map((l) => l.text));
  const bounds = textBounds(textsOf());
  const { first, last } = bounds;
  for (let n = 0; n + 1 < pages.length; n++) {
    const end = pages[n].lines[last[n]];
    const start = pages[n + 1].lines[first[n + 1]];
    // (A page whose only line went on from the page before has nothing left to go on from.)
    if (!end?.text || !end.last || !start?.first || !wrapsInto(end.last, start.first, pages[n].leftEdge, pages[n].rightEdge)) continue;
    Object.assign(end, { text: wrapOn(end.text, start.text), last: start.last });
    start.text = '';
  }
  // The bounds found before the lines went on: the line that went on is empty in its place.
  return withoutPageFurniture(textsOf(), bounds);
}
