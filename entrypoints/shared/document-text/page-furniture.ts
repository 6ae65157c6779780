/** «2», «- 2 -», «стр. 2», «Страница 2 из 5», «2/5». */
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:(?:стр|страница|лист)\.?\s*)?\d{1,3}(?:\s*(?:из|\/)\s*\d{1,3})?(?:\s*[-–—])?$/iu;

/** A line with its numbers left out, so «Положение … стр. 2» and «… стр. 3» are the same header. */
const shape = (line: string) => line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A printed document's pages as text, without what is printed on every page: page numbers at a
 * page's top or bottom, and a header or footer repeated on most pages. Left in, they land in the
 * middle of whichever clause runs across the page break.
 */
export function withoutPageFurniture(pages: string[][]): string {
  const edges = (page: string[]) => [page[0], page[page.length - 1]].filter((l): l is string => l !== undefined);
  const counts = new Map<string, number>();
  for (const page of pages) for (const line of new Set(edges(page).map(shape))) counts.set(line, (counts.get(line) ?? 0) + 1);
  const repeated = (line: string) => pages.length >= 3 && (counts.get(shape(line)) ?? 0) >= Math.ceil(pages.length / 2);
  const furniture = (line: string) => PAGE_NUMBER.test(line.trim()) || repeated(line);
  return pages
    .map((page) => {
      const kept = [...page];
      // A page number may sit under or over a running header: take each edge's lines while they are furniture.
      while (kept.length && furniture(kept[0])) kept.shift();
      while (kept.length && furniture(kept[kept.length - 1])) kept.pop();
      return kept.join('\n');
    })
    .join('\n\n');
}
