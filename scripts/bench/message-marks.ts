import type { Page } from 'playwright-core';
import { defaultSettings } from '../../core/settings';
import { CHROME_BUILD, launchChromium, launchExtension, setStorage, startFixtureServer, zoneWhereHourIs } from '../../test/browser/harness';

const URL = 'https://web.max.ru/-70000000001?fixture=max-svelte';
const CHAT = { site: 'max', id: '-70000000001', title: '7Б — родители' };
export const RENDERED = 500;
/** Authors in runs of five; every other one has a violation on record, so half the messages get a badge. */
const AUTHORS = RENDERED / 5;
const ADDED = 400;
const PER_BATCH = 20;

/** A chat's worth of messages in the Svelte fixture's markup: runs of five, the name and avatar on the first. */
function messagesHtml(prefix: string, count: number, from = 0): string {
  let html = '';
  for (let i = from; i < from + count; i++) {
    const author = Math.floor(i / 5) % AUTHORS;
    const head = i % 5 === 0 ? `<span class="avatar" data-user-id="${author + 1}"></span><span class="author">Автор ${author + 1}</span>` : '';
    html += `<div class="bubble">${head}<div class="text">${prefix} сообщение ${i}</div></div>`;
  }
  return html;
}

/** Draws `html` as the chat's whole list and resolves with the ms until every message has its mark. */
function timeFirstMarks(page: Page, html: string): Promise<number> {
  return page.evaluate(
    ({ html, expected }) =>
      new Promise<number>((resolve) => {
        const list = document.querySelector('[data-fixture-messages]')!;
        const t0 = performance.now();
        const done = () => list.querySelectorAll('steward-mark').length >= expected;
        const watch = new MutationObserver(() => {
          if (!done()) return;
          watch.disconnect();
          resolve(performance.now() - t0);
        });
        watch.observe(list, { childList: true, subtree: true });
        list.innerHTML = html;
      }),
    { html, expected: RENDERED },
  );
}

/**
 * Per message appended on its own (each followed by its observers' work, ours included where
 * installed): the median over batches of `PER_BATCH`, since the page's clock ticks in 0.1 ms.
 */
function medianPerAdded(page: Page, html: string[]): Promise<number> {
  return page.evaluate(
    async ({ items, perBatch }) => {
      const list = document.querySelector('[data-fixture-messages]')!;
      const elements = items.map((item) => {
        const holder = document.createElement('div');
        holder.innerHTML = item;
        return holder.firstElementChild!;
      });
      const times: number[] = [];
      for (let start = 0; start < elements.length; start += perBatch) {
        const t0 = performance.now();
        for (const message of elements.slice(start, start + perBatch)) {
          list.append(message);
          await Promise.resolve(); // mutation observers run here, one message at a time
        }
        times.push((performance.now() - t0) / perBatch);
        await new Promise((r) => setTimeout(r, 0));
      }
      times.sort((x, y) => x - y);
      return times[Math.floor(times.length / 2)];
    },
    { items: html, perBatch: PER_BATCH },
  );
}

const oneByOne = (prefix: string) => Array.from({ length: ADDED }, (_, i) => messagesHtml(prefix, 1, RENDERED + i));

/**
 * Badges on a chat of 500 rendered messages: ms from the list being drawn to every message
 * having its mark (median of 5 draws); then the observers' work per message appended one by one,
 * with the extension minus without it (best of three alternating runs).
 */
export async function messageMarksFigures(): Promise<{ firstMarksMs: number; perAddedMs: number; withExtension: number; without: number; badges: number }> {
  const server = await startFixtureServer();
  const plain = await launchChromium(server.port, null);
  const ext = await launchExtension(server.port, CHROME_BUILD);
  try {
    await setStorage(ext.worker, { settings: { ...defaultSettings(zoneWhereHourIs(13)), profileId: 'school-31-max', roles: ['chat-moderator'], actorName: 'Бенчмарк' } });
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.evaluate(
      async ({ chat, authors }) => {
        for (let a = 1; a <= authors; a += 2) {
          const draft = { kind: 'violation', chat, subject: { id: `id:${a}`, name: `Автор ${a}` }, reason: 'Спам в чате', clauses: [] };
          await chrome.runtime.sendMessage({ type: 'action/record', draft });
        }
      },
      { chat: CHAT, authors: AUTHORS },
    );
    const page = await ext.context.newPage();
    await page.goto(URL);
    await page.waitForSelector('steward-mark', { state: 'attached' });
    const draws: number[] = [];
    for (let i = 0; i < 5; i++) draws.push(await timeFirstMarks(page, messagesHtml(`Проход ${i}`, RENDERED)));
    draws.sort((x, y) => x - y);
    const badges = await page.evaluate(() => document.querySelectorAll('[data-fixture-messages] steward-mark').length);

    const plainPage = await plain.context.newPage();
    await plainPage.goto(URL);
    await plainPage.evaluate((html) => (document.querySelector('[data-fixture-messages]')!.innerHTML = html), messagesHtml('Фон', RENDERED));
    let without = Infinity;
    let withExtension = Infinity;
    for (let round = 0; round < 3; round++) {
      without = Math.min(without, await medianPerAdded(plainPage, oneByOne(`Без ${round}`)));
      withExtension = Math.min(withExtension, await medianPerAdded(page, oneByOne(`С ${round}`)));
    }
    return { firstMarksMs: draws[2], perAddedMs: Math.max(0, withExtension - without), withExtension, without, badges };
  } finally {
    await ext.close();
    await plain.close();
    await server.close();
  }
}
