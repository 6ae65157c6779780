import { unzipSync } from 'fflate';
import { mergedRows, rowLines, rowSpanOf } from './html-text';
import { xmlPart } from './xml-part';

/** An OpenDocument text (LibreOffice's .odt): its content.xml, a line per paragraph, heading, list item or table row. */
export function odtText(bytes: Uint8Array): string {
  const doc = xmlPart(unzipSync(bytes, { filter: (f) => f.name === 'content.xml' })['content.xml']);
  if (!doc) throw new Error('no content.xml, or a broken one');
  const lines: string[] = [];
  const text = (node: Node): string =>
    Array.from(node.childNodes)
      .map((n) => {
        if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
        const el = n as Element;
        if (el.localName === 's') return ' '.repeat(Number(el.getAttribute('text:c') ?? 1));
        if (el.localName === 'tab' || el.localName === 'line-break') return ' ';
        // A footnote's mark and text sit inside the paragraph that cites it: left out, as in Word files.
        if (el.localName === 'note') return '';
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
        lines: Array.from(cell.children).map(text),
        rowSpan: rowSpanOf(cell.getAttribute('table:number-rows-spanned')),
        // The columns a merged cell spans across are covered cells of their own, each in its place.
        colSpan: 1,
        covered: cell.localName === 'covered-table-cell',
      })),
    );
  };
  const walk = (node: Element, inList: boolean) => {
    for (const child of Array.from(node.children)) {
      if (child.localName === 'table-row') {
        lines.push(...rowLines(rowOf(child)));
      } else if (child.localName === 'p' || child.localName === 'h') {
        const line = text(child).trim();
        if (line) lines.push(inList && !/^(?:\d|[-–—•])/.test(line) ? `- ${line}` : line);
      } else walk(child, inList || child.localName === 'list');
    }
  };
  walk(doc.documentElement, false);
  return lines.join('\n');
}
