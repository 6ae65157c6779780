import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_PROFILES } from '../../core/regulation/profiles';
import { compareDuties } from '../../core/regulation/reader/compare';
import { compileDraft } from '../../core/regulation/reader/draft';
import { readRegulation } from '../../core/regulation/reader/read';
import { launchExtension, ROOT, startFixtureServer } from '../../test/browser/harness';
import { docxOf, pdfOf } from '../../test/browser/regulation-documents';

const seedText = (file: string) => readFileSync(join(ROOT, 'test/fixtures/seeds', file), 'utf8');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Each seed read as it is, against the profile made from it by hand: duties found, clauses, quiet hours, time. */
export function readerFigures() {
  return BUILT_IN_PROFILES.map((byHand) => {
    const text = seedText(byHand.document);
    const times: number[] = [];
    let result = readRegulation(text, byHand.document);
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      result = readRegulation(text, byHand.document);
      times.push(performance.now() - start);
    }
    if (!result.ok) return { id: byHand.id, problem: result.problem };
    const compiled = compileDraft(result.draft);
    if (!compiled.ok) return { id: byHand.id, problem: compiled.problem };
    const comparison = compareDuties(compiled.profile, byHand);
    const quietExact = JSON.stringify(compiled.profile.quietHours ?? null) === JSON.stringify(byHand.quietHours ?? null);
    const moderationExact = !byHand.moderation || JSON.stringify(compiled.profile.moderation) === JSON.stringify(byHand.moderation);
    return { id: byHand.id, comparison, quietExact, moderationExact, ms: median(times) };
  });
}

/**
 * The user's path: a .docx and a .pdf of a seed chosen in the review page of the built extension
 * in real Chromium, until the profile read from it is on screen (median of 3 each).
 */
export async function reviewPageFigures(): Promise<{ docxMs: number; pdfMs: number }> {
  const server = await startFixtureServer();
  const ext = await launchExtension(server.port);
  try {
    const text = seedText('004_06f30dde32296af5.txt');
    const files = {
      docx: { name: 'Положение.docx', mimeType: 'application/octet-stream', buffer: await docxOf(text) },
      pdf: { name: 'Положение.pdf', mimeType: 'application/pdf', buffer: await pdfOf(ext.context, text) },
    };
    const timeOf = async (file: (typeof files)['docx']) => {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const page = await ext.context.newPage();
        await page.goto(`chrome-extension://${ext.extensionId}/review.html`);
        const started = await page.evaluate(() => performance.now());
        await page.locator('#regulation-file').setInputFiles(file);
        await page.locator('[data-testid="review-profile"] li.line').first().waitFor({ timeout: 30_000 });
        times.push((await page.evaluate(() => performance.now())) - started);
        await page.evaluate(() => chrome.storage.local.remove('regulationDraft'));
        await page.close();
      }
      return median(times);
    };
    return { docxMs: await timeOf(files.docx), pdfMs: await timeOf(files.pdf) };
  } finally {
    await ext.close();
    await server.close();
  }
}
