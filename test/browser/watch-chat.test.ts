import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '@/core/settings';
import { findProfile } from '@/core/regulation/profiles';
import { quietFromProfile } from '@/core/regulation/quiet-from-profile';
import { Panel, readLog, setStorage } from './harness';
import { PageMarks } from './page-marks';
import { sent } from './chat-page';
import { useExtensionBrowser } from './use-extension-browser';

const browser = useExtensionBrowser();
/** The school's zone is the browser's here, so the fixture's "23:40" is in quiet hours on either clock. */
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** As choosing School No. 13's regulation in the settings leaves them: its quiet hours, cited to 3.3. */
const SETTINGS = { ...defaultSettings(ZONE), quiet: { timeZone: ZONE, ...quietFromProfile(findProfile('omsk-13', [])!)! }, profileId: 'omsk-13', roles: ['chat-admin'], actorName: 'Иванова И.И.' };

beforeAll(async () => {
  await setStorage(browser.ext.worker, {
    settings: SETTINGS,
  });
});

const SITES = [
  {
    name: 'MAX',
    url: 'https://web.max.ru/-70000000001?fixture=max-watch',
    messages: '.bubble',
    night: 'завтра контрольная будет',
    phone: 'Телефон мамы Лёши',
    phoneAuthor: 'Петрова Анна',
    phoneNumber: '8 912 345-67-89',
    rude: 'пошли вы',
    clean: 'до встречи в 8:30',
    other: { link: '/-70000000002', text: 'kirill.smirnov@mail.ru' },
  },
  {
    name: 'VK',
    url: 'https://web.vk.me/convo/2000000005?fixture=vk-watch',
    messages: 'article',
    night: 'скиньте ответы',
    phone: 'Номер папы Димы',
    phoneAuthor: 'Орлова Вера',
    phoneNumber: '+7 (913) 111-22-33',
    rude: 'х у й н я',
    clean: 'до встречи в 8:30',
    other: { link: '/convo/2000000006', text: 'nina.belova@mail.ru' },
  },
];

/** Empties the store, as the options page's "erase everything" does: every message is to be reviewed again. */
async function eraseLog(): Promise<void> {
  const page = await browser.ext.context.newPage();
  await page.goto(`chrome-extension://${browser.ext.extensionId}/options.html`);
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'log/erase' }));
  await page.close();
}

const queue = (panel: Panel) => panel.text('[data-testid="review-queue"]').then((t) => t ?? '');
const entryButton = (id: string, action: string) => `.steward-queue > li[data-message="${id}"] [data-action="${action}"]`;
const entryIds = (panel: Panel) => panel.call<string[]>('.steward-queue', 'function () { return [...this.children].map((li) => li.dataset.message); }').then((v) => v ?? []);
async function entryWith(panel: Panel, text: string): Promise<string> {
  const ids = await panel.call<Array<[string, string]>>('.steward-queue', 'function () { return [...this.children].map((li) => [li.dataset.message, li.innerText]); }');
  const found = ids?.find(([, t]) => t.includes(text));
  if (!found) throw new Error(`no queue entry with "${text}"`);
  return found[0];
}

describe.each(SITES)('watching the chat on $name', (site) => {
  it('flags a phone number, an obscene message and a night post with their clauses, not a clean message; each handled once', async () => {
    const page = await browser.ext.context.newPage();
    await page.goto(site.url);
    const panel = await Panel.of(page);
    const marks = await PageMarks.of(page, site.messages);
    await expect.poll(() => queue(panel), { timeout: 10_000 }).toContain('К проверке (3)');
    const text = await queue(panel);
    expect(text).toContain('номер телефона — п. 3.3');
    expect(text).toContain('нецензурная лексика — п. 3.2');
    expect(text).toContain('сообщение в тихие часы — п. 3.3');
    // Cited by the regulation's title and school, never a file name.
    expect(text).toMatch(/п\. 3\.2 Порядок[^\n]*№ 13/);
    expect(text).not.toContain('.txt');
    expect(text).not.toContain(site.clean);
    const flags = await marks.flags();
    expect(flags).toHaveLength(3);
    expect(flags.find((f) => f.includes(site.phone))).toMatch(/⚠ номер телефона \| Найдено: номер телефона — п\. 3\.3/);
    // The found words are highlighted without changing the page's markup.
    expect(await page.evaluate(() => document.querySelectorAll('mark, [class*="highlight"]').length)).toBe(0);
    expect(await page.evaluate(() => [...(CSS.highlights.get('steward-found') ?? [])].map((r) => String(r)))).toEqual(expect.arrayContaining([site.phoneNumber]));

    // Record: the form is filled with the author, the clause and the message as evidence.
    const phone = await entryWith(panel, site.phone);
    await panel.click(entryButton(phone, 'record'));
    await expect.poll(() => panel.text('[data-testid="evidence"]')).toContain(site.phone);
    expect(await panel.call('#steward-subject', 'function () { return this.value; }')).toBe(site.phoneAuthor);
    await panel.click('[data-action="violation"]');
    await expect.poll(() => panel.text('[data-testid="mod-result"]')).toContain('Записано');
    await expect.poll(() => queue(panel)).toContain('К проверке (2)');
    // The entry left the queue, but the moderator's focus stays in the form they used.
    expect(await panel.call('[data-action="violation"]', 'function () { return this.getRootNode().activeElement === this; }')).toBe(true);
    await expect.poll(() => marks.flags()).toContainEqual(expect.stringMatching(/разобрано: Иванова И\.И\./));

    // Remind: the reply goes into the composer, citing the clause; nothing is sent.
    await panel.click(entryButton(await entryWith(panel, site.rude), 'remind'));
    await expect.poll(() => page.locator('[data-fixture-composer]').innerText()).toContain('напоминаю правила чата: п. 3.2');
    expect(await sent(page)).toEqual([]);
    await expect.poll(() => queue(panel)).toContain('К проверке (1)');

    // Dismiss: a false alarm, a team record without the text.
    await panel.click(entryButton(await entryWith(panel, site.night), 'dismiss'));
    await expect.poll(() => queue(panel)).toContain('К проверке (0)');
    const chatId = new URL(site.url).pathname.split('/').pop();
    const log = (await readLog<{ kind: string; chat: { id: string }; messageId?: string; evidence?: string; findings?: string[] }>(browser.ext.worker)).filter((r) => r.chat.id === chatId);
    expect(log.filter((r) => r.messageId).map((r) => r.kind).sort()).toEqual(['flag-dismissed', 'rules-reminder', 'violation']);
    expect(log.find((r) => r.kind === 'flag-dismissed')).toMatchObject({ findings: ['night'] });
    expect(log.find((r) => r.kind === 'violation')?.evidence).toContain(site.phone);

    // A re-render and a chat switch keep every flag where it was.
    const before = await marks.flags();
    await page.evaluate(() => {
      const list = document.querySelector('[data-fixture-messages]')!;
      list.innerHTML = list.innerHTML;
    });
    await expect.poll(() => marks.flags()).toEqual(before);
    await page.click(`a[href="${site.other.link}"]`);
    await expect.poll(() => queue(panel)).toContain(site.other.text);
    await page.goBack();
    await page.click(`a[href="${new URL(site.url).pathname}"]`).catch(() => undefined);
    await page.close();
  });

  it('works through the queue by keyboard alone', async () => {
    await eraseLog();
    const page = await browser.ext.context.newPage();
    await page.goto(site.url.replace('fixture=', 'x=1&fixture='));
    const panel = await Panel.of(page);
    await expect.poll(() => entryIds(panel), { timeout: 10_000 }).toHaveLength(3);
    const [first, second] = await entryIds(panel);
    // "Show" scrolls to the message and focuses its flag; the flag leads back to its entry.
    await panel.focus(entryButton(first, 'show'));
    await page.keyboard.press('Enter');
    await panel.focus(entryButton(first, 'dismiss'));
    await page.keyboard.press('Enter');
    await expect.poll(() => entryIds(panel)).toEqual(expect.not.arrayContaining([first]));
    // Focus moved on to the next entry, so Enter again handles it.
    await panel.waitForFocus(entryButton(second, 'show'));
    await panel.focus(entryButton(second, 'dismiss'));
    await page.keyboard.press('Enter');
    await expect.poll(() => entryIds(panel)).toHaveLength(1);
    await page.close();
  });
});

describe('allowing a phrase after a false alarm', () => {
  it('takes the phrase off every flag at once (outside a team: for this browser), and the options page lists it', async () => {
    const page = await browser.ext.context.newPage();
    await page.goto('https://web.max.ru/-70000000002?fixture=max-watch');
    const panel = await Panel.of(page);
    const marks = await PageMarks.of(page, '.bubble');
    await page.evaluate(() => document.querySelector('[data-fixture-messages]')!.insertAdjacentHTML('beforeend', document.getElementById('messages--70000000002')!.innerHTML));
    await expect.poll(() => queue(panel), { timeout: 10_000 }).toContain('kirill.smirnov@mail.ru');
    await expect.poll(async () => (await marks.flags()).filter((f) => f.includes('kirill.smirnov')).length).toBeGreaterThan(0);
    await panel.click(entryButton(await entryWith(panel, 'kirill.smirnov@mail.ru'), 'allow'));
    await expect.poll(() => panel.text('.steward-notice')).toContain('больше не отмечается в этом браузере');
    // Checked again under the new list: the entry and the flag go.
    await expect.poll(() => queue(panel)).not.toContain('kirill.smirnov@mail.ru');
    await expect.poll(async () => (await marks.flags()).filter((f) => f.includes('kirill.smirnov')).length).toBe(0);
    const options = await browser.ext.context.newPage();
    await options.goto(`chrome-extension://${browser.ext.extensionId}/options.html#watch`);
    await expect.poll(() => options.getByTestId('allowed-phrases').innerText()).toContain('kirill.smirnov@mail.ru');
    await options.close();
    await page.close();
  });
});
