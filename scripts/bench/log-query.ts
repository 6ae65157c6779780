import { bundleForPage } from './bundle';
import { launchChromium, startFixtureServer } from '../../test/browser/harness';

export const LOG_ACTIONS = 100_000;

/** Bulk insert of 100k actions and a query by participant over them, in real Chromium's IndexedDB. */
export async function logQuery(): Promise<{ insertMs: number; queryMedianMs: number; rowsPerParticipant: number }> {
  const bundle = await bundleForPage('./log-in-page.ts');
  const server = await startFixtureServer();
  const browser = await launchChromium(server.port, null);
  try {
    const page = await browser.context.newPage();
    await page.goto('https://web.max.ru/-70000000001');
    await page.addScriptTag({ content: bundle });
    return await page.evaluate((n) => (globalThis as unknown as { benchLog(n: number): Promise<{ insertMs: number; queryMedianMs: number; rowsPerParticipant: number }> }).benchLog(n), LOG_ACTIONS);
  } finally {
    await browser.close();
    await server.close();
  }
}
