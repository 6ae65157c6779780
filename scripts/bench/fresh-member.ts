import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { defaultSettings } from '../../core/settings';
import { encodeInvite, newTeam, signalingTopic, type Invite } from '../../core/team/invite';
import type { Owner } from '../../core/team/roster';
import { SYNC_MARK, type SyncStage } from '../../core/team/sync-stages';
import { CHROME_BUILD, CHROMIUM, chromiumArgs, launchChromium } from '../../test/browser/harness';
import { seedKeeper, startKeeper } from '../../test/browser/keeper-process';
import { startSignaling, type Signaling } from '../../test/browser/signaling';
import { bundleForPage } from './bundle';

const LOOPBACK = ['--disable-features=WebRtcHideLocalIpsWithMdns', '--lang=ru'];
const TIMEOUT_MS = 30_000;
/** From pasting the join code to clicking «Вступить»: a person's quickest. */
export const PASTE_TO_CLICK_MS = Number(process.env.PASTE_TO_CLICK_MS ?? 500);

export interface Year {
  state: Uint8Array;
  records: number;
  owner: Owner;
  team: string;
}

/** One fresh member's join: ms from the click on «Вступить» to each stage the sync host marked, and reopening. */
export interface Join {
  stages: Partial<Record<SyncStage, number>>;
  /** From the click until every record is checked and stored, what every view reads. */
  total: number;
  /** The browser started again on that profile: the sync host's opening, from its start until it holds the year. */
  reopen: number | null;
  /** Of that, until the doc was read back from IndexedDB (Yjs applying it included). */
  reopenLoad: number | null;
}

/** The sync host's marks in this browser (its offscreen document), as epoch ms. */
async function hostMarks(browser: Browser): Promise<Partial<Record<SyncStage, number>>> {
  const target = await browser.waitForTarget((t) => t.url().endsWith('/offscreen.html'), { timeout: TIMEOUT_MS });
  const session = await target.createCDPSession();
  const { result } = await session.send('Runtime.evaluate', {
    expression: `JSON.stringify(performance.getEntriesByType('mark').filter((m) => m.name.startsWith(${JSON.stringify(SYNC_MARK)})).map((m) => [m.name.slice(${SYNC_MARK.length}), performance.timeOrigin + m.startTime]))`,
    returnByValue: true,
  });
  await session.detach();
  return Object.fromEntries(JSON.parse(result.value as string));
}

async function launch(profile: string) {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    pipe: true,
    enableExtensions: [CHROME_BUILD],
    args: chromiumArgs(CHROME_BUILD, null, LOOPBACK).filter((a) => a !== '--headless=new'),
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
  return { browser, extensionId: new URL(worker.url()).host };
}

async function until<T>(read: () => Promise<T | null>): Promise<T | null> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline) {
    const value = await read();
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  return null;
}

/**
 * A fresh profile with the built extension joins by invite from its options page, as a teacher
 * would; the sync host's marks say where the time went. Then the browser starts again on the
 * same profile, and the sync host opens the year it holds.
 */
async function joinOnce(invite: Invite): Promise<Join | null> {
  const profile = mkdtempSync(join(tmpdir(), 'steward-bench-member-'));
  let { browser, extensionId } = await launch(profile);
  try {
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.evaluate((settings) => chrome.storage.local.set({ settings }), { ...defaultSettings('Europe/Moscow'), actorName: 'Новый модератор', roles: ['chat-moderator'] });
    await page.reload();
    await page.waitForSelector('#team-code');
    await page.$eval('#team-code', (el, code) => {
      const area = el as HTMLTextAreaElement;
      area.value = code;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, encodeInvite(invite));
    // A person pastes the code, then moves to the button: the sync host starts meanwhile.
    await new Promise((r) => setTimeout(r, PASTE_TO_CLICK_MS));
    const clicked = await page.evaluate(() => {
      document.querySelector('#team-code')!.closest('fieldset')!.querySelector('button')!.click();
      return Date.now();
    });
    const marks = await until(async () => {
      const m = await hostMarks(browser);
      return m.stored && m.stored > clicked ? m : null;
    });
    if (!marks) return null;
    const stages = Object.fromEntries(Object.entries(marks).map(([stage, at]) => [stage, at - clicked]));
    await browser.close();
    ({ browser } = await launch(profile));
    const again = await until(async () => {
      const m = await hostMarks(browser);
      return m.ready ? m : null;
    });
    return { stages, total: stages.stored!, reopen: again ? again.ready! - again.open! : null, reopenLoad: again?.loaded ? again.loaded - again.open! : null };
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const teamInvite = (year: Year, signaling: Signaling): Invite => ({ ...newTeam('Bench', year.owner, [signaling.url], undefined, Date.now()), teamId: year.team });

/** `attempts` fresh members joining one after another. */
async function joinEach(invite: Invite, attempts: number): Promise<Array<Join | null>> {
  const joins: Array<Join | null> = [];
  for (let i = 0; i < attempts; i++) joins.push(await joinOnce(invite));
  return joins;
}

/** Fresh members joining where a browser peer (the same y-webrtc and framing as the extension, in a page) holds the year. */
export async function fromBrowserPeer(year: Year, attempts: number): Promise<Array<Join | null>> {
  const signaling = await startSignaling();
  const holder = await launchChromium(null, null, LOOPBACK);
  const invite = teamInvite(year, signaling);
  try {
    const page = await holder.context.newPage();
    await page.goto(signaling.url.replace('ws:', 'http:'));
    await page.addScriptTag({ content: await bundleForPage('./team-sync-in-page.ts') });
    await page.evaluate(
      ([topic, secret, url, state]) => (globalThis as unknown as { peer: { join(...a: string[]): Promise<void> } }).peer.join(topic, secret, url, state),
      [await signalingTopic(invite), invite.secret, signaling.url, Buffer.from(year.state).toString('base64')] as const,
    );
    return await joinEach(invite, attempts);
  } finally {
    await holder.close();
    await signaling.stop();
  }
}

/** Fresh members joining where only the keeper (a Node process, as a school runs it) holds the year. */
export async function fromKeeper(year: Year, attempts: number): Promise<Array<Join | null>> {
  const dir = mkdtempSync(join(tmpdir(), 'steward-bench-fresh-'));
  const signaling = await startSignaling();
  const invite = teamInvite(year, signaling);
  await seedKeeper(join(dir, 'data'), join(dir, 'invite.txt'), invite, year.state);
  const keeper = startKeeper({ KEEPER_INVITE_FILE: join(dir, 'invite.txt'), KEEPER_DATA: join(dir, 'data'), KEEPER_NAME: 'bench' });
  try {
    await keeper.waitFor(/сигнальный сервер .*: на связи/, 60_000);
    return await joinEach(invite, attempts);
  } finally {
    await keeper.stop();
    await signaling.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const medianOf = (values: number[]): number | null => (values.length ? [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] : null);

/** Each stage's own time (from the mark before it), as the bench prints it. */
const STAGES: Array<[string, SyncStage | 'click', SyncStage]> = [
  ['to the sync host', 'click', 'open'],
  ['opening', 'open', 'ready'],
  ['signaling', 'ready', 'signaling'],
  ['WebRTC', 'signaling', 'peer'],
  ['transfer (encode, gzip, send, gunzip)', 'peer', 'message'],
  ['applying the update', 'message', 'applied'],
  ['checking', 'applied', 'checked'],
  ['storing', 'checked', 'stored'],
];

export function stageBreakdown(joins: Join[]): Array<[string, number]> {
  return STAGES.flatMap(([name, from, to]) => {
    const spans = joins.flatMap((j) => {
      const start = from === 'click' ? 0 : j.stages[from];
      const end = j.stages[to];
      return start === undefined || end === undefined ? [] : [end - start];
    });
    const median = medianOf(spans);
    return median === null ? [] : [[name, median] as [string, number]];
  });
}
