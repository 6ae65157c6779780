import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeInvite, newTeam } from '@/core/team/invite';
import { schoolYear } from '../../scripts/bench/school-year';
import { signedTeam } from '../../scripts/bench/signed-team';
import { readPages, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';
import { seedKeeper, startKeeper, type KeeperProcess } from './keeper-process';
import { startSignaling, type Signaling } from './signaling';
import { joinTeam, moderator, openChat, options, teamStatus } from './team-helpers';

// A new member joins a team whose keeper holds a school year: while 22 000 signed records come in,
// the team section and the panel say how far it is, and the panel keeps answering.
let server: FixtureServer;
let signaling: Signaling;
let keeper: KeeperProcess | undefined;
let ext: ExtensionBrowser;
let records = 0;
let code = '';
let room = '';
/** The year's doc as one update: what the member's disk must hold once it has arrived. */
let yearBytes = 0;
const dir = mkdtempSync(join(tmpdir(), 'steward-progress-'));

beforeAll(async () => {
  [server, signaling] = await Promise.all([startFixtureServer(), startSignaling()]);
  const year = schoolYear();
  records = year.length;
  const { doc, owner, team } = await signedTeam(year);
  const invite = { ...newTeam('Школа 31', owner, [signaling.url], undefined, Date.now()), teamId: team };
  const state = Y.encodeStateAsUpdate(doc);
  [room, yearBytes] = [invite.room, state.length];
  await seedKeeper(join(dir, 'data'), join(dir, 'invite.txt'), invite, state);
  code = encodeInvite(invite);
  keeper = startKeeper({ KEEPER_INVITE_FILE: join(dir, 'invite.txt'), KEEPER_DATA: join(dir, 'data'), KEEPER_NAME: 'Хранитель' });
  [ext] = await Promise.all([moderator(server.port, 'Петрова'), keeper.waitFor(/сигнальный сервер .*: на связи/, 60_000)]);
}, 120_000);

afterAll(async () => {
  await keeper?.stop();
  await ext?.close();
  await signaling?.stop();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const grouped = (n: number) => n.toLocaleString('ru-RU').replace(/\s/g, ' ');

describe('a long sync', () => {
  it('shows how far it is in the panel and the team section, and the panel answers meanwhile', async () => {
    const chat = await openChat(ext);
    const page = await options(ext);
    // The options page shares its thread with the sync host, so under load it may draw the progress
    // between two of the host's tasks only: what it shows is recorded as it is put in the page.
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { progressSeen: string[] }).progressSeen = []);
      new MutationObserver(() => {
        const shown = document.querySelector('[data-testid="sync-progress"]')?.textContent;
        if (shown) seen.push(shown);
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const inTeamSection = () => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen[0] ?? '');
    await joinTeam(page, code);

    // When it does not come, say where the sync stood (a connection never made, or a sync too quick to see).
    const progress = await chat.panel.waitForText('[data-testid="sync-progress"]', 30_000).catch(async (error: Error) => {
      throw new Error(`${error.message}; the team section said: ${await teamStatus(page)}; the keeper printed:\n${keeper?.lines().slice(-12).join('\n')}`);
    });
    const shown = progress.replace(/\s/g, ' ');
    expect(shown).toMatch(new RegExp(`Синхронизация команды: получено [\\d ]+ из ${grouped(records)} записей`));

    // The panel is not frozen by the sync: a note is recorded and shown while records still arrive.
    await chat.panel.focus('#steward-note');
    await chat.page.keyboard.type('Напомнить о собрании');
    await chat.page.keyboard.press('Control+Enter');
    await expect.poll(() => chat.panel.text('[data-testid="note-result"]'), { timeout: 5000 }).toContain('Записано');

    await expect.poll(async () => (await inTeamSection()).replace(/\s/g, ' '), { timeout: 30_000 }).toMatch(new RegExp(`получено [\\d ]+ из ${grouped(records)} записей`));
    await expect.poll(async () => Number(/Записей: (\d+)/.exec(await teamStatus(page))?.[1]), { timeout: 30_000 }).toBeGreaterThanOrEqual(records);
    // Done: the progress goes away in both places.
    await expect.poll(() => chat.panel.text('[data-testid="sync-progress"]'), { timeout: 10_000 }).toBeNull();
    expect(await page.getByTestId('sync-progress').count()).toBe(0);

    // On disk as it came (the sync host hands y-indexeddb the bytes received): a restart reads the year there.
    const onDisk = () =>
      page.evaluate(
        (name) =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open(name);
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const all = open.result.transaction('updates').objectStore('updates').getAll();
              all.onsuccess = () => {
                open.result.close();
                resolve((all.result as Uint8Array[]).reduce((n, u) => n + u.byteLength, 0));
              };
              all.onerror = () => reject(all.error);
            };
          }),
        `chat-steward-team-${room}`,
      );
    await expect.poll(onDisk, { timeout: 10_000 }).toBeGreaterThan(yearBytes * 0.9);

    // The store keeps the year as the bytes it was signed in, and the log page reads every record back.
    expect((await readPages<{ packed?: unknown }>(ext.worker)).filter((p) => p.packed).length).toBeGreaterThan(0);
    const log = await ext.context.newPage();
    await log.goto(`chrome-extension://${ext.extensionId}/log.html`);
    await expect.poll(async () => Number(/из (\d+)/.exec(await log.getByTestId('log-count').innerText())?.[1]), { timeout: 30_000 }).toBeGreaterThanOrEqual(records);
  });
});
