import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultSettings } from '@/core/settings';
import { getStorage, readLog, setStorage, zoneWhereHourIs } from './harness';
import { useExtensionBrowser } from './use-extension-browser';
import { openChat, pressSend, sendAsEmergency, sent } from './chat-page';

const SITES = [
  { name: 'MAX', url: 'https://web.max.ru/-70000000001', composer: '[data-lexical-editor="true"]', send: 'button[aria-label="Отправить сообщение"]', chatId: '-70000000001' },
  { name: 'VK Messenger', url: 'https://web.vk.me/convo/2000000005', composer: '.ComposerInput__input', send: 'button.ConvoComposer__sendButton--submit', chatId: '2000000005' },
  { name: 'vk.com/im', url: 'https://vk.com/im/convo/2000000007', composer: '.ComposerInput__input', send: 'button.ConvoComposer__sendButton--submit', chatId: '2000000007' },
  // The markup public userscripts describe (2025–2026): hashed classes, delegated events, VKUI.
  { name: 'MAX (Svelte markup)', url: 'https://web.max.ru/-70000000003?fixture=max-svelte', composer: '[data-fixture-composer]', send: '[data-fixture-send]', chatId: '-70000000003' },
  { name: 'VK Messenger (VKUI markup)', url: 'https://web.vk.me/convo/2000000009?fixture=vk-vkui', composer: '[data-fixture-composer]', send: '[data-fixture-send]', chatId: '2000000009' },
];

const DRAFT = 'Завтра контрольная по алгебре';

const browser = useExtensionBrowser();

/** 01:00 at the school is well inside 22:00–06:00 however long the test takes; 13:00 is well outside. */
async function useSchoolHour(hour: number) {
  await setStorage(browser.ext.worker, { settings: defaultSettings(zoneWhereHourIs(hour)), drafts: [] });
}


/** Types the draft into the composer and presses Enter, as a user sending it would. */
async function typeAndSend(page: Page, composer: string) {
  await page.click(composer);
  await page.keyboard.type(DRAFT);
  await page.keyboard.press('Enter');
}

const draftIn = (page: Page, selector: string) => page.locator(selector).innerText();

describe.each(SITES)('quiet-hours guard on $name', (site) => {
  it('holds Enter and the send button at night, keeps the draft, and sends an emergency exactly once', async () => {
    await useSchoolHour(1);
    const { page, panel } = await openChat(browser.ext, site.url);
    await typeAndSend(page, site.composer);
    await panel.waitForText('dialog[open]');
    expect(await panel.text('[data-testid="rule"]')).toContain('п. 2.3 — Типовые правила — не положение вашей школы');
    expect(await panel.text('[data-testid="local-time"]')).toMatch(/01:\d\d/);
    expect(await sent(page)).toEqual([]);
    expect((await draftIn(page, site.composer)).trim()).toBe(DRAFT);

    // Esc is Cancel: the dialog goes, the draft stays exactly as typed, focus returns to it.
    await page.keyboard.press('Escape');
    await panel.waitForGone('dialog');
    expect((await draftIn(page, site.composer)).trim()).toBe(DRAFT);
    expect(await page.evaluate((s) => document.activeElement === document.querySelector(s), site.composer)).toBe(true);

    // Shift+Enter is a new line, never a send: no dialog.
    await page.keyboard.press('Shift+Enter');
    expect(await panel.text('dialog')).toBeNull();

    // The send button by pointer is held too.
    await pressSend(page, site.send);
    await panel.waitForText('dialog[open]');
    await panel.click('[data-action="cancel"]');
    await panel.waitForGone('dialog');

    // …and by keyboard.
    await page.focus(site.send);
    await page.keyboard.press('Space');
    await panel.waitForText('dialog[open]');
    expect(await sent(page)).toEqual([]);

    await sendAsEmergency(page, panel, 'Отмена занятий');
    await expect.poll(() => sent(page)).toHaveLength(1);
    expect((await sent(page))[0].text.trim()).toBe(DRAFT);
    expect(await panel.waitForText('[data-testid="notice"]')).toContain('экстренное');

    const overrides = (await readLog<{ kind: string; reason: string; chat: { id: string } }>(browser.ext.worker)).filter(
      (a) => a.kind === 'quiet-hours-override' && a.chat.id === site.chatId,
    );
    expect(overrides).toHaveLength(1);
    expect(overrides[0]).toMatchObject({ reason: 'Отмена занятий', chat: { id: site.chatId } });
    await page.close();
  });

  it('asks for a reason before an emergency send', async () => {
    await useSchoolHour(1);
    const { page, panel } = await openChat(browser.ext, site.url);
    await typeAndSend(page, site.composer);
    await panel.click('[data-action="emergency"]');
    await panel.click('[data-action="send-emergency"]');
    expect(await panel.waitForText('[role="alert"]')).toContain('причину');
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('saves the draft for 06:00 and puts it back when the reminder fires', async () => {
    await useSchoolHour(1);
    const { page, panel } = await openChat(browser.ext, site.url);
    await typeAndSend(page, site.composer);
    await panel.click('[data-action="remind"]');
    await panel.waitForGone('dialog');
    expect(await panel.waitForText('[data-testid="notice"]')).toContain('06:00');

    const drafts = await getStorage<Array<{ id: string; text: string; remindAt: number; due: boolean }>>(browser.ext.worker, 'drafts');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ text: DRAFT, due: false });
    expect(drafts[0].remindAt - Date.now()).toBeGreaterThan(4 * 3_600_000);
    expect((await draftIn(page, site.composer)).trim()).toBe('');
    expect(await sent(page)).toEqual([]);

    // Bring the reminder forward (unpacked extensions may set alarms seconds ahead).
    const alarm = await browser.ext.worker.evaluate(async (id) => (await chrome.alarms.get(`draft:${id}`))?.scheduledTime, drafts[0].id);
    expect(alarm).toBe(drafts[0].remindAt);
    await browser.ext.worker.evaluate((id) => chrome.alarms.create(`draft:${id}`, { when: Date.now() + 500 }), drafts[0].id);
    await expect.poll(() => draftIn(page, site.composer), { timeout: 10_000 }).toContain(DRAFT);
    await expect.poll(() => getStorage(browser.ext.worker, 'drafts')).toEqual([]);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('lets messages through untouched in the daytime', async () => {
    await useSchoolHour(13);
    const { page, panel } = await openChat(browser.ext, site.url);
    await typeAndSend(page, site.composer);
    await expect.poll(() => sent(page)).toMatchObject([{ text: DRAFT, via: 'enter' }]);
    await page.click(site.composer);
    await page.keyboard.type('Второе');
    await page.click(site.send);
    await expect.poll(() => sent(page)).toHaveLength(2);
    expect(await panel.text('dialog')).toBeNull();
    await page.close();
  });
});

describe('panel on a chat whose composer is unknown', () => {
  it('says the composer was not found instead of failing silently', async () => {
    await useSchoolHour(13);
    const { page, panel } = await openChat(browser.ext, 'https://web.max.ru/-70000000009?fixture=no-composer');
    expect(await panel.waitForText('[data-testid="composer-missing"]', 8000)).toContain('не найдено');
    await page.close();
  });
});
