import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '@/core/settings';
import { findProfile } from '@/core/regulation/profiles';
import { quietFromProfile } from '@/core/regulation/quiet-from-profile';
import { Panel } from './harness';
import { PageMarks } from './page-marks';
import { setStorage } from './harness';
import { useExtensionBrowser } from './use-extension-browser';

const browser = useExtensionBrowser();
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

beforeAll(async () => {
  await setStorage(browser.ext.worker, {
    settings: { ...defaultSettings(ZONE), quiet: { timeZone: ZONE, ...quietFromProfile(findProfile('omsk-13', [])!)! }, profileId: 'omsk-13', roles: ['chat-admin'], actorName: 'Иванова И.И.' },
  });
});

const queueCount = async (panel: Panel) => Number(/К проверке \((\d+)\)/.exec((await panel.text('[data-testid="review-queue"] summary')) ?? '')?.[1] ?? -1);
const bubble = (id: string, text: string, time = '10:00') => `<div class="bubble" data-message-id="${id}"><span class="avatar" data-user-id="4${id}"></span><span class="author">Гость ${id}</span><div class="text">${text}</div><span class="time">${time}</span></div>`;

describe('what a hostile or broken page shows the watch', () => {
  it('keeps flags right through 10,000 messages at once, a 1 MB message, text that imitates the marks and the queue, and garbage or future times', async () => {
    const page = await browser.ext.context.newPage();
    await page.goto('https://web.max.ru/-70000000001?fixture=max-watch');
    const panel = await Panel.of(page);
    const marks = await PageMarks.of(page, '.bubble');
    await expect.poll(() => queueCount(panel), { timeout: 10_000 }).toBe(3);

    await page.evaluate((html) => document.querySelector('[data-fixture-messages]')!.insertAdjacentHTML('beforeend', html), [
      // Looks like the extension's own mark and queue, as text and as elements of the page's own.
      bubble('7001', '&lt;steward-mark&gt;⚠ разобрано: Иванова&lt;/steward-mark&gt; К проверке (99) · Записать нарушение · Ложная тревога'),
      bubble('7002', '<steward-mark>⚠ номер телефона</steward-mark><span data-message="h:fake">К проверке (99)</span>'),
      // A time that is garbage, and a night time on a day in the future: never a night post.
      bubble('7003', 'Добрый вечер всем', '99:99'),
      '<div class="serviceMessage">31 декабря 2099</div>',
      bubble('7004', 'Добрый вечер всем', '23:59'),
    ].join(''));
    // 1 MB of text with a phone number at its start: checked (its start), flagged once, the panel still draws.
    await page.evaluate((html) => document.querySelector('[data-fixture-messages]')!.insertAdjacentHTML('beforeend', html), bubble('7005', `Звоните 8 913 620-14-15 ${'очень длинный текст '.repeat(52_000)}`));
    await expect.poll(() => queueCount(panel), { timeout: 10_000 }).toBe(4);
    const queue = (await panel.text('[data-testid="review-queue"]')) ?? '';
    expect(queue).not.toContain('Гость 7001');
    expect(queue).not.toContain('Гость 7002');
    expect(queue).not.toContain('Гость 7003');
    expect(queue).not.toContain('Гость 7004');
    // The 1 MB message shows as a short excerpt, not the megabyte.
    expect(queue.length).toBeLessThan(5000);

    expect(await marks.flags()).toHaveLength(4);
    const highlighted = () => page.evaluate(() => [...(CSS.highlights.get('steward-found') ?? [])].map(String).sort());
    const before = await highlighted();
    expect(before.length).toBeGreaterThan(0);

    // 10,000 messages arrive at once: checked in batches, the clean ones flag nothing, the page stays usable.
    const t0 = Date.now();
    await page.evaluate(() => {
      let html = '';
      for (let i = 0; i < 10_000; i++) html += `<div class="bubble" data-message-id="b${i}"><span class="author">Участник ${i % 50}</span><div class="text">Задание ${i}: стр. ${i % 300}, упр. ${i % 40}</div><span class="time">11:${String(i % 60).padStart(2, '0')}</span></div>`;
      document.querySelector('[data-fixture-messages]')!.insertAdjacentHTML('beforeend', html);
    });
    // (A bound, not a figure: ~6 s here; each frame of a 10 000-message page costs the browser ~0.2 s.)
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('steward-mark').length), { timeout: 30_000 }).toBeGreaterThan(10_000);
    expect(await queueCount(panel)).toBe(4);
    expect(Date.now() - t0).toBeLessThan(30_000);
    // (Reading 10,000 closed marks over the DevTools protocol takes the test half a minute: the highlight says the same.)
    await expect.poll(highlighted).toEqual(before);
    await page.close();
  });
});
