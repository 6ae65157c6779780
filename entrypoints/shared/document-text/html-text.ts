const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TD', 'TH', 'DIV', 'BLOCKQUOTE']);

/**
 * A table row's cells in one line, « — » between them («Модератор — удаляет рекламу», as the row
 * reads); a first cell that is a clause number opens the line as the clause («2.1. Модератор …»).
 */
function rowLine(cells: string[]): string {
  const [first, ...rest] = cells.map((c) => c.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (first === undefined) return '';
  if (!/^(?:п\.\s*)?\d{1,2}(?:\.\d{1,2}){0,4}\.?$/u.test(first) || !rest.length) return [first, ...rest].join(' — ');
  // «2» alone in a numbers column is clause 2, as «2.» would be.
  return `${/\./.test(first) ? first : `${first}.`} ${rest.join(' — ')}`;
}

/**
 * A table row as lines, each cell given as its paragraphs: one line, or, when the last cell holds
 * several paragraphs (a role's duties one under another), a line for each with the cells before
 * it («Модератор — удаляет рекламу», «Модератор — напоминает о правилах»).
 */
export function rowLines(cells: string[][]): string[] {
  const filled = cells.map((paragraphs) => paragraphs.map((p) => p.trim()).filter(Boolean)).filter((paragraphs) => paragraphs.length);
  const last = filled.at(-1);
  if (!last) return [];
  const before = filled.slice(0, -1).map((paragraphs) => paragraphs.join(' '));
  if (last.length === 1 || !before.length) return [rowLine([...before, last.join(' ')])];
  return last.map((paragraph) => rowLine([...before, paragraph.replace(/^[-–—•]\s*/u, '')]));
}

/** A table cell as a row gives it: its paragraphs, the rows and columns it spans, and whether it is the covered part of a merged cell (an .odt writes those out). */
export interface RowCell {
  lines: string[];
  rowSpan: number;
  colSpan: number;
  covered?: boolean;
}

/** Spans as written, kept sane: a hostile «rowspan="1e9"» carries a cell no further than a table's length. */
const span = (value: string | null, max: number) => Math.min(Math.max(Math.floor(Number(value)) || 1, 1), max);
export const rowSpanOf = (value: string | null) => span(value, 1000);
const colSpanOf = (value: string | null) => span(value, 100);

/**
 * Tables' rows with merged cells filled in: a cell merged down over several rows («Модератор
 * чата» beside each of its duties, one a row) is given again in each row it covers, where HTML
 * (rowspan) leaves it out and an .odt leaves a covered cell. Else those rows lose their role.
 * Each table (whatever stands for it) carries its own merged cells down.
 */
export function mergedRows(): (table: object, cells: RowCell[]) => string[][] {
  const tables = new WeakMap<object, Map<number, { lines: string[]; left: number }>>();
  return (table, cells) => {
    const carried = tables.get(table) ?? new Map<number, { lines: string[]; left: number }>();
    tables.set(table, carried);
    const row: string[][] = [];
    let col = 0;
    const takeCarried = () => {
      for (let c = carried.get(col); c && c.left > 0; c = carried.get(col)) {
        row.push(c.lines);
        c.left--;
        col++;
      }
    };
    for (const cell of cells) {
      if (cell.covered) {
        const c = carried.get(col);
        if (c && c.left > 0) {
          row.push(c.lines);
          c.left--;
        }
        col++;
        continue;
      }
      takeCarried();
      if (cell.rowSpan > 1) carried.set(col, { lines: cell.lines, left: cell.rowSpan - 1 });
      row.push(cell.lines);
      col += cell.colSpan;
    }
    takeCarried();
    return row;
  };
}

/** A table cell's paragraphs and list items; its text when it holds none (words, or only inline ones: «<b>Модератор</b>»). */
function cellLines(cell: Element): string[] {
  const lines = blockText(cell).split('\n').filter(Boolean);
  return lines.length ? lines : cellParagraphs(cell.textContent ?? '');
}

/**
 * A cell's text with line breaks as the paragraphs it reads as: a break before a dash or bullet
 * starts a duty of its own («- создаёт чат;» ⏎ «- публикует расписание»), as a PDF of it reads;
 * any other is a space («УТВЕРЖДАЮ» ⏎ «Директор …»).
 */
/**
 * A row's cells, those merged with the cell above (`continued`, by their place in the row) being
 * that cell again, as a role's cell merged down over its duties' rows reads in every format.
 */
export const withCellsAbove = (cells: string[][], continued: boolean[], above: string[][]) => cells.map((cell, at) => (continued[at] && above[at] ? above[at] : cell));

export const cellParagraphs = (text: string) => text.split(/\n(?=\s*[-–—•])/u).map((p) => p.replace(/\n/g, ' '));

/**
 * One line per paragraph, heading, list item or table row; numbered list items get their number
 * as Word shows it («2.», «2.1.»), bulleted ones a dash, so the reader sees the clauses as written.
 */
export function blockText(root: Element): string {
  // A line break inside a paragraph (Word's Shift+Enter, a site's <br>) parts words: textContent would join them.
  for (const br of Array.from(root.querySelectorAll('br'))) br.replaceWith('\n');
  const lines: string[] = [];
  const rows = mergedRows();
  const rowOf = (tr: Element) =>
    rows(tr.closest('table') ?? root, Array.from(tr.children).map((td) => ({ lines: cellLines(td), rowSpan: rowSpanOf(td.getAttribute('rowspan')), colSpan: colSpanOf(td.getAttribute('colspan')) })));
  const walk = (node: Element, numbers: number[]) => {
    let index = 0;
    for (const child of Array.from(node.children)) {
      if (child.tagName === 'TR') {
        lines.push(...rowLines(rowOf(child)));
        continue;
      }
      if (child.tagName === 'OL' || child.tagName === 'UL') {
        walk(child, numbers);
        continue;
      }
      if (child.tagName === 'LI') {
        const ordered = node.tagName === 'OL';
        index++;
        const here = ordered ? [...numbers, index] : numbers;
        const own = Array.from(child.childNodes)
          .filter((n) => !(n instanceof Element && (n.tagName === 'OL' || n.tagName === 'UL')))
          .map((n) => n.textContent ?? '')
          .join('')
          .trim();
        if (own) lines.push(`${ordered ? `${here.join('.')}. ` : '- '}${own}`);
        for (const list of Array.from(child.children).filter((c) => c.tagName === 'OL' || c.tagName === 'UL')) walk(list, here);
        continue;
      }
      if (BLOCKS.has(child.tagName) && !Array.from(child.children).some((c) => BLOCKS.has(c.tagName) || c.tagName === 'OL' || c.tagName === 'UL')) {
        const text = (child.textContent ?? '').trim();
        if (text) lines.push(text);
      } else walk(child, numbers);
    }
  };
  walk(root, []);
  return lines.join('\n');
}
