import { beforeAll, expect, it } from 'vitest';
import { Panel, type ExtensionBrowser } from './harness';
import { PageMarks } from './page-marks';
import type { Signaling } from './signaling';
import { approve, createTeam, joinTeam, myFingerprint, options, rosterText, teamStatus, useTwoModerators } from './team-helpers';

// Two moderators' own Chromium profiles in one team, meeting through a signaling server on 127.0.0.1.
const team = useTwoModerators();
let signaling: Signaling;
let a: ExtensionBrowser;
let b: ExtensionBrowser;
beforeAll(() => void ({ signaling, a, b } = team));

const WATCH = 'https://web.max.ru/-70000000001?fixture=max-watch';
const UNKNOWN = 'https://web.max.ru/-70000000001?fixture=max-unknown';
const queue = (panel: Panel) => panel.text('[data-testid="review-queue"]').then((t) => t ?? '');

async function openWatched(ext: ExtensionBrowser, url = WATCH) {
  const page = await ext.context.newPage();
  await page.goto(url);
  return { page, panel: await Panel.of(page), marks: await PageMarks.of(page, url === WATCH ? '.bubble' : 'li') };
}

it('a false alarm dismissed by one moderator leaves the other\'s queue at once; selectors the owner shares work in the member\'s tab, a member\'s own sharing is refused', async () => {
  const optionsA = await options(a);
  const code = await createTeam(optionsA, 'Модераторы 7Б', signaling.url);
  const optionsB = await options(b);
  await joinTeam(optionsB, code);
  await approve(optionsA, 'Петрова', await myFingerprint(optionsB));
  await expect.poll(() => rosterText(optionsB), { timeout: 20_000 }).toContain('Петрова — участник');
  await expect.poll(() => teamStatus(optionsB), { timeout: 20_000 }).toContain('На связи: 1');

  const chatA = await openWatched(a);
  const chatB = await openWatched(b);
  for (const chat of [chatA, chatB]) await expect.poll(() => queue(chat.panel), { timeout: 10_000 }).toContain('Телефон мамы Лёши');
  const id = (await chatA.panel.call<string[]>('.steward-queue', 'function () { return [...this.children].filter((li) => li.innerText.includes("Телефон мамы")).map((li) => li.dataset.message); }'))![0];
  await chatA.panel.click(`.steward-queue > li[data-message="${id}"] [data-action="dismiss"]`);
  await expect.poll(() => queue(chatA.panel)).not.toContain('Телефон мамы Лёши');
  // Петрова's open tab drops it without a reload, and its flag says who handled it.
  await expect.poll(() => queue(chatB.panel), { timeout: 20_000 }).not.toContain('Телефон мамы Лёши');
  await expect.poll(() => chatB.marks.flags()).toContainEqual(expect.stringMatching(/Телефон мамы Лёши[\s\S]*разобрано: Иванова/));

  // Selectors taught in Петрова's browser: a member may use them, not share them.
  const learned = { items: 'li.row_k3', author: 'b.nm_k3' };
  const askB = (request: unknown) => optionsB.evaluate((r) => chrome.runtime.sendMessage(r), request) as Promise<{ ok: boolean; error?: string }>;
  expect(await askB({ type: 'site/share', site: 'max', learned })).toMatchObject({ ok: false, error: 'not-admin' });

  // Иванова (the owner) shares them: Петрова's tab on the changed markup finds its messages with no teaching of its own.
  const before = await openWatched(b, UNKNOWN);
  expect(await before.panel.waitForText('[data-testid="learn"] [role="status"]')).toContain('Сообщения чата на странице не найдены');
  await before.page.close();
  expect(await optionsA.evaluate((r) => chrome.runtime.sendMessage(r), { type: 'site/share', site: 'max', learned })).toMatchObject({ ok: true });
  const after = await openWatched(b, UNKNOWN);
  await expect.poll(async () => (await after.marks.read()).length, { timeout: 20_000 }).toBe(3);
  expect(await after.panel.text('[data-testid="learned"]')).toContain('от команды: Иванова');
  await after.panel.click('[data-testid="page-check"] summary');
  await expect.poll(() => after.panel.text('[data-part="messages"]')).toContain('от команды: Иванова');
});
