import { defineSiteAdapter } from './site-adapter';

/** MAX (web.max.ru): a Lexical editor; chats live at /<chatId>, group chats with a minus sign. */
export const max = defineSiteAdapter({
  site: 'max',
  pages: [{ host: 'web.max.ru' }],
  composer: [
    '[data-lexical-editor="true"][contenteditable="true"]',
    '[contenteditable="true"][role="textbox"]',
  ],
  sendButton: ['button[aria-label="Отправить сообщение"]', 'button[aria-label="Send message"]'],
  title: ['header [role="heading"]', 'header h1', 'header h2'],
  chatId: (url) => /^\/(-?\d+)(?:\/|$)/.exec(url.pathname)?.[1] ?? null,
});
