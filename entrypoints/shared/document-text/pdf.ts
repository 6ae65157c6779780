import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { withoutPageFurniture } from './page-furniture';
import { pageLines, type TextPiece } from './pdf-layout';

GlobalWorkerOptions.workerSrc = workerUrl;

/** A PDF's text layer, a line per line of the page or row of a table, without page numbers and running headers (empty for a scan: it has only pictures). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, isEvalSupported: false }).promise;
  const pages: string[][] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      pages.push(pageLines((await page.getTextContent()).items as TextPiece[]));
    }
  } finally {
    await pdf.destroy();
  }
  return withoutPageFurniture(pages);
}
