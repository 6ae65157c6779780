// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '@/entrypoints/messenger.content/sites';
import { loadFixtureBody } from './fixture-dom';

const url = (href: string) => new URL(href);

describe('adapterFor', () => {
  it('picks the adapter by host, and only /im on vk.com', () => {
    expect(adapterFor(url('https://web.max.ru/-70000000001'))?.site).toBe('max');
    expect(adapterFor(url('https://web.vk.me/convo/2000000005'))?.site).toBe('vk');
    expect(adapterFor(url('https://vk.com/im/convo/2000000005'))?.site).toBe('vk');
    expect(adapterFor(url('https://vk.com/feed'))).toBeNull();
    expect(adapterFor(url('https://example.ru/im'))).toBeNull();
  });
});

describe('chat id from the address', () => {
  it.each([
    ['https://web.max.ru/-70000000001', '-70000000001'],
    ['https://web.max.ru/123456/', '123456'],
    ['https://web.max.ru/', null],
    ['https://web.max.ru/settings', null],
    ['https://web.vk.me/convo/2000000005', '2000000005'],
    ['https://web.vk.me/convo/-1234?entrypoint=list', '-1234'],
    ['https://vk.com/im/convo/2000000007', '2000000007'],
    ['https://vk.com/im?sel=c42', 'c42'],
    ['https://web.vk.me/', null],
  ])('%s → %s', (href, id) => {
    expect(adapterFor(url(href))!.chatId(url(href))).toBe(id);
  });
});

describe.each([
  ['max', 'https://web.max.ru/-70000000001', '7Б — родители'],
  ['max-svelte', 'https://web.max.ru/-70000000001', '7Б — родители'],
  ['vk', 'https://web.vk.me/convo/2000000005', '9А — классный чат'],
  ['vk-vkui', 'https://web.vk.me/convo/2000000005', '9А — классный чат'],
] as const)('%s fixture markup', (fixture, href, title) => {
  it('finds the composer, the send button and the chat title', () => {
    loadFixtureBody(fixture);
    const adapter = adapterFor(url(href))!;
    const composer = adapter.findComposer(document);
    const button = adapter.findSendButton(document);
    expect(composer?.hasAttribute('data-fixture-composer')).toBe(true);
    expect(button?.hasAttribute('data-fixture-send')).toBe(true);
    expect(adapter.chatTitle(document)).toBe(title);
  });

  it('knows the composer and the button from any element inside them', () => {
    loadFixtureBody(fixture);
    const adapter = adapterFor(url(href))!;
    const icon = adapter.findSendButton(document)!.querySelector('path');
    expect(adapter.sendButtonOf(icon)).toBe(adapter.findSendButton(document));
    expect(adapter.composerOf(adapter.findComposer(document))).toBe(adapter.findComposer(document));
    expect(adapter.composerOf(document.body)).toBeNull();
    expect(adapter.sendButtonOf(document.body)).toBeNull();
  });
});

it('finds no composer in markup it does not know', () => {
  loadFixtureBody('no-composer');
  expect(adapterFor(url('https://web.max.ru/-1'))!.findComposer(document)).toBeNull();
});

it('falls back to the roles when the class names change', () => {
  document.body.innerHTML = `
    <div contenteditable="true" role="textbox" class="Renamed__input"></div>
    <button aria-label="Отправить" class="Renamed__send"></button>`;
  const vk = adapterFor(url('https://web.vk.me/convo/1'))!;
  expect(vk.findComposer(document)?.className).toBe('Renamed__input');
  expect(vk.findSendButton(document)?.className).toBe('Renamed__send');
});

describe.each([
  // The published markup (2025–2026) and the older one: each part found, by the selector expected.
  ['max-svelte', 'https://web.max.ru/-70000000001', { title: '[aria-label^="Окно чата с"]', messages: ['.openedChat .scrollListContent .bubble', 6] }],
  ['max', 'https://web.max.ru/-70000000001', { title: 'header h2', messages: ['[class*="bubble"]', 2] }],
  ['vk-vkui', 'https://web.vk.me/convo/2000000005', { title: '[class*="ConvoHeader"] [class*="PeerTitle"]', messages: ['[role="list"][aria-label] article', 5] }],
  ['vk', 'https://vk.com/im/convo/2000000005', { title: '.ConvoHeader__title', messages: ['.im-mess', 2] }],
] as const)('page check on the %s markup', (fixture, href, expected) => {
  it('says what it found and with which selector', () => {
    loadFixtureBody(fixture);
    const checks = Object.fromEntries(adapterFor(url(href))!.check(document, url(href)).map((c) => [c.part, c]));
    expect(checks.composer.found && checks.sendButton.found).toBe(true);
    expect(checks.title).toMatchObject({ found: true, via: expected.title });
    expect(checks.chatId).toMatchObject({ found: true, via: new URL(href).pathname });
    expect(checks.messages).toMatchObject({ found: expected.messages[1] > 0, via: expected.messages[0], count: expected.messages[1] });
  });
});

it('names what is missing on markup it does not know, and never calls the chat by the page title', () => {
  loadFixtureBody('no-composer');
  document.title = 'MAX';
  const max = adapterFor(url('https://web.max.ru/-1'))!;
  const missing = max.check(document, url('https://web.max.ru/-1')).filter((c) => !c.found).map((c) => c.part);
  expect(missing).toEqual(['composer', 'sendButton', 'messages']);
  document.body.innerHTML = '<main><p>Загрузка…</p></main>';
  expect(max.chatTitle(document)).toBe('');
  expect(max.check(document, url('https://web.max.ru/')).find((c) => c.part === 'chatId')).toMatchObject({ found: false, via: null });
});

it('reads the chat name from a header that says "Окно чата с …", and clips a huge one', () => {
  document.body.innerHTML = `<div class="topbar"><div class="headerWrapper" aria-label="Окно чата с ${'Я'.repeat(5000)}"></div></div>`;
  const title = adapterFor(url('https://web.max.ru/-1'))!.chatTitle(document);
  expect(title).toHaveLength(200);
  expect(title.startsWith('ЯЯЯ')).toBe(true);
});
