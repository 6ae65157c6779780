import type { CDPSession, Page } from 'playwright-core';
import { defaultSettings } from '../../core/settings';
import { CHROME_BUILD, launchChromium, launchExtension, setStorage, startFixtureServer, type ExtensionBrowser } from '../../test/browser/harness';

const URL = 'https://web.max.ru/-70000000001?fixture=max-watch';
export const WATCHED = 500;
/** One message in ten has a phone number or an obscene word: 50 flags with found words highlighted. */
const FLAGGED_EVERY = 10;
export const LONG_CHAT = 3000;
export const SCROLLED = 10_000;

/** Participant messages in MAX's markup: runs of five, a day separator on top, a time label in each. */
function messagesHtml(prefix: string, count: number, from = 0): string {
  let html = from === 0 ? '<div class="serviceMessage">Сегодня</div>' : '';
  for (let i = from; i < from + count; i++) {
    const author = Math.floor(i / 5) % 100;
    const head = i % 5 === 0 ? `<span class="avatar" data-user-id="${author + 1}"></span><span class="author">Автор ${author + 1}</span>` : '';
    const body = i % FLAGGED_EVERY === 0 ? (i % 20 === 0 ? `телефон мамы 8 912 ${String(100 + (i % 900)).padStart(3, '0')}-45-67` : 'да пошли вы нахуй') : `${prefix}: домашнее задание, стр. ${i}`;
    html += `<div class="bubble"><span class="time">09:${String(i % 60).padStart(2, '0')}</span>${head}<div class="text">${body} (${i})</div></div>`;
  }
  return html;
}

/** Counts the posts the tabs send to be checked: an extension page hears every runtime message. */
async function checkCounter(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.evaluate(() => {
    (window as unknown as { checked: number }).checked = 0;
    chrome.runtime.onMessage.addListener((m: { type?: string; posts?: unknown[] }) => {
      if (m?.type === 'watch/check') (window as unknown as { checked: number }).checked += m.posts?.length ?? 0;
    });
  });
  return page;
}
const checkedSoFar = (counter: Page) => counter.evaluate(() => (window as unknown as { checked: number }).checked);

/** Draws the list and resolves with the ms until `expected` messages have their found words highlighted. */
function timeFlags(page: Page, html: string, expected: number): Promise<number> {
  return page.evaluate(
    ({ html, expected }) =>
      new Promise<number>((resolve) => {
        CSS.highlights.delete('steward-found');
        const list = document.querySelector('[data-fixture-messages]')!;
        const t0 = performance.now();
        const poll = () => ((CSS.highlights.get('steward-found')?.size ?? 0) >= expected ? resolve(performance.now() - t0) : requestAnimationFrame(poll));
        list.innerHTML = html;
        poll();
      }),
    { html, expected },
  );
}

/** Main-thread long tasks (over 50 ms) in the 3 s after drawing `html`: their total and the longest. */
function longTasksAfterDrawing(page: Page, html: string): Promise<{ total: number; longest: number }> {
  return page.evaluate(
    (html) =>
      new Promise<{ total: number; longest: number }>((resolve) => {
        const tasks: number[] = [];
        const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
        observer.observe({ type: 'longtask' });
        // Drawn in a task of the page's own: a task the DevTools protocol runs is not reported as one.
        setTimeout(() => (document.querySelector('[data-fixture-messages]')!.innerHTML = html), 50);
        setTimeout(() => {
          observer.disconnect();
          resolve({ total: tasks.reduce((a, b) => a + b, 0), longest: Math.max(0, ...tasks) });
        }, 3050);
      }),
    html,
  );
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

/** The tab's heap growth after `SCROLLED` messages are loaded above, 500 at a time, as scrolling back does. */
async function scrollGrowth(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate((html) => (document.querySelector('[data-fixture-messages]')!.innerHTML = html), messagesHtml('Старт', WATCHED));
  await page.waitForTimeout(500);
  const before = await heapMb(cdp);
  for (let from = WATCHED; from < WATCHED + SCROLLED; from += 500) {
    await page.evaluate((html) => document.querySelector('[data-fixture-messages]')!.insertAdjacentHTML('afterbegin', html), messagesHtml('Ранее', 500, from));
    await page.waitForTimeout(20);
  }
  await page.waitForTimeout(1000);
  return (await heapMb(cdp)) - before;
}

/** Median per message appended at the bottom, in ms of the tab's time (observers included). */
function perAppended(page: Page, count: number): Promise<number> {
  return page.evaluate(async (count) => {
    const list = document.querySelector('[data-fixture-messages]')!;
    const times: number[] = [];
    for (let i = 0; i < count; i += 20) {
      const t0 = performance.now();
      for (let j = 0; j < 20; j++) {
        list.insertAdjacentHTML('beforeend', `<div class="bubble"><span class="time">10:00</span><span class="avatar" data-user-id="7"></span><span class="author">Новый</span><div class="text">Новое сообщение ${i + j}</div></div>`);
        await Promise.resolve();
      }
      times.push((performance.now() - t0) / 20);
      await new Promise((r) => setTimeout(r, 0));
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  }, count);
}

export interface WatchFigures {
  flaggedMs: number;
  flags: number;
  recheckedOnRerender: number;
  perAppendedMs: number;
  scrollGrowthMb: number;
  longTasks: { withExtension: { total: number; longest: number }; without: { total: number; longest: number } };
}

/** Watching a chat, in real Chromium with the built extension, against a page without it where a difference is the figure. */
export async function watchFigures(): Promise<WatchFigures> {
  const server = await startFixtureServer();
  const plain = await launchChromium(server.port, null);
  const ext = await launchExtension(server.port, CHROME_BUILD);
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    await setStorage(ext.worker, { settings: { ...defaultSettings(zone), profileId: 'omsk-13', roles: ['chat-admin'], actorName: 'Бенчмарк' } });
    const counter = await checkCounter(ext);
    const page = await ext.context.newPage();
    await page.goto(URL);
    await page.waitForSelector('steward-mark', { state: 'attached' });
    const expected = WATCHED / FLAGGED_EVERY;
    const draws: number[] = [];
    for (let i = 0; i < 5; i++) draws.push(await timeFlags(page, messagesHtml(`Проход ${i}`, WATCHED), expected));
    draws.sort((a, b) => a - b);
    // The same 500 messages drawn again as new elements: nothing is checked twice.
    await page.waitForTimeout(300);
    const before = await checkedSoFar(counter);
    await page.evaluate(() => {
      const list = document.querySelector('[data-fixture-messages]')!;
      list.innerHTML = list.innerHTML;
    });
    await page.waitForTimeout(500);
    const recheckedOnRerender = (await checkedSoFar(counter)) - before;

    const plainPage = await plain.context.newPage();
    await plainPage.goto(URL);
    let withExt = Infinity;
    let without = Infinity;
    for (let round = 0; round < 3; round++) {
      without = Math.min(without, await perAppended(plainPage, 200));
      withExt = Math.min(withExt, await perAppended(page, 200));
    }
    const scrollGrowthMb = (await scrollGrowth(page)) - (await scrollGrowth(plainPage));

    const long = async (p: Page) => {
      const runs: Array<{ total: number; longest: number }> = [];
      for (let i = 0; i < 3; i++) {
        await p.reload();
        await p.waitForTimeout(1500);
        runs.push(await longTasksAfterDrawing(p, messagesHtml(`Длинный ${i}`, LONG_CHAT)));
      }
      runs.sort((a, b) => a.total - b.total);
      return runs[1];
    };
    const longTasks = { withExtension: await long(page), without: await long(plainPage) };
    return { flaggedMs: draws[2], flags: expected, recheckedOnRerender, perAppendedMs: Math.max(0, withExt - without), scrollGrowthMb, longTasks };
  } finally {
    await ext.close();
    await plain.close();
    await server.close();
  }
}
