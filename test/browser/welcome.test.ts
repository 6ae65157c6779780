import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getStorage, Panel } from './harness';
import { useExtensionBrowser } from './use-extension-browser';

const browser = useExtensionBrowser();

/** Presses Tab until the focused element matches `selector` (at most 40 times), as a keyboard user moves. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const step = (page: Page) => page.locator('main.welcome').getAttribute('data-step');

/** The step is shown and its heading has taken focus (after which the keyboard user moves on). */
async function arrived(page: Page, name: string): Promise<void> {
  await expect.poll(() => step(page)).toBe(name);
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('welcome-title');
}

describe('first run', () => {
  it('opens the welcome page on install, walks through every choice by keyboard alone, and the panel then shows the chosen role’s duties', async () => {
    await expect.poll(() => browser.ext.context.pages().some((p) => p.url().endsWith('/welcome.html')), { timeout: 10_000 }).toBe(true);
    const page = browser.ext.context.pages().find((p) => p.url().endsWith('/welcome.html'))!;
    await page.bringToFront();
    await expect.poll(() => page.getByTestId('welcome-progress').innerText()).toBe('Шаг 1 из 5');
    // Each step's heading takes focus, so a screen reader announces where the user is.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('welcome-title');

    // 1. The regulation (by arrow keys in the list) and the role (Space on its box).
    await tabTo(page, '#profile');
    // Each choice is stored before the next key, as a person reads the list one entry at a time.
    for (let i = 0; i < 10 && (await page.locator('#profile').inputValue()) !== 'school-31-max'; i++) {
      await page.keyboard.press('ArrowDown');
      const shown = await page.locator('#profile').inputValue();
      await expect.poll(async () => (await getStorage<{ profileId: string }>(browser.ext.worker, 'settings'))?.profileId).toBe(shown);
    }
    expect(await page.locator('#profile').inputValue()).toBe('school-31-max');
    await expect.poll(() => page.locator('input[name="role"][value="chat-moderator"]').count()).toBe(1);
    await tabTo(page, 'input[name="role"][value="chat-moderator"]');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await getStorage<{ roles: string[] }>(browser.ext.worker, 'settings'))?.roles).toEqual(['chat-moderator']);
    await tabTo(page, '[data-action="next"]');
    await page.keyboard.press('Enter');

    // 2. The school's time zone is suggested; the send key by arrows in its group.
    await arrived(page, 'time');
    expect(await page.locator('#welcome-zone').inputValue()).not.toBe('');
    await tabTo(page, 'input[name="sendKey"]');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await getStorage<{ sendKey: string }>(browser.ext.worker, 'settings'))?.sendKey).toBe('ctrl-enter');
    await tabTo(page, '[data-action="next"]');
    await page.keyboard.press('Enter');

    // 3. The name for records, saved with Enter.
    await arrived(page, 'name');
    await tabTo(page, '#actor-name');
    await page.keyboard.type('Иванова И.И.');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await getStorage<{ actorName: string }>(browser.ext.worker, 'settings'))?.actorName).toBe('Иванова И.И.');
    await tabTo(page, '[data-action="next"]');
    await page.keyboard.press('Enter');

    // 4. A team is for later: skipped.
    await arrived(page, 'team');
    await tabTo(page, '[data-action="next"]');
    expect(await page.locator('[data-action="next"]').innerText()).toBe('Пропустить');
    await page.keyboard.press('Enter');

    // 5. Done: the messenger opens from here.
    await arrived(page, 'done');
    await tabTo(page, 'a[data-messenger="https://web.max.ru/"]');
    await page.keyboard.press('Enter');
    await page.waitForURL('https://web.max.ru/');

    const chat = await browser.ext.context.newPage();
    await chat.goto('https://web.max.ru/-70000000001');
    const panel = await Panel.of(chat);
    // No chat kind chosen yet: all of the role's duties, with their clauses.
    expect(await panel.waitForText('[data-testid="duties-elsewhere"]')).toContain('п. 4.2');
    await chat.close();
  });
});
