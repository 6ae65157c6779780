import { defineSiteAdapter } from './site-adapter';

const CONVO_PATH = /^\/(?:im\/)?convo\/(-?\w+)/;

/** VK Messenger: web.vk.me and vk.com/im; the chat is /convo/<peer> or, in the older layout, ?sel=<peer>. */
export const vk = defineSiteAdapter({
  site: 'vk',
  pages: [{ host: 'web.vk.me' }, { host: 'vk.com', path: '/im' }],
  composer: [
    '[contenteditable="true"][role="textbox"]',
    '.ComposerInput__input[contenteditable="true"]',
    '.im_editable[contenteditable="true"]',
  ],
  sendButton: [
    'button.ConvoComposer__sendButton--submit',
    'button[aria-label="Отправить"]',
    'button[aria-label="Send"]',
    'button.im-send-btn',
  ],
  title: ['.ConvoHeader__title', 'header [role="heading"]', '.im-page--title-main'],
  chatId: (url) => CONVO_PATH.exec(url.pathname)?.[1] ?? url.searchParams.get('sel'),
});

