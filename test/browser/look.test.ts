import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/core/settings';
import { Panel, setStorage, zoneWhereHourIs } from './harness';
import { useExtensionBrowser } from './use-extension-browser';

const browser = useExtensionBrowser();
const CHAT = 'https://web.max.ru/-70000000001?fixture=max-svelte';

async function openPanel(scheme: 'light' | 'dark', size = { width: 1280, height: 800 }): Promise<{ page: Page; panel: Panel }> {
  const page = await browser.ext.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize(size);
  await page.goto(CHAT);
  const panel = await Panel.of(page);
  await panel.waitForText('[data-testid="quiet-status"]');
  return { page, panel };
}

const background = (panel: Panel) => panel.call<string>('.steward-panel', 'function () { return getComputedStyle(this).backgroundColor; }');
const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the look', () => {
  it('follows the light or dark scheme in the panel and in the extension’s pages', async () => {
    await setStorage(browser.ext.worker, { settings: { ...defaultSettings(zoneWhereHourIs(13)), profileId: 'school-31-max', roles: ['chat-moderator'] } });
    const light = await openPanel('light');
    const dark = await openPanel('dark');
    expect(await background(light.panel)).toBe('rgb(255, 255, 255)');
    expect(await background(dark.panel)).toBe('rgb(34, 39, 46)');
    for (const path of ['/options.html', '/welcome.html', '/log.html']) {
      const page = await browser.ext.context.newPage();
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`chrome-extension://${browser.ext.extensionId}${path}`);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), path).toBe('rgb(28, 33, 40)');
      await page.close();
    }
    await Promise.all([light.page.close(), dark.page.close()]);
  });

  it('at 200 % zoom (half the room) never covers the message field or the send button, and scrolls inside', async () => {
    const { page, panel } = await openPanel('light', { width: 640, height: 400 });
    const box = (await panel.box('.steward-panel'))!;
    for (const selector of ['[data-fixture-composer]', '[data-fixture-send]']) {
      await page.locator(selector).scrollIntoViewIfNeeded();
      expect(overlaps(box, (await page.locator(selector).boundingBox())!), selector).toBe(false);
    }
    expect(box.y + box.height).toBeLessThanOrEqual(400);
    expect(await panel.call<boolean>('.steward-panel', 'function () { return this.scrollHeight > this.clientHeight && getComputedStyle(this).overflowY === "auto"; }')).toBe(true);
    await page.close();
  });
});
