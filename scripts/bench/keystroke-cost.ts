import { defaultSettings } from '../../core/settings';
import { CHROME_BUILD, launchChromium, launchExtension, setStorage, startFixtureServer, zoneWhereHourIs } from '../../test/browser/harness';

const BATCHES = 40;
const PER_BATCH = 500;

/**
 * Per-keystroke time in the MAX fixture: a keydown on the composer plus the text it inserts,
 * so both the guard's key listener and its page observer are in the measured work.
 * Returns the median over batches, in milliseconds per keystroke.
 */
async function medianKeystroke(page: import('playwright-core').Page): Promise<number> {
  return page.evaluate(
    async ({ batches, perBatch }) => {
      const composer = document.querySelector<HTMLElement>('[data-lexical-editor="true"]')!;
      const paragraph = composer.firstElementChild!;
      const times: number[] = [];
      for (let b = 0; b < batches; b++) {
        paragraph.textContent = '';
        const t0 = performance.now();
        for (let i = 0; i < perBatch; i++) {
          composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'а', bubbles: true, cancelable: true }));
          paragraph.append('а');
        }
        await Promise.resolve(); // mutation observers run here
        times.push((performance.now() - t0) / perBatch);
        await new Promise((r) => setTimeout(r, 0));
      }
      times.sort((x, y) => x - y);
      return times[Math.floor(times.length / 2)];
    },
    { batches: BATCHES, perBatch: PER_BATCH },
  );
}

/** The guard's extra cost per keystroke: the same typing with and without the extension, in the daytime. */
export async function keystrokeCost(): Promise<{ withExtension: number; without: number; extra: number }> {
  const server = await startFixtureServer();
  try {
    const plain = await launchChromium(server.port, null);
    const ext = await launchExtension(server.port, CHROME_BUILD);
    try {
      await setStorage(ext.worker, { settings: defaultSettings(zoneWhereHourIs(13)) });
      const url = 'https://web.max.ru/-70000000001';
      const plainPage = await plain.context.newPage();
      const extPage = await ext.context.newPage();
      await plainPage.goto(url);
      await extPage.goto(url);
      await extPage.waitForSelector('chat-steward', { state: 'attached' });
      // Alternate runs so that machine noise falls on both alike; keep the best median of each.
      let without = Infinity;
      let withExtension = Infinity;
      for (let round = 0; round < 3; round++) {
        without = Math.min(without, await medianKeystroke(plainPage));
        withExtension = Math.min(withExtension, await medianKeystroke(extPage));
      }
      return { withExtension, without, extra: Math.max(0, withExtension - without) };
    } finally {
      await ext.close();
      await plain.close();
    }
  } finally {
    await server.close();
  }
}
