import { cellParagraphs, mergedRows, rowLines, rowSpanOf } from './html-text';
import { unzipParts } from './unzip';
import { nextCount, odfLabel, odfNumbering, startValue, type OdfLevel } from './odt-numbers';
import { xmlPart } from './xml-part';

/** A list being read: its levels, its counts (shared with the lists it continues), and how deep this one is. */
interface ListContext {
  style: string | null;
  levels: OdfLevel[];
  counts: number[];
  depth: number;
}

/** The names of the text styles that hide what they mark (LibreOffice's «hidden» character format). */
function hidingStyles(parts: Array<Document | null>): Set<string> {
  const names = new Set<string>();
  for (const part of parts)
    for (const style of Array.from(part?.getElementsByTagName('style:style') ?? []))
      for (const props of Array.from(style.getElementsByTagName('style:text-properties')))
        if (props.getAttribute('text:display') === 'none') names.add(style.getAttribute('style:name') ?? '');
  return names;
}

/**
 * An OpenDocument text (LibreOffice's .odt): its content.xml, a line per paragraph, heading, list
 * item or table row, numbered headings and list items with the numbers LibreOffice shows (from the
 * outline and list styles, content.xml's and styles.xml's); text deleted with its changes tracked,
 * hidden text and footnotes left out.
 */
export function odtText(bytes: Uint8Array): string {
  const files = unzipParts(bytes, (name) => name === 'content.xml' || name === 'styles.xml');
  const doc = xmlPart(files['content.xml']);
  if (!doc) throw new Error('no content.xml, or a broken one');
  const styles = xmlPart(files['styles.xml']);
  const numbering = odfNumbering([styles, doc]);
  const hiding = hidingStyles([styles, doc]);
  const lines: string[] = [];
  const text = (node: Node): string =>
    Array.from(node.childNodes)
      .map((n) => {
        if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
        if (n.nodeType !== Node.ELEMENT_NODE) return '';
        const el = n as Element;
        if (el.localName === 's') return ' '.repeat(Math.min(Number(el.getAttribute('text:c') ?? 1) || 1, 100));
        if (el.localName === 'tab') return ' ';
        // A line break inside a paragraph (Shift+Enter) parts lines, as in Word files.
        if (el.localName === 'line-break') return '\n';
        // A footnote's mark and text sit inside the paragraph that cites it: left out, as in Word files.
        if (el.localName === 'note' || el.localName === 'hidden-text') return '';
        // A text box anchored in a paragraph (a stamp «УТВЕРЖДАЮ» beside the title): its paragraphs are lines of their own.
        if (el.localName === 'frame') return `${Array.from(el.getElementsByTagName('text:p')).map((p) => `\n${text(p)}`).join('')}\n`;
        if (hiding.has(el.getAttribute('text:style-name') ?? '')) return '';
        return text(el);
      })
      .join('');
  const rows = mergedRows();
  const rowOf = (row: Element) => {
    let table: Element | null = row.parentElement;
    while (table && table.localName !== 'table') table = table.parentElement;
    return rows(
      table ?? row,
      Array.from(row.children).map((cell) => ({
        lines: Array.from(cell.children).flatMap((p) => cellParagraphs(text(p))),
        rowSpan: rowSpanOf(cell.getAttribute('table:number-rows-spanned')),
        // The columns a merged cell spans across are covered cells of their own, each in its place.
        colSpan: 1,
        covered: cell.localName === 'covered-table-cell',
      })),
    );
  };

  const outline: number[] = [];
  /** Lists by xml:id, and the last list of each style, for the lists that continue one. */
  const byId = new Map<string, number[]>();
  const lastOfStyle = new Map<string, number[]>();
  const paragraph = (el: Element, label: string | null, inList: boolean) => {
    const [line, ...more] = text(el)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!line) return;
    if (label) lines.push(`${label} ${line}`);
    else lines.push(inList && !/^(?:\d|[-–—•])/.test(line) ? `- ${line}` : line);
    lines.push(...more);
  };
  const heading = (el: Element) => {
    const level = Math.min(Math.max(Number(el.getAttribute('text:outline-level') ?? 1) || 1, 1), 10) - 1;
    if (el.getAttribute('text:is-list-header') === 'true' || !numbering.outline[level] || numbering.outline[level].format === 'none') return paragraph(el, null, false);
    const restart = el.getAttribute('text:restart-numbering') === 'true' ? (startValue(el.getAttribute('text:start-value')) ?? 1) : null;
    nextCount(outline, level, numbering.outline, restart);
    paragraph(el, odfLabel(outline, level, numbering.outline), false);
  };
  const listOf = (el: Element, outer: ListContext | null): ListContext => {
    // Named by the list, or the list it is in, or else by its first paragraph's style (looked for only then).
    const byParagraph = () => {
      const first = el.getElementsByTagName('text:p')[0] ?? el.getElementsByTagName('text:h')[0];
      return numbering.paragraphLists.get(first?.getAttribute('text:style-name') ?? '');
    };
    const style = el.getAttribute('text:style-name') ?? outer?.style ?? byParagraph() ?? null;
    const levels = numbering.lists.get(style ?? '') ?? [];
    if (outer) return { style, levels: outer.levels.length ? outer.levels : levels, counts: outer.counts, depth: Math.min(outer.depth + 1, 9) };
    const continued = el.getAttribute('text:continue-list');
    const counts = (continued ? byId.get(continued) : el.getAttribute('text:continue-numbering') === 'true' ? lastOfStyle.get(style ?? '') : undefined) ?? [];
    const id = el.getAttribute('xml:id');
    if (id) byId.set(id, counts);
    lastOfStyle.set(style ?? '', counts);
    return { style, levels, counts, depth: 0 };
  };
  const item = (el: Element, list: ListContext) => {
    const first = el.firstElementChild;
    // An item that holds only a deeper list is not counted at its own level.
    const numbered = el.localName === 'list-item' && (first?.localName === 'p' || first?.localName === 'h');
    let label: string | null = null;
    if (numbered) {
      nextCount(list.counts, list.depth, list.levels, startValue(el.getAttribute('text:start-value')));
      label = odfLabel(list.counts, list.depth, list.levels);
    }
    for (const child of Array.from(el.children)) {
      if (child.localName === 'p' || child.localName === 'h') {
        paragraph(child, label, true);
        label = null;
      } else read(child, list);
    }
  };
  const read = (el: Element, list: ListContext | null) => {
    const name = el.localName;
    // What a tracked change deleted is kept here, apart from the text.
    if (name === 'tracked-changes') return;
    if (name === 'table-row') lines.push(...rowLines(rowOf(el)));
    else if (name === 'h' && !list) heading(el);
    else if (name === 'p' || name === 'h') paragraph(el, null, !!list);
    else if (name === 'list') {
      const inner = listOf(el, list);
      for (const child of Array.from(el.children)) read(child, inner);
    }
    else if ((name === 'list-item' || name === 'list-header') && list) item(el, list);
    else for (const child of Array.from(el.children)) read(child, list);
  };
  read(doc.documentElement, null);
  return lines.join('\n');
}
