/** «2», «- 2 -», «стр. 2», «Страница 2 из 5», «2/5». */
export const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:(?:стр|страница|лист)\.?\s*)?\d{1,3}(?:\s*(?:из|\/)\s*\d{1,3})?(?:\s*[-–—])?$/iu;

/** A line with its numbers left out, so «Положение … стр. 2» and «… стр. 3» are the same header. */
const shape = (line: string) => line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A printed document's pages as text, without what is printed on every page: page numbers at a
 * page's top or bottom, and a header or footer repeated on most pages. Left in, they land in the
 * middle of whichever clause runs across the page break.
 */
export function withoutPageFurniture(pages: string[][], { first, last } = textBounds(pages)): string {
  // An empty line is one the page before took in (pdf-layout.ts): nothing of it is left.
  return pages.map((page, n) => page.slice(first[n], last[n] + 1).filter(Boolean).join('\n')).join('\n\n');
}

/**
 * Where each page's own text begins and ends (indexes of its first and last lines that are not
 * furniture): a page number may sit under or over a running header, so each edge's lines are
 * taken off while they are furniture.
 */
export function textBounds(pages: string[][]): { first: number[]; last: number[] } {
  const edges = (page: string[]) => [page[0], page[page.length - 1]].filter((l): l is string => l !== undefined);
  const counts = new Map<string, number>();
  for (const page of pages) for (const line of new Set(edges(page).map(shape))) counts.set(line, (counts.get(line) ?? 0) + 1);
  const repeated = (line: string) => pages.length >= 3 && (counts.get(shape(line)) ?? 0) >= Math.ceil(pages.length / 2);
  const furniture = (line: string) => PAGE_NUMBER.test(line.trim()) || repeated(line);
  const first = pages.map((page) => {
    let i = 0;
    while (i < page.length && furniture(page[i])) i++;
    return i;
  });
  const last = pages.map((page, n) => {
    let i = page.length - 1;
    while (i >= first[n] && furniture(page[i])) i--;
    return i;
  });
  return { first, last };
}
