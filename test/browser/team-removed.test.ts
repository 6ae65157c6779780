import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLog, type ExtensionBrowser } from './harness';
import { approve, createTeam, joinTeam, moderator, myFingerprint, openChat, options, record, teamStatus, useTwoModerators } from './team-helpers';

// Three moderators: Иванова (owner) and Петрова from the shared set-up, and Сидорова.
const team = useTwoModerators();
let c: ExtensionBrowser;
beforeAll(async () => {
  c = await moderator(team.server.port, 'Сидорова');
});
afterAll(async () => c?.close());

type Row = { id: string; subject?: { name: string }; reason?: string };
const reasonsOf = async (ext: ExtensionBrowser, subject: string) =>
  (await readLog<Row>(ext.worker)).filter((r) => r.subject?.name === subject).map((r) => r.reason).sort();

async function recorded(ext: ExtensionBrowser, subject: string, reason: string) {
  const chat = await openChat(ext);
  await record(chat.page, chat.panel, subject, reason, 'violation');
  await expect.poll(() => chat.panel.text('[data-testid="mod-result"]')).toContain('Записано');
  await chat.page.close();
}

const setSync = (page: Page, on: boolean) => (on ? page.getByLabel('Синхронизировать').check() : page.getByLabel('Синхронизировать').uncheck());

describe('a removed member cannot write the team’s history', () => {
  it('B, removed while offline, writes records and comes back to the old room: A and C take none in; the owner sees them held and lets one in', async () => {
    const { a, b, signaling } = team;
    const optionsA = await options(a);
    const code = await createTeam(optionsA, 'Модераторы 9А', signaling.url);
    const member = async (ext: ExtensionBrowser, name: string) => {
      const page = await options(ext);
      await joinTeam(page, code);
      await approve(optionsA, name, await myFingerprint(page));
      await expect.poll(() => page.getByTestId('team-me').innerText(), { timeout: 20_000 }).toContain('Вы — участник команды');
      return page;
    };
    const optionsB = await member(b, 'Петрова');
    const optionsC = await member(c, 'Сидорова');

    // Before her removal, Петрова's record reaches everyone and stays the team's.
    await recorded(b, 'Кузьмин', 'До удаления');
    for (const ext of [a, c]) await expect.poll(() => reasonsOf(ext, 'Кузьмин'), { timeout: 20_000 }).toEqual(['До удаления']);

    // Сидорова and Петрова are away; Иванова removes Петрова and the team moves.
    await setSync(optionsC, false);
    await setSync(optionsB, false);
    await expect.poll(() => teamStatus(optionsB)).toContain('Синхронизация выключена');
    optionsA.once('dialog', (dialog) => void dialog.accept());
    await optionsA.getByTestId('team-roster').locator('li[data-member="Петрова"]').getByRole('button', { name: 'Удалить из команды' }).click();
    await expect.poll(() => optionsA.getByTestId('team-removed').innerText().catch(() => ''), { timeout: 10_000 }).toContain('Удалён(а): Петрова');

    // Petrova, not knowing, writes two more; then comes back to the old room, where Иванова's relay holds the removal.
    await recorded(b, 'Кузьмин', 'После удаления 1');
    await recorded(b, 'Кузьмин', 'После удаления 2');
    await setSync(optionsB, true);
    await expect.poll(() => optionsB.getByTestId('team-me').innerText(), { timeout: 30_000 }).toContain('Вас удалили из команды');
    // Her records reach the old room after Иванова left it: Иванова's relay carries them to the new one, held.
    const held = () => optionsA.getByTestId('team-held').innerText().catch(() => '');
    await expect.poll(held, { timeout: 30_000 }).toContain('Пришло от исключённого участника: 2 записей');

    // Сидорова comes back: she finds the removal in the old room, follows the move, and sees them held too.
    await setSync(optionsC, true);
    await expect.poll(() => teamStatus(optionsC), { timeout: 30_000 }).toContain('На связи: 1');
    await expect.poll(() => optionsC.getByTestId('team-held').innerText().catch(() => ''), { timeout: 30_000 }).toContain('Пришло от исключённого участника: 2 записей');
    for (const ext of [a, c]) expect(await reasonsOf(ext, 'Кузьмин')).toEqual(['До удаления']);
    expect(await optionsC.getByTestId('team-held').innerText()).toContain('Решить, принять ли их, может владелец или администратор');
    expect(await optionsC.getByTestId('team-held').getByRole('button').count()).toBe(0);

    // The owner lets one in (an honest record that travelled offline); it reaches Сидорова too.
    await optionsA.getByTestId('team-held').locator('li').first().getByRole('button', { name: 'Принять в журнал команды' }).click();
    await expect.poll(held, { timeout: 10_000 }).toContain('Пришло от исключённого участника: 1 записей');
    for (const ext of [a, c]) await expect.poll(async () => (await reasonsOf(ext, 'Кузьмин')).length, { timeout: 20_000 }).toBe(2);
    expect((await reasonsOf(a, 'Кузьмин'))[0]).toBe('До удаления');
  }, 150_000);
});
