import type { Page } from 'playwright-core';
import { launchExtension } from '../../test/browser/harness';
import { manyRecords } from '../../test/browser/log-records';
import { schoolYear } from './school-year';

export const LOG_RECORDS = 100_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds in the page from `start()` until `done()` holds, checked at each mutation of the page. */
function timeInPage(page: Page, start: string, done: string): Promise<number> {
  return page.evaluate(
    ([startCode, doneCode]) =>
      new Promise<number>((resolve) => {
        const isDone = new Function(`return (${doneCode})`) as () => boolean;
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (!isDone()) return;
          observer.disconnect();
          resolve(performance.now() - t0);
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        new Function(startCode)();
      }),
    [start, done] as const,
  );
}

/**
 * The log page's path with 100k records, in the built extension in real Chromium: a JSON file
 * imported through the page (from choosing the file to the page's report of it), the first rows
 * after opening the page, and a filter change; then the director's report over a school year.
 */
export async function logPageFigures(runs = 5) {
  const file = Buffer.from(JSON.stringify(manyRecords(LOG_RECORDS)));
  const imports: number[] = [];
  const firstRows: number[] = [];
  const filters: number[] = [];
  for (let run = 0; run < runs; run++) {
    const ext = await launchExtension(0);
    try {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width: 1320, height: 900 });
      await page.goto(`chrome-extension://${ext.extensionId}/log.html`);
      await page.getByTestId('log-count').waitFor();
      // From the file chosen (its change event) to the page's report of the import, timed in the page.
      const imported = page.evaluate(
        (added) =>
          new Promise<number>((resolve) => {
            let t0 = 0;
            document.addEventListener('change', () => (t0 ||= performance.now()), { capture: true });
            const observer = new MutationObserver(() => {
              if (!t0 || !document.querySelector('[data-testid="log-status"]')?.textContent?.includes(`Добавлено: ${added},`)) return;
              observer.disconnect();
              resolve(performance.now() - t0);
            });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          }),
        LOG_RECORDS,
      );
      await page.getByLabel('Загрузить JSON').setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: file });
      imports.push(await imported);
      // The importing page has read them all again (as a user sees them): its reads do not run into the next page's.
      await page.getByTestId('log-count').filter({ hasText: `из ${LOG_RECORDS}` }).waitFor({ timeout: 60_000 });

      // Opening the page with them: from navigation to the first row drawn.
      await page.addInitScript(() => {
        const seen = new MutationObserver(() => {
          if (!document.querySelector('[data-testid="log-table"] tbody tr')) return;
          (globalThis as unknown as { firstRow: number }).firstRow = performance.now();
          seen.disconnect();
        });
        seen.observe(document, { childList: true, subtree: true });
      });
      await page.reload();
      await page.waitForFunction(() => (globalThis as unknown as { firstRow?: number }).firstRow !== undefined);
      firstRows.push(await page.evaluate(() => (globalThis as unknown as { firstRow: number }).firstRow));
      await page.getByTestId('log-count').filter({ hasText: `из ${LOG_RECORDS}` }).waitFor({ timeout: 60_000 });
      filters.push(
        await timeInPage(
          page,
          `const s = document.querySelector('select[name="kind"]'); s.value = 'blocked'; s.dispatchEvent(new Event('change', { bubbles: true }));`,
          `/Показано записей: ${LOG_RECORDS / 50} из/.test(document.querySelector('[data-testid="log-count"]')?.textContent ?? '')`,
        ),
      );
    } finally {
      await ext.close();
    }
  }
  return { importMs: median(imports), firstRowsMs: median(firstRows), filterMs: median(filters), imports, firstRows, filters, report: await reportFigures(runs) };
}

/** The report over a school year of 22k records: from opening the page until its chart is drawn. */
async function reportFigures(runs: number) {
  const ext = await launchExtension(0);
  try {
    const page = await ext.context.newPage();
    const year = schoolYear();
    await page.goto(`chrome-extension://${ext.extensionId}/log.html`);
    await page.getByLabel('Загрузить JSON').setInputFiles({ name: 'year.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(year)) });
    await page.getByTestId('log-status').filter({ hasText: `Добавлено: ${year.length},` }).waitFor({ timeout: 60_000 });
    await page.getByTestId('log-count').filter({ hasText: `из ${year.length}` }).waitFor({ timeout: 60_000 });
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (!document.querySelector('[data-testid="report-weekly"] canvas') || !document.querySelector('[data-testid="report-blocks"]')) return;
        (globalThis as unknown as { drawn: number }).drawn = performance.now();
        seen.disconnect();
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(`chrome-extension://${ext.extensionId}/report.html?period=school-year&year=2025`);
      await page.waitForFunction(() => (globalThis as unknown as { drawn?: number }).drawn !== undefined, undefined, { timeout: 30_000 });
      // From the page's start: loading the period's records, computing the report and drawing it.
      times.push(await page.evaluate(() => (globalThis as unknown as { drawn: number }).drawn));
    }
    return { ms: median(times), times, records: year.length };
  } finally {
    await ext.close();
  }
}
