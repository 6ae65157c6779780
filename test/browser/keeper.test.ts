import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './harness';
import { startKeeper, type KeeperProcess } from './keeper-process';
import type { Signaling } from './signaling';
import { approve, blockWithDirector, createTeam, joinTeam, openChat, options, participantsUntil, rosterText, teamStatus, useTwoModerators } from './team-helpers';

// Two moderators who are never online together, and the school's always-on member between them.
const team = useTwoModerators();
let signaling: Signaling;
let a: ExtensionBrowser;
let b: ExtensionBrowser;
let keeper: KeeperProcess | undefined;
const dir = mkdtempSync(join(tmpdir(), 'steward-keeper-'));
const env = { KEEPER_INVITE_FILE: join(dir, 'invite.txt'), KEEPER_DATA: join(dir, 'data'), KEEPER_NAME: 'Хранитель школы' };

beforeAll(() => void ({ signaling, a, b } = team));

// Registered after the moderators' own: runs before their browsers close.
afterAll(async () => {
  await keeper?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const recordsIn = (line: string) => Number(/записей в команде (\d+)/.exec(line)?.[1]);

describe('the always-on member', () => {
  it('carries a block from a moderator who went offline to one who comes later, and keeps it across a restart', async () => {
    const optionsA = await options(a);
    writeFileSync(env.KEEPER_INVITE_FILE, await createTeam(optionsA, 'Модераторы 7Б', signaling.url));
    keeper = startKeeper(env);
    const keeperKey = /отпечаток ключа хранителя: (\d{5}( \d{5}){5})/.exec(await keeper.waitFor(/отпечаток ключа хранителя/))![1];
    await keeper.waitFor(/сигнальный сервер .*: на связи/);
    await expect.poll(() => teamStatus(optionsA), { timeout: 20_000 }).toContain('На связи: 1');
    // The keeper asks to join like anyone; the owner compares its fingerprint and approves.
    await approve(optionsA, 'Хранитель школы', keeperKey);

    const chatA = await openChat(a);
    await blockWithDirector(chatA.page, chatA.panel, 'Сидоров', 'Оскорбления после напоминаний');
    await keeper.waitFor(/синхронизация: записей в команде [1-9]/);
    await optionsA.getByLabel('Синхронизировать').uncheck();
    await expect.poll(() => teamStatus(optionsA)).toContain('Синхронизация выключена');

    // Петрова joins while Иванова is offline: only the keeper holds the block.
    const optionsB = await options(b);
    await joinTeam(optionsB, await optionsA.getByTestId('team-code').inputValue());
    await expect
      .poll(() => rosterText(optionsB), { timeout: 20_000 })
      .toContain('Хранитель школы — участник')
      .catch(async (error: Error) => {
        throw new Error(`${error.message}; Петрова's team section said: ${await teamStatus(optionsB)}; the keeper printed:\n${keeper?.lines().slice(-12).join('\n')}`);
      });
    const chatB = await openChat(b);
    expect(await participantsUntil(chatB.page, chatB.panel, (t) => t.includes('Сидоров'))).toContain('Заблокирован до');

    // SIGTERM: it stops cleanly; started again from its data directory, it holds everything.
    const held = recordsIn(keeper.lines().filter((l) => l.includes('записей в команде')).at(-1)!);
    expect(await keeper.stop()).toBe(0);
    expect(keeper.lines().at(-1)).toContain('остановлен, всё полученное сохранено');
    keeper = startKeeper(env);
    expect(recordsIn(await keeper.waitFor(/Хранитель команды «Модераторы 7Б»/))).toBe(held);
  });

  it('names a missing or unreadable invite, in Russian', async () => {
    const noInvite = startKeeper({ KEEPER_INVITE_FILE: '', KEEPER_INVITE: '', KEEPER_DATA: join(dir, 'none') });
    expect(await noInvite.waitFor(/Не задан код приглашения/)).toBeTruthy();
    const broken = startKeeper({ KEEPER_INVITE: 'STEWARD2:не-код', KEEPER_INVITE_FILE: '', KEEPER_DATA: join(dir, 'none') });
    expect(await broken.waitFor(/Код приглашения не читается/)).toBeTruthy();
  });
});
