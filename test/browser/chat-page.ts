// A messenger fixture page as the guard tests use it: open with the panel ready, and what the page sent.
import type { Page } from 'playwright-core';
import { Panel, type ExtensionBrowser } from './harness';

/** Opens a fixture chat and waits until the panel shows the quiet-hours status. */
export async function openChat(ext: ExtensionBrowser, url: string): Promise<{ page: Page; panel: Panel }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  const panel = await Panel.of(page);
  await panel.waitForText('[data-testid="quiet-status"]');
  return { page, panel };
}

/** What the fixture page's own code sent, and by which control (see messenger-page.js). */
export const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: Array<{ text: string; via: string }> }).__sent);

/**
 * A real mouse press on the send button. Not page.click: the guard's dialog may open before the
 * button is let go, which page.click takes for a miss and retries until it times out.
 */
export async function pressSend(page: Page, selector: string): Promise<void> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const box = (await page.locator(selector).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** In the open send dialog: *emergency*, a reason typed, Enter — as a user sends at night. */
export async function sendAsEmergency(page: Page, panel: Panel, reason: string): Promise<void> {
  await panel.click('[data-action="emergency"]');
  await panel.waitForFocus('#steward-reason');
  await page.keyboard.type(reason);
  await page.keyboard.press('Enter');
  await panel.waitForGone('dialog');
}
