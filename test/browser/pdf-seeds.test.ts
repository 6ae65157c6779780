import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRegulation } from '@/core/regulation/reader/read';
import { documentLines } from '@/entrypoints/shared/document-text/pdf-layout';
import { launchChromium, ROOT } from './harness';
import { pdfOfHtml } from './regulation-documents';

const SEEDS = join(ROOT, 'test/fixtures/seeds');
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** Two ways schools' regulations reach a PDF: a text kept as typed, and justified paragraphs with a first-line indent on a narrower page. */
const LAYOUTS = {
  typed: (text: string) => `<!doctype html><meta charset="utf-8"><body style="font: 12pt serif; white-space: pre-wrap">${escape(text)}</body>`,
  justified: (text: string) =>
    `<!doctype html><meta charset="utf-8"><body style="font: 12pt serif; width: 13cm">${text
      .split('\n')
      .map((line) => `<p style="text-align: justify; margin: 0 0 4pt; text-indent: 1cm">${escape(line)}</p>`)
      .join('')}</body>`,
};

/** A draft's lines as what they are and how they open (their words' letters and digits), to compare one reading with another. */
function linesOf(text: string): string[] {
  const read = readRegulation(text, 'положение');
  if (!read.ok) throw new Error(read.problem);
  return read.draft.lines.map((l) => `${l.kind} ${l.role} ${l.clause} ${l.text.replace(/[^\p{L}\d]+/gu, '').slice(0, 60)}`);
}

let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  browser = await launchChromium(null, null);
});
afterAll(() => browser?.close());

// The five real regulations, printed to PDF by Chromium, read as from their text: the PDF's lines
// wrapped at the page's width (some at a word with a capital, some at a hyphen, some across a
// page's end) are one again.
describe('the seeds from a PDF read as from their text', () => {
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
    it.each(Object.entries(LAYOUTS))(`${file}, %s`, async (_, html) => {
      const text = readFileSync(join(SEEDS, file), 'utf8');
      const pdf = await getDocument({ data: new Uint8Array(await pdfOfHtml(browser.context, html(text))), isEvalSupported: false }).promise;
      const fromPdf = linesOf(await documentLines(pdf));
      await pdf.destroy();
      const fromText = linesOf(text);
      const differ = [...fromText.filter((l) => !fromPdf.includes(l)), ...fromPdf.filter((l) => !fromText.includes(l))];
      expect(differ).toEqual([]);
    });
  }
});
