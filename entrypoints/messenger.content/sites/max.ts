import { defineSiteAdapter } from './site-adapter';

/**
 * MAX (web.max.ru): SvelteKit with hashed classes; a Lexical composer; the open chat named in
 * .topbar .headerWrapper ("Окно чата с …"); chats at /<chatId>, group chats with a minus sign.
 * The older markup (a <header> with a heading) stays as a fallback.
 */
export const max = defineSiteAdapter({
  site: 'max',
  pages: [{ host: 'web.max.ru' }],
  composer: [
    '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
    '[data-lexical-editor="true"][contenteditable="true"]',
    '[contenteditable="true"][role="textbox"]',
  ],
  sendButton: ['button[aria-label="Отправить сообщение"]', 'button[aria-label="Send message"]', 'button[aria-label^="Отправить"]'],
  title: [
    { selector: '[aria-label^="Окно чата с"]', label: true },
    { selector: '[aria-label^="Chat with"]', label: true },
    'header [role="heading"]',
    '.topbar .headerWrapper [class*="name"]',
    'header h1',
    'header h2',
  ],
  titlePrefix: /^(Окно чата с|Chat with)\s*/,
  messages: {
    items: ['.openedChat .scrollListContent .bubble', '.scrollListContent .bubble', '[class*="bubble"]'],
    system: ['.scrollListContent [class*="serviceMessage"]', '[class*="serviceMessage"]', '[class*="systemMessage"]'],
    author: ['[class*="author"]', '[class*="senderName"]', '.header .name'],
    text: ['[class*="text"]', 'p'],
    quoted: ['[class*="reply"]', '[class*="forward"]', '[class*="quote"]', 'blockquote'],
    own: ['.own', '[class*="outgoing"]', '[class*="--out"]'],
    authorId: [
      { selector: ':scope', attr: 'data-sender-id', pattern: /^(\d+)$/ },
      { selector: '[data-user-id]', attr: 'data-user-id', pattern: /^(\d+)$/ },
      { selector: 'a[href*="/profile/"]', attr: 'href', pattern: /\/profile\/(\d+)/ },
    ],
    messageId: [
      { selector: ':scope', attr: 'data-message-id', pattern: /^([\w:.-]+)$/ },
      { selector: ':scope', attr: 'data-id', pattern: /^([\w:.-]+)$/ },
      { selector: '[data-message-id]', attr: 'data-message-id', pattern: /^([\w:.-]+)$/ },
      { selector: ':scope', attr: 'id', pattern: /^(?:message|msg)[-_]?([\w.-]+)$/ },
    ],
    time: ['time', '[class*="time"]', '[class*="Time"]', '[class*="date"]'],
    day: ['[class*="dateSeparator"]', '[class*="DateSeparator"]', '[class*="dayDivider"]', '[class*="date-divider"]', '[class*="stickyDate"]'],
  },
  chatId: (url) => /^\/(-?\d+)(?:\/|$)/.exec(url.pathname)?.[1] ?? null,
});
