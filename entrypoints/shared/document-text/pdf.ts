import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { withoutPageFurniture } from './page-furniture';

GlobalWorkerOptions.workerSrc = workerUrl;

interface TextPiece {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
}

/** A PDF's text layer, a line per line of the page, without page numbers and running headers (empty for a scan: it has only pictures). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, isEvalSupported: false }).promise;
  const pages: string[][] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const lines: string[] = [];
      let line = '';
      let y: number | null = null;
      for (const item of content.items as TextPiece[]) {
        const itemY = item.transform?.[5] ?? null;
        if (y !== null && itemY !== null && Math.abs(itemY - y) > 2 && line.trim()) {
          lines.push(line.trim());
          line = '';
        }
        line += item.str;
        y = itemY ?? y;
        if (item.hasEOL) {
          lines.push(line.trim());
          line = '';
        }
      }
      if (line.trim()) lines.push(line.trim());
      pages.push(lines.filter(Boolean));
    }
  } finally {
    await pdf.destroy();
  }
  return withoutPageFurniture(pages);
}
