import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './harness';
import { approve, createTeam, joinTeam, moderator, myFingerprint, options, rosterText, useTwoModerators } from './team-helpers';

// Петрова saves her key, loses her browser, and restores it on a new one; Иванова hands the team over.
const team = useTwoModerators();
let fresh: ExtensionBrowser;
beforeAll(async () => {
  fresh = await moderator(team.server.port, 'Новый браузер');
});
afterAll(async () => fresh?.close());

describe('identity backup and a new owner', () => {
  it('a member restores her key on a new browser and is the same member; a wrong passphrase or another file changes nothing; the owner hands the team to her', async () => {
    const { a, b, signaling } = team;
    const optionsA = await options(a);
    const code = await createTeam(optionsA, 'Модераторы 5В', signaling.url);
    const optionsB = await options(b);
    await joinTeam(optionsB, code);
    const fingerprint = await myFingerprint(optionsB);
    await approve(optionsA, 'Петрова', fingerprint);
    await expect.poll(() => optionsB.getByTestId('team-me').innerText(), { timeout: 20_000 }).toContain('Вы — участник команды');

    // Петрова saves her key under a passphrase.
    const backup = optionsB.getByTestId('identity-backup');
    await backup.locator('input[name="pass"]').first().fill('зелёный чайник 42');
    await backup.locator('input[name="again"]').fill('зелёный чайник 42');
    const [download] = await Promise.all([optionsB.waitForEvent('download'), backup.getByRole('button', { name: 'Сохранить ключ в файл' }).click()]);
    const file = readFileSync((await download.path())!);
    expect(file.toString()).toContain('chat-steward-identity');

    // On a new browser: a wrong passphrase, then a file that is not a key, each said; then the right one.
    const page = await options(fresh);
    const restore = page.getByTestId('identity-backup').locator('form').nth(1);
    page.on('dialog', (dialog) => void dialog.accept());
    const tryRestore = async (buffer: Buffer, passphrase: string) => {
      await restore.locator('input[name="file"]').setInputFiles({ name: 'ключ.json', mimeType: 'application/json', buffer });
      await restore.locator('input[name="pass"]').fill(passphrase);
      await restore.getByRole('button', { name: 'Восстановить ключ' }).click();
    };
    const note = () => page.getByTestId('backup-note').innerText().catch(() => '');
    const before = await myFingerprintOrNone(page);
    await tryRestore(file, 'синий чайник 42');
    await expect.poll(note).toContain('Пароль не подходит');
    await tryRestore(Buffer.from('{"records": []}'), 'зелёный чайник 42');
    await expect.poll(note).toContain('Это не файл с ключом');
    expect(await myFingerprintOrNone(page)).toBe(before);
    await tryRestore(file, 'зелёный чайник 42');
    await expect.poll(() => page.getByTestId('team-me').innerText().catch(() => ''), { timeout: 20_000 }).toContain('Вы — участник команды');
    expect(await myFingerprint(page)).toBe(fingerprint);

    // Иванова hands the team to Петрова: every browser sees the new owner.
    optionsA.once('dialog', (dialog) => void dialog.accept());
    await optionsA.getByTestId('team-roster').locator('li[data-member="Петрова"] [data-action="hand-over"]').click();
    for (const p of [optionsA, page]) await expect.poll(() => rosterText(p), { timeout: 20_000 }).toMatch(/Петрова — владелец[\s\S]*Иванова — администратор|Иванова — администратор[\s\S]*Петрова — владелец/);
  }, 120_000);
});

async function myFingerprintOrNone(page: Parameters<typeof myFingerprint>[0]): Promise<string | null> {
  const me = page.getByTestId('team-me');
  const text = (await me.count()) ? await me.innerText() : '';
  return /\d{5}( \d{5}){5}/.exec(text)?.[0] ?? null;
}
