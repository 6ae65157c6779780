const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TD', 'TH', 'DIV', 'BLOCKQUOTE']);

/**
 * One line per paragraph, heading or list item; numbered list items get their number as Word
 * shows it («2.», «2.1.»), bulleted ones a dash, so the reader sees the clauses as written.
 */
export function blockText(root: Element): string {
  const lines: string[] = [];
  const walk = (node: Element, numbers: number[]) => {
    let index = 0;
    for (const child of Array.from(node.children)) {
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
