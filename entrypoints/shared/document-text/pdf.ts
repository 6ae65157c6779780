import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { documentLines } from './pdf-layout';
import { checkStreams } from './pdf-streams';

GlobalWorkerOptions.workerSrc = workerUrl;

/** A PDF's text layer, a line per line of the page or row of a table, without page numbers and running headers (empty for a scan: it has only pictures). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  checkStreams(bytes);
  const pdf = await getDocument({ data: bytes, isEvalSupported: false }).promise;
  try {
    return await documentLines(pdf);
  } finally {
    await pdf.destroy();
  }
}
