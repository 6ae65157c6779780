import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultSettings } from '@/core/settings';
import { readLog, setStorage, zoneWhereHourIs } from './harness';
import { useExtensionBrowser } from './use-extension-browser';
import { openChat, pressSend, sendAsEmergency, sent } from './chat-page';

const SITES = [
  { name: 'MAX', url: 'https://web.max.ru/-70000000004?fixture=max-svelte', chatId: '-70000000004' },
  { name: 'VK Messenger', url: 'https://web.vk.me/convo/2000000011?fixture=vk-vkui', chatId: '2000000011' },
];
const COMPOSER = '[data-fixture-composer]';
const SEND = '[data-fixture-send]';
const PHONE = 'Телефон мамы Пети: 8 912 345-67-89';
const HOMEWORK = 'Домашнее задание: стр. 45, № 214, к 25.11, каб. 21';

const browser = useExtensionBrowser();

async function useSchoolHour(hour: number) {
  await setStorage(browser.ext.worker, { settings: { ...defaultSettings(zoneWhereHourIs(hour)), profileId: 'omsk-13' }, drafts: [] });
}


async function type(page: Page, text: string) {
  await page.click(COMPOSER);
  await page.keyboard.type(text);
}

const draft = (page: Page) => page.locator(COMPOSER).innerText().then((t) => t.trim());
type Row = { kind: string; categories?: string[]; chat: { id: string }; clauses: string[] };

describe.each(SITES)('content check on $name', (site) => {
  it('holds a phone number by day with the draft kept, and sends it once after "send anyway", logged without the text', async () => {
    await useSchoolHour(13);
    const { page, panel } = await openChat(browser.ext, site.url);
    await type(page, PHONE);
    await page.keyboard.press('Enter');
    await panel.waitForText('dialog[open]');
    expect(await panel.text('#steward-dialog-title')).toBe('Проверьте сообщение перед отправкой');
    expect(await panel.text('[data-testid="checked-text"] mark')).toBe('8 912 345-67-89');
    expect(await panel.text('[data-testid="findings"]')).toContain('п. 3.3 — Порядок взаимодействия и использования ИКОП «Сферум» (БОУ г. Омска');
    expect(await panel.text('[data-testid="quiet-part"]')).toBeNull();
    expect(await sent(page)).toEqual([]);
    expect(await draft(page)).toBe(PHONE);

    // Back to edit: the draft is there as typed.
    await panel.click('[data-action="cancel"]');
    await panel.waitForGone('dialog');
    expect(await draft(page)).toBe(PHONE);

    await pressSend(page, SEND);
    await panel.waitForText('dialog[open]');
    await panel.click('[data-action="send-anyway"]');
    await panel.waitForGone('dialog');
    await expect.poll(() => sent(page)).toHaveLength(1);
    expect((await sent(page))[0]).toMatchObject({ text: PHONE, via: 'button' });
    expect(await panel.waitForText('[data-testid="notice"]')).toContain('без текста');

    const log = await readLog<Row>(browser.ext.worker);
    expect(log.filter((r) => r.kind === 'content-override' && r.chat.id === site.chatId)).toMatchObject([{ categories: ['phone'], clauses: ['3.3'] }]);
    expect(JSON.stringify(log)).not.toContain('345-67-89');
    await page.close();
  });

  it('shows one dialog naming both at quiet hours with a phone number in the message', async () => {
    await useSchoolHour(1);
    const { page, panel } = await openChat(browser.ext, site.url);
    await type(page, PHONE);
    await page.keyboard.press('Enter');
    await panel.waitForText('dialog[open]');
    expect(await panel.text('[data-testid="quiet-part"]')).toContain('2.3');
    expect(await panel.text('[data-testid="content-part"]')).toContain('номер телефона');
    expect(await panel.call('dialog', 'function () { return this.getRootNode().querySelectorAll("dialog").length; }')).toBe(1);
    await page.keyboard.press('Escape');
    await panel.waitForGone('dialog');
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('lets a homework message go out with no dialog', async () => {
    await useSchoolHour(13);
    const { page, panel } = await openChat(browser.ext, site.url);
    await type(page, HOMEWORK);
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toMatchObject([{ text: HOMEWORK, via: 'enter' }]);
    expect(await panel.text('dialog')).toBeNull();
    await page.close();
  });
});

describe('send buttons wired to other events', () => {
  const mouse = (page: Page) => pressSend(page, SEND);
  const press: Record<string, (page: Page) => Promise<void>> = {
    mousedown: mouse,
    pointerdown: mouse,
    pointerup: mouse,
    keydown: async (page) => {
      await page.focus(SEND);
      await page.keyboard.press('Enter');
    },
    touchend: async (page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true });
      await page.locator(SEND).scrollIntoViewIfNeeded();
      const box = (await page.locator(SEND).boundingBox())!;
      const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    },
  };

  const cases = SITES.flatMap((site) => Object.keys(press).map((sendOn) => ({ site: site.name, url: site.url, sendOn })));
  it.each(cases)('holds a $site button that sends on $sendOn at night, and the emergency goes out once through it', async ({ url, sendOn }) => {
    await useSchoolHour(1);
    const { page, panel } = await openChat(browser.ext, `${url}&sendOn=${sendOn}`);
    await type(page, 'Завтра уроки отменяются');
    await press[sendOn](page);
    await panel.waitForText('dialog[open]');
    await page.waitForTimeout(300); // whatever else that press sends, the page must not see
    expect(await sent(page)).toEqual([]);
    await sendAsEmergency(page, panel, 'Отмена занятий');
    await expect.poll(() => sent(page)).toMatchObject([{ text: 'Завтра уроки отменяются', via: sendOn }]);
    await page.waitForTimeout(300);
    expect(await sent(page)).toHaveLength(1);
    await page.close();
  });
});
