import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Panel } from './harness';
import { useExtensionBrowser } from './use-extension-browser';

const browser = useExtensionBrowser();

/** Runs `expression` in the extension's content script of `page` (its isolated world), as a compromised script could. */
async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; name: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(browser.ext.extensionId));
  if (!world) throw new Error(`no content-script world among ${contexts.map((c) => `${c.name}@${c.origin}`).join(', ')}`);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value;
}

const decision = `{ type: 'team/decide', decision: { op: 'withdraw', id: 'inv-1' } }`;

describe('each request only from where it may come', () => {
  it('refuses a roster decision, an erase or a new team asked from a messenger tab’s content script; the same from the options page is heard', async () => {
    const chat = await browser.ext.context.newPage();
    await chat.goto('https://web.max.ru/-70000000001');
    await Panel.of(chat);
    // What a tab needs still works from there.
    expect(await inContentScript(chat, `chrome.runtime.sendMessage({ type: 'tab/state' }).then((r) => r.ok)`)).toBe(true);
    for (const request of [decision, `{ type: 'log/erase' }`, `{ type: 'team/create', team: 'Чужие', signaling: ['ws://127.0.0.1:1'] }`, `{ type: 'team/changed' }`]) {
      expect(await inContentScript(chat, `chrome.runtime.sendMessage(${request})`)).toEqual({ ok: false, error: 'not-from-here' });
    }
    await chat.close();

    const options = await browser.ext.context.newPage();
    await options.goto(`chrome-extension://${browser.ext.extensionId}/options.html`);
    // Heard: outside a team it is answered as such, not refused for where it came from.
    expect(await options.evaluate(`chrome.runtime.sendMessage(${decision})`)).toEqual({ ok: false, error: 'no-team' });
    await options.close();
  });
});
