import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeInvite } from '@/core/team/invite';
import { ROOT, type ExtensionBrowser, type FixtureServer } from './harness';
import { startKeeper, type KeeperProcess } from './keeper-process';
import { freePort, type Signaling } from './signaling';
import { approve, blockWithDirector, createTeam, moderator, openChat, options, teamStatus, useTwoModerators } from './team-helpers';

// A district's one keeper process serving two schools' teams from a directory of invite files.
const team = useTwoModerators();
let server: FixtureServer;
let signaling: Signaling;
let a: ExtensionBrowser;
let b: ExtensionBrowser;
let keeper: KeeperProcess | undefined;
let port = 0;
const dir = mkdtempSync(join(tmpdir(), 'steward-district-'));
const invites = join(dir, 'invites');
mkdirSync(invites);

beforeAll(async () => {
  ({ server, signaling, a, b } = team);
  port = await freePort();
});

// Registered after the moderators' own: runs before their browsers and server close.
afterAll(async () => {
  await keeper?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const fingerprintOf = async (key: string) => /отпечаток ключа хранителя: (\d{5}( \d{5}){5})/.exec(await keeper!.waitFor(new RegExp(`\\[${key}\\] отпечаток ключа хранителя`)))![1];
const recordsOf = (key: string) => Number(/записей в команде (\d+)/.exec(keeper!.lines().filter((l) => l.includes(`[${key}] синхронизация`)).at(-1) ?? '')?.[1] ?? 0);

describe('one keeper for a district', () => {
  it('serves two teams, says which data is damaged, drops a removed team, sleeps and wakes, and its metrics say what its status says', async () => {
    const [optionsA, optionsB] = await Promise.all([options(a), options(b)]);
    writeFileSync(join(invites, 'school31-7b.txt'), await createTeam(optionsA, 'Модераторы 7Б', signaling.url));
    writeFileSync(join(invites, 'school12-8a.txt'), await createTeam(optionsB, 'Модераторы 8А', signaling.url));
    // A third school's team whose data directory is not a directory at all.
    writeFileSync(join(invites, 'school5-9v.txt'), await createTeam(await options(await moderator(server.port, 'Смирнова')), 'Модераторы 9В', signaling.url));
    // And a file that is no invite at all (someone saved the wrong thing into the directory).
    writeFileSync(join(invites, 'notes.txt'), 'STEWARD2:this-is-not-an-invite\n\u0000\u0001');
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'data', 'school5-9v'), 'not a database');

    keeper = startKeeper({ KEEPER_TEAMS_DIR: invites, KEEPER_DATA: join(dir, 'data'), KEEPER_NAME: 'Хранитель района', KEEPER_METRICS_PORT: String(port), KEEPER_IDLE_MINUTES: '0.1' });
    expect(await keeper.waitFor(/\(school5-9v\): каталог данных .*school5-9v не открывается.*остальные команды работают/)).toBeTruthy();
    expect(await keeper.waitFor(/notes\.txt: код приглашения не читается — пропущен/)).toBeTruthy();
    await approve(optionsA, 'Хранитель района', await fingerprintOf('school31-7b'));
    await approve(optionsB, 'Хранитель района', await fingerprintOf('school12-8a'));

    const [chatA, chatB] = await Promise.all([openChat(a), openChat(b)]);
    await blockWithDirector(chatA.page, chatA.panel, 'Сидоров', 'Оскорбления после напоминаний');
    await blockWithDirector(chatB.page, chatB.panel, 'Кузнецов', 'Спам после напоминаний');
    await expect.poll(() => recordsOf('school31-7b'), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => recordsOf('school12-8a'), { timeout: 20_000 }).toBeGreaterThan(0);

    // The same numbers three ways: the status command, /status and the Prometheus text.
    const env = { ...process.env, KEEPER_METRICS_PORT: String(port) };
    const printed = (await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/keeper/run.mjs'), 'status'], { cwd: ROOT, env })).stdout;
    const status = (await (await fetch(`http://127.0.0.1:${port}/status`)).json()) as Array<{ key: string; records: number; members: number; state: string }>;
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    for (const team of status.filter((t) => t.state === 'open')) {
      expect(printed).toMatch(new RegExp(`${team.key} \\(«[^»]+»\\)\\tна связи\\t${team.members}\\t${team.records}\\t`));
      expect(metrics).toContain(`steward_keeper_team_records{team="${team.key}"`);
      expect(metrics).toMatch(new RegExp(`steward_keeper_team_records\\{team="${team.key}",name="[^"]+"\\} ${team.records}\\n`));
    }
    expect(status.find((t) => t.key === 'school5-9v')?.state).toBe('damaged');
    expect(printed).toContain('ПОВРЕЖДЕНА');
    expect(metrics).toMatch(/steward_keeper_team_damaged\{team="school5-9v",name="Модераторы 9В"\} 1\n/);

    // The 8А invite file removed: no longer served, without a restart; 7Б goes on.
    rmSync(join(invites, 'school12-8a.txt'));
    await keeper.waitFor(/\(school12-8a\): файл приглашения удалён/);
    expect(((await (await fetch(`http://127.0.0.1:${port}/status`)).json()) as Array<{ key: string }>).map((t) => t.key).sort()).toEqual(['school31-7b', 'school5-9v']);

    // Nobody of 7Б online for a while: its doc is let go. Иванова comes back: it wakes and syncs.
    await optionsA.getByLabel('Синхронизировать').uncheck();
    await keeper.waitFor(/\(school31-7b\): никого на связи — данные записаны, команда спит/, 30_000);
    await optionsA.getByLabel('Синхронизировать').check();
    await keeper.waitFor(/\(school31-7b\): участник на связи — открываю/, 30_000);
    await expect.poll(() => teamStatus(optionsA), { timeout: 20_000 }).toContain('На связи: 1');
    expect(decodeInvite(await optionsA.getByTestId('team-code').inputValue())?.team).toBe('Модераторы 7Б');
  });
});
