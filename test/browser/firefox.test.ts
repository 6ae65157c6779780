import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '@/core/settings';
import { readLog, startFixtureServer, zoneWhereHourIs, type ExtensionBrowser, type FixtureServer } from './harness';
import { launchFirefox, openExtensionPage, type FirefoxExtension } from './firefox-harness';
import { startSignaling, type Signaling } from './signaling';
import { startNostrRelay } from './nostr-relay';
import { decodeInvite } from '@/core/team/invite';
import { approve, blockWithDirector, createTeam, moderator, openChat, options } from './team-helpers';

// The Firefox build in real Firefox. Its panel lives in a closed shadow root that WebDriver BiDi
// cannot enter, so these tests act as a keyboard user would and check what the page, the options
// page and the log page show.
let server: FixtureServer;
let firefox: FirefoxExtension;

beforeAll(async () => {
  server = await startFixtureServer(443);
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const SITES = [
  { name: 'MAX', url: 'https://web.max.ru/-70000000001', composer: '[data-lexical-editor="true"]', chatId: '-70000000001' },
  { name: 'VK Messenger', url: 'https://web.vk.me/convo/2000000005', composer: '.ComposerInput__input', chatId: '2000000005' },
];

const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: Array<{ text: string }> }).__sent);
const poll = <T>(read: () => Promise<T>, timeout = 10_000) => expect.poll(read, { timeout });
/**
 * The team section's first lines, read by value: element handles go stale when the page
 * re-renders (as it does when the team changes), and BiDi then rejects them out of band.
 */
const teamMe = (page: import('puppeteer-core').Page) => page.evaluate(() => document.querySelector<HTMLElement>('[data-testid="team-me"]')?.innerText ?? '');

describe.each(SITES)('Firefox: the quiet-hours guard on $name', (site) => {
  it('holds Enter at night with the draft kept, and sends an emergency exactly once', async () => {
    await firefox.setStorage({ settings: defaultSettings(zoneWhereHourIs(1)), drafts: [] });
    const page = await firefox.browser.newPage();
    await page.goto(site.url);
    await page.waitForSelector('chat-steward');
    await page.click(site.composer);
    await page.keyboard.type('Родительское собрание переносится');
    await page.keyboard.press('Enter');
    // Held: nothing went out, the draft is where it was, and the dialog took the focus (its host is focused).
    await poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('chat-steward');
    expect(await sent(page)).toEqual([]);
    expect(await page.$eval(site.composer, (e) => e.textContent)).toContain('Родительское собрание переносится');

    // Cancel has the focus; Tab to "remind me" and to the emergency send, then give the reason.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Отмена занятий');
    await page.keyboard.press('Enter');
    await poll(() => sent(page)).toHaveLength(1);
    expect((await sent(page))[0].text).toContain('Родительское собрание переносится');
    await new Promise((r) => setTimeout(r, 500));
    expect(await sent(page)).toHaveLength(1);
    await page.close();
  });
});

describe('Firefox: the page check', () => {
  it('finds every part of the open messenger tab, from the options page', async () => {
    const page = await firefox.browser.newPage();
    await page.goto('https://web.max.ru/-70000000001');
    await page.waitForSelector('chat-steward');
    const settings = await firefox.page('options.html');
    await poll(() => settings.evaluate(() => document.querySelector<HTMLElement>('[data-testid="page-check"]')?.innerText ?? '')).toContain('Вкладка: https://web.max.ru/-70000000001');
    expect(await settings.$$eval('[data-testid="page-check"] li[data-found="true"]', (l) => l.length)).toBe(5);
    await settings.close();
    await page.close();
  });
});

describe('Firefox and Chromium in one team', () => {
  let signaling: Signaling;
  let chromium: ExtensionBrowser;

  beforeAll(async () => {
    signaling = await startSignaling();
    chromium = await moderator(server.port, 'Иванова');
  });

  afterAll(async () => {
    await chromium?.close();
    await signaling?.stop();
  });

  it('a Firefox member (team host in its background page) asks to join, is approved, and receives a block', async () => {
    const optionsA = await options(chromium);
    const code = await createTeam(optionsA, 'Модераторы 7Б', signaling.url);

    await firefox.setStorage({ settings: { ...defaultSettings(zoneWhereHourIs(13)), actorName: 'Петрова (Firefox)' } });
    const optionsF = await firefox.page('options.html');
    await optionsF.type('#team-code', code);
    const join = await optionsF.$$('::-p-text(Вступить)');
    await join[0].click();
    await poll(() => teamMe(optionsF), 20_000).toContain('Вы попросили вступить');
    const fingerprint = /\d{5}( \d{5}){5}/.exec(await teamMe(optionsF))![0];

    // The request reaches Chromium over WebRTC; the owner compares the fingerprint and approves.
    await approve(optionsA, 'Петрова (Firefox)', fingerprint);
    await poll(() => teamMe(optionsF), 20_000).toContain('Вы — участник команды');

    const chatA = await openChat(chromium);
    await blockWithDirector(chatA.page, chatA.panel, 'Сидоров', 'Оскорбления после напоминаний');
    expect((await readLog<{ kind: string }>(chromium.worker)).some((r) => r.kind === 'blocked')).toBe(true);
    const logF = await firefox.page('log.html');
    await poll(async () => {
      await logF.evaluate(() => (location.href = 'about:blank'));
      await openExtensionPage(logF, 'log.html');
      return logF.evaluate(() => [...document.querySelectorAll<HTMLElement>('tr[data-kind="blocked"]')].map((r) => r.innerText).join('\n'));
    }, 20_000).toMatch(/Сидоров[\s\S]*со-модератор: Иванова/);
  });
});

describe('Firefox: watching the chat', () => {
  it('reads participants\' messages with their ids and times, sends them to be checked once, and the background flags them with their clauses', async () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    await firefox.setStorage({ settings: { ...defaultSettings(zone), profileId: 'omsk-13', roles: ['chat-admin'], actorName: 'Иванова' } });
    // An extension page hears every runtime message: what the tab sends to be checked is seen here.
    const listener = await firefox.page('options.html');
    await listener.evaluate(() => {
      const w = window as unknown as { posts: Array<{ id: string; at: number | null; text: string }> };
      w.posts = [];
      chrome.runtime.onMessage.addListener((m: { type?: string; posts?: typeof w.posts }) => void (m?.type === 'watch/check' && w.posts.push(...(m.posts ?? []))));
    });
    const page = await firefox.browser.newPage();
    await page.goto('https://web.max.ru/-70000000001?fixture=max-watch');
    await page.waitForSelector('chat-steward');
    const posts = () => listener.evaluate(() => (window as unknown as { posts: Array<{ id: string; at: number | null; text: string }> }).posts);
    await poll(async () => (await posts()).map((p) => p.id).sort()).toEqual(['9001', '9002', '9003', '9004'].map((n) => `p:max:-70000000001:${n}`));
    const night = (await posts()).find((p) => p.text.includes('контрольная'))!;
    expect(new Date(night.at!).toLocaleString('ru-RU', { timeZone: zone })).toContain('30.11.2025, 23:40');
    // Drawn again: nothing is sent twice.
    await page.evaluate(() => {
      const list = document.querySelector('[data-fixture-messages]')!;
      list.innerHTML = list.innerHTML;
    });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await posts()).toHaveLength(4);
    // The background's answer (asked the same way from the extension page).
    // (Firefox's `chrome.runtime.sendMessage` takes a callback; its `browser` one gives the promise.)
    const reply = await listener.evaluate((p) => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({ type: 'watch/check', chat: { site: 'max', id: '-70000000001', title: '7Б' }, posts: p }), await posts());
    const kinds = (reply as { flags: Array<{ findings: Array<{ kind: string; citation: { clause: string } }> }> }).flags.map((f) => f.findings.map((x) => `${x.kind} ${x.citation.clause}`).join());
    expect(kinds.sort()).toEqual(['night 2.3', 'obscenity 3.2', 'phone 3.3']);
    await page.close();
  });
});

describe('Firefox: the director’s report', () => {
  it('draws the school year with the block synced from Chromium, and the version without names holds no name', async () => {
    const report = await firefox.page('report.html');
    const year = new Date().getMonth() >= 8 ? new Date().getFullYear() : new Date().getFullYear() - 1;
    await openExtensionPage(report, `report.html?period=school-year&year=${year}`);
    await poll(() => report.evaluate(() => document.querySelectorAll('[data-testid="report-weekly"] canvas').length)).toBeGreaterThan(0);
    const blocks = () => report.evaluate(() => document.querySelector<HTMLElement>('[data-testid="report-blocks"]')?.innerText ?? '');
    expect(await blocks()).toContain('Сидоров');
    const weeks = await report.evaluate(() => [...document.querySelectorAll('[data-testid="report-weeks"] tbody tr')].reduce((n, tr) => n + Number(tr.querySelectorAll('td')[1].textContent), 0));
    expect(weeks).toBe(1);

    await report.evaluate(() => (location.href = 'about:blank'));
    await openExtensionPage(report, `report.html?period=school-year&year=${year}&nameless=1`);
    await poll(() => blocks()).toContain('участник 1');
    expect(await report.evaluate(() => document.documentElement.outerHTML)).not.toContain('Сидоров');
    await report.close();
  });
});

describe('Firefox: a team with no server of its own', () => {
  it('meets through a Nostr relay from its background page: it announces itself there, under the derived topic only', async () => {
    const relay = await startNostrRelay();
    try {
      const optionsF = await firefox.page('options.html');
      const text = () => optionsF.evaluate(() => document.body.innerText);
      // Leave whatever team the earlier test joined, then create one that meets through the relay.
      await poll(() => text()).toContain('Команда');
      if ((await text()).includes('Выйти из команды')) {
        await optionsF.evaluate(() => {
          window.confirm = () => true;
          [...document.querySelectorAll('button')].find((b) => b.textContent === 'Выйти из команды')!.click();
        });
      }
      await poll(() => text(), 20_000).toContain('Создать команду');
      await optionsF.evaluate((url) => {
        const area = document.querySelector<HTMLTextAreaElement>('#team-relays')!;
        area.value = url;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      }, relay.url);
      // Clicked once the form has drawn what was typed, as a person's click would be.
      await poll(() => optionsF.evaluate(() => document.querySelector<HTMLTextAreaElement>('#team-relays')!.value)).toBe(relay.url);
      await new Promise((r) => setTimeout(r, 200));
      await optionsF.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Создать команду')!.click());
      await poll(() => text(), 20_000).toContain('Знакомство: через публичные узлы Nostr (127.0.0.1:');
      await poll(async () => relay.events().length, 20_000).toBeGreaterThan(0);
      const code = await optionsF.evaluate(() => document.querySelector<HTMLTextAreaElement>('[data-testid="team-code"]')!.value);
      const invite = decodeInvite(code)!;
      expect(invite.signaling).toEqual([`nostr+${relay.url}`]);
      expect(JSON.stringify(relay.events())).not.toContain(invite.room);
    } finally {
      await relay.stop();
    }
  });
});

describe('Firefox: the sync host’s worker', () => {
  it('loads from the extension and checks what it is given (a long sync is checked there)', async () => {
    const settings = await firefox.page('options.html');
    const reply = await settings.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const worker = new Worker('/arrival-worker.js');
          worker.onerror = (event) => resolve({ error: event.message });
          worker.onmessage = (event) => resolve(event.data);
          const roster = { team: 't', members: new Map(), removed: new Map(), refused: new Set(), invites: new Map(), moves: [], admitted: new Map(), heads: [] };
          const settings = { team: 't', now: Date.now(), cutoff: 0, source: 'team' };
          const changes = { keys: ['01KBROKEN00000'], bytes: new Uint8Array([1, 2, 250]), ends: new Uint32Array([3]), others: [], deleted: [] };
          worker.postMessage({ log: 'chat-steward-worker-check', job: { settings, changes, roster, pending: [], people: [], checkpoints: [], others: [] } });
        }),
    );
    expect(reply).toMatchObject({ arrival: { verdicts: [{ refused: 'invalid', signer: null }], added: new Set(), chats: [] } });
    await settings.close();
  });
});
