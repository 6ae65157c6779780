import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/core/settings';
import { getStorage, Panel, readLog, setStorage, zoneWhereHourIs } from './harness';
import { useExtensionBrowser } from './use-extension-browser';

const browser = useExtensionBrowser();
const DRAFT = 'Собрание переносится на четверг';
const COMPOSER = '[data-fixture-composer]';

type Override = { kind: string; reason: string; chat: { id: string; title: string } };
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: Array<{ text: string; path: string }> }).__sent);

/** MAX as it loads for real: the chat's header and composer arrive a second after the page; `delay` ms after load the user opens another chat. */
async function switchChatAfter(delay: number) {
  await setStorage(browser.ext.worker, { settings: defaultSettings(zoneWhereHourIs(1)), drafts: [] });
  const page = await browser.ext.context.newPage();
  await page.goto('https://web.max.ru/-70000000001?fixture=max-spa');
  const panel = await Panel.of(page);
  await page.waitForTimeout(delay);
  await page.click('a[href="/-70000000002"]');
  // As fast as a user who knows the dialog: the record must not depend on the panel having caught up.
  await page.click(COMPOSER);
  await page.keyboard.insertText(DRAFT);
  await page.keyboard.press('Enter');
  await panel.waitForText('dialog[open]', 5000);
  return { page, panel };
}

describe('the chat a record is filed under', () => {
  it.each([0, 500, 1000, 2000])('is the chat open at the moment of sending, when the user switched chats %i ms after load', async (delay) => {
    const { page, panel } = await switchChatAfter(delay);
    await panel.click('[data-action="emergency"]');
    await panel.waitForFocus('#steward-reason');
    await page.keyboard.insertText(`Переключение через ${delay} мс`);
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toMatchObject([{ text: DRAFT, path: '/-70000000002' }]);

    const record = (await readLog<Override>(browser.ext.worker)).find((r) => r.kind === 'quiet-hours-override' && r.reason === `Переключение через ${delay} мс`);
    expect(record?.chat.id).toBe('-70000000002');
    // Never the previous chat's name, nor the page's own title ("MAX").
    expect(['8В — класс', '']).toContain(record?.chat.title);
    // The panel catches up a moment later; the record could not wait for it.
    await expect.poll(() => panel.text('[data-testid="chat"]')).toContain('8В — класс');
    await page.close();
  });

  it('saves a "remind at 06:00" draft for the chat it was typed in', async () => {
    const { page, panel } = await switchChatAfter(500);
    await panel.click('[data-action="remind"]');
    await panel.waitForGone('dialog');
    const drafts = await getStorage<Array<{ chat: { id: string }; url: string; text: string }>>(browser.ext.worker, 'drafts');
    expect(drafts).toMatchObject([{ chat: { id: '-70000000002' }, text: DRAFT }]);
    expect(new URL(drafts[0].url).pathname).toBe('/-70000000002');
    await page.close();
  });
});

describe('outside the messenger', () => {
  it('stays idle on vk.com pages other than /im, and wakes when the user opens messages there', async () => {
    await setStorage(browser.ext.worker, { settings: defaultSettings(zoneWhereHourIs(13)) });
    const page = await browser.ext.context.newPage();
    await page.goto('https://vk.com/feed');
    const panel = await Panel.of(page);
    // Give the content script time to have drawn anything it would draw.
    await page.waitForTimeout(1500);
    expect(await panel.text('.steward-panel')).toBeNull();
    expect(await panel.text('.steward-fab')).toBeNull();

    // vk.com is a single-page app: /im comes without a page load.
    await page.evaluate(() => history.pushState(null, '', '/im/convo/2000000007'));
    expect(await panel.waitForText('[data-testid="chat"]', 5000)).toContain('9А — классный чат');
    await page.close();
  });
});
