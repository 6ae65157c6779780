import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/core/settings';
import { Panel, setStorage, zoneWhereHourIs } from './harness';
import { useExtensionBrowser } from './use-extension-browser';

const browser = useExtensionBrowser();

/** Each fixture with what the page check must find there, as refined-github pairs selectors with expected counts. */
const MARKUPS = [
  { name: 'MAX, Svelte markup', url: 'https://web.max.ru/-70000000001?fixture=max-svelte', title: '7Б — родители', next: { href: '/-70000000002', title: '8В — класс' }, messages: 6 },
  { name: 'MAX, older markup', url: 'https://web.max.ru/-70000000001', title: '7Б — родители', next: null, messages: 2 },
  { name: 'VK, VKUI markup', url: 'https://web.vk.me/convo/2000000005?fixture=vk-vkui', title: '9А — классный чат', next: { href: '/convo/2000000006', title: '10Б — родители' }, messages: 5 },
  { name: 'VK, older markup', url: 'https://vk.com/im/convo/2000000005', title: '9А — классный чат', next: null, messages: 2 },
];

const PARTS = ['composer', 'sendButton', 'title', 'chatId', 'messages'];

/** The panel's page check, opened and read item by item: the verdict of each part, without its selector. */
async function pageCheck(page: Page, panel: Panel): Promise<string[]> {
  // By keyboard, as a user may: the panel's layout can shift under a pointer when a warning appears.
  await panel.waitForText('[data-testid="page-check"] summary');
  await panel.focus('[data-testid="page-check"] summary');
  await page.keyboard.press('Enter');
  const read = async () => {
    const verdicts: string[] = [];
    for (const part of PARTS) verdicts.push(((await panel.text(`[data-testid="page-check"] li[data-part="${part}"] .steward-verdict`)) ?? '').trim());
    return verdicts;
  };
  // The panel redraws as the page changes: read until every line is there.
  await expect.poll(async () => (await read()).every(Boolean), { timeout: 5000 }).toBe(true);
  return read();
}

describe.each(MARKUPS)('$name', (markup) => {
  it('names the chat from the header, follows a chat switch, and the page check finds every part', async () => {
    await setStorage(browser.ext.worker, { settings: defaultSettings(zoneWhereHourIs(13)) });
    const page = await browser.ext.context.newPage();
    await page.goto(markup.url);
    const panel = await Panel.of(page);
    expect(await panel.waitForText('[data-testid="chat"]')).toBe(`Чат: ${markup.title}`);

    const parts = await pageCheck(page, panel);
    const expected = [
      '✓ Поле ввода сообщения: найдено',
      '✓ Кнопка «Отправить»: найдено',
      '✓ Название чата: найдено',
      '✓ Номер чата (из адреса): найдено',
      `✓ Сообщения на экране: найдено: ${markup.messages}`,
    ];
    expect(parts).toEqual(expected);

    if (markup.next) {
      await page.click(`a[href="${markup.next.href}"]`);
      await expect.poll(() => panel.text('[data-testid="chat"]'), { timeout: 5000 }).toBe(`Чат: ${markup.next.title}`);
    }
    await page.close();
  });
});

it('names what is missing on a page whose markup the adapter does not know, and the options page checks the open tab', async () => {
  const page = await browser.ext.context.newPage();
  await page.goto('https://web.max.ru/-70000000009?fixture=no-composer');
  const panel = await Panel.of(page);
  const parts = await pageCheck(page, panel);
  expect(parts.filter((p) => p.startsWith('✗'))).toEqual(['✗ Поле ввода сообщения: не найдено', '✗ Кнопка «Отправить»: не найдено', '✗ Сообщения на экране: не найдено']);
  expect(await panel.text('[data-testid="page-check"]')).toContain('сайт мог измениться');

  const options = await browser.ext.context.newPage();
  await options.goto(`chrome-extension://${browser.ext.extensionId}/options.html`);
  await expect.poll(() => options.getByTestId('page-check').innerText(), { timeout: 5000 }).toContain('Вкладка: https://web.max.ru/-70000000009?fixture=no-composer');
  expect(await options.locator('[data-testid="page-check"] li[data-found="false"]').count()).toBe(3);
  await options.close();
  await page.close();
});
