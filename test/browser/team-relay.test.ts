import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeInvite } from '@/core/team/invite';
import { startCoturn, type Coturn } from './coturn';
import { startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';
import { startKeeper, type KeeperProcess } from './keeper-process';
import { startSignaling, type Signaling } from './signaling';
import { approve, blockWithDirector, createTeam, joinTeam, moderator, myFingerprint, openChat, options, participantsUntil, rosterText, teamStatus } from './team-helpers';

// A school network that allows no direct path: every connection, the keeper's too, must go through
// the school's coturn (iceTransportPolicy 'relay'), started here on 127.0.0.1.
let server: FixtureServer;
let signaling: Signaling;
let turn: Coturn;
let a: ExtensionBrowser;
let b: ExtensionBrowser;
let c: ExtensionBrowser;
let keeper: KeeperProcess | undefined;
const dir = mkdtempSync(join(tmpdir(), 'steward-relay-'));

beforeAll(async () => {
  [server, signaling, turn] = await Promise.all([startFixtureServer(), startSignaling(), startCoturn()]);
  [a, b, c] = await Promise.all([moderator(server.port, 'Иванова'), moderator(server.port, 'Петрова'), moderator(server.port, 'Смирнова')]);
});

afterAll(async () => {
  await keeper?.stop();
  for (const ext of [a, b, c]) await ext?.close();
  await signaling?.stop();
  await turn?.stop();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Permissions coturn granted to relay to a peer: a connection through it, not the status check's bare allocation. */
const relayed = () => (turn.log().match(/CREATE_PERMISSION processed, success/g) ?? []).length;

describe('a team whose members cannot reach each other directly', () => {
  it('syncs a block between two browsers and the keeper through the school’s TURN server only', async () => {
    const optionsA = await options(a);
    const code = await createTeam(optionsA, 'Модераторы 7Б', signaling.url, { turn: { url: turn.url, ...turn.credential(), relayOnly: true } });
    expect(decodeInvite(code)).toMatchObject({ iceTransportPolicy: 'relay', iceServers: [{ urls: turn.url }] });
    await expect.poll(() => optionsA.getByTestId('team-turn').innerText(), { timeout: 15_000 }).toContain('работает');
    expect(await teamStatus(optionsA)).toContain('Соединения только через TURN-сервер');

    const optionsB = await options(b);
    await joinTeam(optionsB, code);
    await expect.poll(() => teamStatus(optionsB), { timeout: 30_000 }).toContain('На связи: 1');
    await approve(optionsA, 'Петрова', await myFingerprint(optionsB));
    await expect.poll(() => rosterText(optionsB), { timeout: 20_000 }).toContain('Петрова — участник');
    expect(relayed()).toBeGreaterThanOrEqual(2);

    const chatA = await openChat(a);
    await blockWithDirector(chatA.page, chatA.panel, 'Сидоров', 'Оскорбления после напоминаний');
    const chatB = await openChat(b);
    expect(await participantsUntil(chatB.page, chatB.panel, (t) => t.includes('Сидоров'))).toContain('Заблокирован до');

    // The keeper, with WebRTC for Node, reads the same invite: relay only for it too.
    writeFileSync(join(dir, 'invite.txt'), code);
    const before = relayed();
    keeper = startKeeper({ KEEPER_INVITE_FILE: join(dir, 'invite.txt'), KEEPER_DATA: join(dir, 'data'), KEEPER_NAME: 'Хранитель школы' });
    const keeperKey = /отпечаток ключа хранителя: (\d{5}( \d{5}){5})/.exec(await keeper.waitFor(/отпечаток ключа хранителя/))![1];
    await approve(optionsA, 'Хранитель школы', keeperKey);
    await keeper.waitFor(/синхронизация: записей в команде [1-9]/, 30_000);
    expect(relayed()).toBeGreaterThan(before);

    // The proof that no direct path was used: with the TURN server gone, nothing more gets through.
    await turn.stop();
    await blockWithDirector(chatA.page, chatA.panel, 'Кузнецов', 'Спам после блокировки');
    await chatB.page.waitForTimeout(3000);
    expect(await participantsUntil(chatB.page, chatB.panel, (t) => t.includes('Сидоров'))).not.toContain('Кузнецов');
  });

  it('says plainly when the TURN server refuses the invite’s password', async () => {
    turn = await startCoturn();
    const optionsC = await options(c);
    await createTeam(optionsC, 'Модераторы 8А', signaling.url, { turn: { url: turn.url, username: turn.credential().username, credential: 'wrong-password' } });
    await expect.poll(() => optionsC.getByTestId('team-turn').innerText(), { timeout: 20_000 }).toContain('не принял логин или пароль');
    expect(await optionsC.getByTestId('team-turn').getAttribute('class')).toBe('error');
  });
});
