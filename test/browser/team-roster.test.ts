import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeInvite, encodeInvite, newTeam } from '@/core/team/invite';
import { bundleForPage } from '../../scripts/bench/bundle';
import { launchChromium, readLog, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';
import { startSignaling, type Signaling } from './signaling';
import { approve, createTeam, joinTeam, moderator, myFingerprint, openChat, options, participantsUntil, record, rosterText, teamStatus, WEBRTC_ON_LOOPBACK } from './team-helpers';

// Three moderators' browsers (separate profiles with the built extension) and a plain page that
// holds the first invite, meeting through a signaling server on 127.0.0.1.
let server: FixtureServer;
let signaling: Signaling;
let a: ExtensionBrowser;
let b: ExtensionBrowser;
let c: ExtensionBrowser;
let intruder: Awaited<ReturnType<typeof launchChromium>> | undefined;

beforeAll(async () => {
  server = await startFixtureServer();
  signaling = await startSignaling();
  [a, b, c] = await Promise.all([moderator(server.port, 'Иванова'), moderator(server.port, 'Петрова'), moderator(server.port, 'Сидорова')]);
});

afterAll(async () => {
  await intruder?.close();
  for (const ext of [a, b, c]) await ext?.close();
  await signaling?.stop();
  await server?.close();
});

type Hostile = { join(code: string, url: string): Promise<void>; ids(): string[]; writeSigned(r: Array<Record<string, unknown>>): Promise<void> };
type InPage = { hostile: Hostile };
type Row = { id: string; kind: string; subject?: { name: string }; reason?: string; member: string | null };

const recordsOf = async (ext: ExtensionBrowser, subject: string) => (await readLog<Row>(ext.worker)).filter((r) => r.subject?.name === subject);

async function recorded(ext: ExtensionBrowser, subject: string, reason: string) {
  const chat = await openChat(ext);
  await record(chat.page, chat.panel, subject, reason, 'violation');
  await expect.poll(() => chat.panel.text('[data-testid="mod-result"]')).toContain('Записано');
  await chat.page.close();
}

async function join(ext: ExtensionBrowser, code: string, admin: Page, name: string): Promise<Page> {
  const page = await options(ext);
  await joinTeam(page, code);
  await approve(admin, name, await myFingerprint(page));
  await expect.poll(() => page.getByTestId('team-me').innerText(), { timeout: 20_000 }).toContain('Вы — участник команды');
  return page;
}

describe('joining with a code that will not do', () => {
  it('says so in Russian for a code that is not an invite, an expired one and a huge paste, and joins nothing', async () => {
    const page = await options(c);
    const owner = { id: 'o'.repeat(22), name: 'Иванова', key: { alg: 'ed25519' as const, sign: 'k'.repeat(43), agree: 'a'.repeat(43) } };
    const expired = encodeInvite(newTeam('Модераторы 7Б', owner, [signaling.url], undefined, Date.now() - 8 * 86_400_000));
    const cases: Array<[string, RegExp]> = [
      ['STEWARD2:не-код', /не код приглашения/],
      [expired, /Срок этого приглашения истёк/],
      ['STEWARD2:' + 'A'.repeat(30_000), /не код приглашения/],
    ];
    for (const [code, said] of cases) {
      await page.locator('#team-code').fill(code);
      await page.getByRole('button', { name: 'Вступить' }).click();
      await expect.poll(() => page.getByTestId('team-note').innerText().catch(() => '')).toMatch(said);
      expect(await page.getByRole('alert').count()).toBe(1);
      await expect.poll(() => page.getByTestId('team-me').count()).toBe(0);
      // The next attempt's message must be its own: clear this one by reloading.
      await page.reload();
    }
    await page.close();
  });
});

describe('only members write, and a removed member is cut off', () => {
  it('C joins, is approved and writes; A removes C; A and B go on in a new room that C and the old invite cannot reach', async () => {
    const optionsA = await options(a);
    const code = await createTeam(optionsA, 'Модераторы 7Б', signaling.url);
    const firstInvite = decodeInvite(code)!;
    const optionsB = await join(b, code, optionsA, 'Петрова');
    const optionsC = await join(c, code, optionsA, 'Сидорова');

    // A plain page holding the invite: it can ask, and read, but nothing it writes is taken.
    intruder = await launchChromium(null, null, WEBRTC_ON_LOOPBACK);
    const page = await intruder.context.newPage();
    await page.goto(signaling.url.replace('ws:', 'http:'));
    await page.addScriptTag({ content: await bundleForPage('../../test/browser/hostile-peer-page.ts') });
    await page.evaluate(([c, url]) => (globalThis as unknown as InPage).hostile.join(c, url), [code, signaling.url] as const);
    const intruderIds = () => page.evaluate(() => (globalThis as unknown as InPage).hostile.ids());

    // C's record reaches A and B, signed as hers.
    await recorded(c, 'Кузьмин', 'Реклама в чате');
    for (const ext of [a, b]) await expect.poll(() => recordsOf(ext, 'Кузьмин'), { timeout: 20_000 }).toMatchObject([{ member: 'Сидорова' }]);
    await expect.poll(async () => (await intruderIds()).length, { timeout: 20_000 }).toBeGreaterThan(0);

    // B is away while A removes C: B finds the way when it comes back.
    await optionsB.getByLabel('Синхронизировать').uncheck();
    await expect.poll(() => teamStatus(optionsB)).toContain('Синхронизация выключена');
    const roster = optionsA.getByTestId('team-roster');
    optionsA.once('dialog', (dialog) => void dialog.accept());
    await roster.locator('li[data-member="Сидорова"]').getByRole('button', { name: 'Удалить из команды' }).click();
    await expect.poll(() => optionsA.getByTestId('team-removed').innerText().catch(() => ''), { timeout: 10_000 }).toContain('Удалён(а): Сидорова — удалил(а) Иванова');
    // A is in a new room: its invite now names another room and secret.
    await expect.poll(async () => decodeInvite(await optionsA.getByTestId('team-code').inputValue())?.room, { timeout: 10_000 }).not.toBe(firstInvite.room);
    const moved = decodeInvite(await optionsA.getByTestId('team-code').inputValue())!;
    expect(moved.secret).not.toBe(firstInvite.secret);
    expect(moved.teamId).toBe(firstInvite.teamId);

    await optionsB.getByLabel('Синхронизировать').check();
    await expect.poll(async () => decodeInvite(await optionsB.getByTestId('team-code').inputValue())?.room, { timeout: 30_000, message: 'B never followed the team to its new room' }).toBe(moved.room);
    await expect.poll(() => rosterText(optionsB), { timeout: 10_000 }).not.toContain('Сидорова');
    await expect.poll(() => optionsC.getByTestId('team-me').innerText(), { timeout: 20_000 }).toContain('Вас удалили из команды');

    // A and B keep syncing in the new room.
    await recorded(a, 'Смирнов', 'Оскорбления после переезда');
    await expect.poll(() => recordsOf(b, 'Смирнов'), { timeout: 20_000 }).toMatchObject([{ member: 'Иванова' }]);
    const chatB = await openChat(b);
    expect(await participantsUntil(chatB.page, chatB.panel, (t) => t.includes('Смирнов'))).toContain('Смирнов: Нарушений: 1');

    // C writes after the removal, and the intruder writes too: A and B take neither.
    await recorded(c, 'Кузьмин', 'Запись после удаления');
    await page.evaluate((id) => (globalThis as unknown as InPage).hostile.writeSigned([{ id, time: Date.now(), actor: 'Посторонний', chat: { site: 'max', id: '-70000000001', title: '7Б' }, clauses: [], kind: 'note', text: 'чужая заметка' }]), '01KINTRUDER000000000000000');
    await a.context.pages()[0]?.waitForTimeout(3000);
    for (const ext of [a, b]) {
      expect((await recordsOf(ext, 'Кузьмин')).map((r) => r.reason)).toEqual(['Реклама в чате']);
      expect((await readLog<Row>(ext.worker)).some((r) => r.id === '01KINTRUDER000000000000000')).toBe(false);
    }
    // Nothing from after the move reaches C or the old invite's holder; what came before stays with C.
    expect(await recordsOf(c, 'Смирнов')).toEqual([]);
    expect((await recordsOf(c, 'Кузьмин')).length).toBe(2);
    const smirnov = (await recordsOf(a, 'Смирнов'))[0].id;
    expect(await intruderIds()).not.toContain(smirnov);
  });
});
