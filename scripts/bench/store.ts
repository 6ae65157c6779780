import { bundleForPage } from './bundle';
import { launchChromium, startFixtureServer } from '../../test/browser/harness';

export const IMPORT_ACTIONS = 100_000;

type InPage = {
  importAndQuery(n: number): Promise<{ importMs: number; queryMedianMs: number; rowsPerParticipant: number }>;
  panelQuery(): Promise<{ medianMs: number; coldMedianMs: number; participants: number; records: number }>;
  freshMemberStore(): Promise<{ ms: number; reopenMs: number; records: number }>;
};

type Flood = { arrivalMs: number; statusMs: number; panelFirstMs: number; panelMs: number; renderMs: number; participants: number };

/** The store's figures, measured in real Chromium's IndexedDB with the project's own code bundled into a page. */
export async function storeFigures() {
  const bundle = await bundleForPage('./store-in-page.ts');
  const server = await startFixtureServer();
  const browser = await launchChromium(server.port, null);
  try {
    const page = await browser.context.newPage();
    await page.goto('https://web.max.ru/-70000000001');
    await page.addScriptTag({ content: bundle });
    await page.addScriptTag({ content: await bundleForPage('./flood-in-page.ts') });
    const run = <K extends keyof InPage>(name: K, ...args: Parameters<InPage[K]>) =>
      page.evaluate(([n, a]) => ((globalThis as unknown as { bench: Record<string, (...x: unknown[]) => unknown> }).bench[n](...a)), [name, args] as const) as ReturnType<InPage[K]>;
    return {
      imported: await run('importAndQuery', IMPORT_ACTIONS),
      panel: await run('panelQuery'),
      sync: await run('freshMemberStore'),
      flood: await page.evaluate(() => (globalThis as unknown as { floodBench(): Promise<Flood> }).floodBench()),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
