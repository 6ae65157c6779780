import { describe, expect, it } from 'vitest';
import { getStorage, Panel, setStorage } from './harness';
import { regulationText } from './regulation-documents';
import { approve, createTeam, joinTeam, myFingerprint, options, rosterText, useTwoModerators } from './team-helpers';

// An admin reads the school's regulation once and sets it for the team; a colleague gets it by sync.
const team = useTwoModerators();

describe('one regulation for the whole school', () => {
  it('the owner sets the reviewed regulation for the team; a member who had none gets it, with who set it and when', async () => {
    const { a, b, signaling } = team;
    // Петрова has not chosen a regulation yet.
    const settingsB = await getStorage<Record<string, unknown>>(b.worker, 'settings');
    await setStorage(b.worker, { settings: { ...settingsB, profileId: null, roles: ['chat-moderator'] } });

    const optionsA = await options(a);
    const code = await createTeam(optionsA, 'Модераторы гимназии', signaling.url);
    const optionsB = await options(b);
    await joinTeam(optionsB, code);
    await approve(optionsA, 'Петрова', await myFingerprint(optionsB));
    await expect.poll(() => rosterText(optionsB), { timeout: 20_000 }).toContain('Петрова — участник');

    // Иванова reads the regulation from its text and saves it without changes.
    const review = await a.context.newPage();
    await review.goto(`chrome-extension://${a.extensionId}/review.html?from=options`);
    await review.locator('#regulation-text').fill(regulationText('gymnasium-parents-chat.txt'));
    await review.getByRole('button', { name: 'Прочитать текст' }).click();
    await review.locator('[data-action="save"]').click();
    await expect.poll(() => review.getByTestId('review-done').innerText()).toContain('Правила общения');
    await review.close();

    // …and sets it for everyone.
    await optionsA.reload();
    await optionsA.locator('[data-action="set-team-regulation"]').click();
    await expect.poll(() => optionsA.getByTestId('team-regulation').innerText()).toMatch(/Положение команды: «Правила общения.*» \(МАОУ «Гимназия № 2»\) — установил\(а\) Иванова/);

    // Петрова's browser takes it up, chooses it (she had none) and says who set it.
    await expect.poll(async () => (await getStorage<{ profileId: string | null }>(b.worker, 'settings')).profileId, { timeout: 20_000 }).toMatch(/^school-/);
    await optionsB.reload();
    await expect.poll(() => optionsB.getByTestId('team-regulation').innerText()).toContain('установил(а) Иванова');
    expect(await optionsB.locator('[data-action="set-team-regulation"]').count()).toBe(0);
    expect(await optionsB.getByTestId('team-regulation').innerText()).toContain('может владелец или администратор');

    // Her panel cites the gymnasium's regulation, and her quiet hours are its 21:00–08:00.
    const chat = await b.context.newPage();
    await chat.goto('https://web.max.ru/-70000000001');
    const panel = await Panel.of(chat);
    expect(await panel.waitForText('[data-testid="duties-elsewhere"]')).toContain('Следить за соблюдением Правил всеми участниками чата.');
    const quiet = (await getStorage<{ quiet: { windows: unknown[] } }>(b.worker, 'settings')).quiet;
    expect(quiet.windows).toEqual([{ days: [0, 1, 2, 3, 4, 5, 6], start: '21:00', end: '08:00' }]);
    await chat.close();
  });
});
