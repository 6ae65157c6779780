import { defineSiteAdapter } from './site-adapter';

const CONVO_PATH = /^\/(?:im\/)?convo\/(-?\w+)/;

/**
 * VK Messenger (web.vk.me and vk.com/im, VKUI): the title a PeerTitle inside ConvoHeader,
 * messages as article blocks in a [role=list] feed; the chat is /convo/<peer> or, in the older
 * layout (#im_editable, #im_send), ?sel=<peer>.
 */
export const vk = defineSiteAdapter({
  site: 'vk',
  pages: [{ host: 'web.vk.me' }, { host: 'vk.com', path: '/im' }],
  composer: [
    '[contenteditable="true"][role="textbox"]',
    '[class*="ComposerInput__input"][contenteditable="true"]',
    '#im_editable[contenteditable="true"]',
    '.im_editable[contenteditable="true"]',
  ],
  sendButton: [
    'button[aria-label="Отправить"]',
    'button[aria-label="Send"]',
    'button.ConvoComposer__sendButton--submit',
    '#im_send',
    'button.im-send-btn',
  ],
  title: ['header [role="heading"]', '[class*="ConvoHeader"] [class*="PeerTitle"]', '.ConvoHeader__title', '.im-page--title-main'],
  messages: {
    items: ['[role="list"][aria-label] article', 'article.ConvoHistory__messageBlock', '[class*="ConvoHistory__messageBlock"]', '.im-mess'],
    system: ['[class*="ServiceMessage"]', '[class*="serviceMessage"]', '.im-mess--service'],
    author: ['[class*="PeerName"]', '[class*="MessageAuthor"]', '.im-mess--author', '.im-mess-stack--lnk'],
    text: ['[class*="MessageText"]', '.im-mess--text'],
    quoted: ['[class*="Reply"]', '[class*="Forward"]', '[class*="Quote"]', 'blockquote', '.im-replied', '.im_fwd_log_wrap'],
    own: ['[class*="messageBlock--out"]', '[class*="--out"]', '.im-mess--out'],
    authorId: [
      { selector: ':scope', attr: 'data-peer-id', pattern: /^(\d+)$/ },
      { selector: 'a[href^="/id"]', attr: 'href', pattern: /^\/id(\d+)/ },
      { selector: 'a[href*="vk.com/id"]', attr: 'href', pattern: /vk\.com\/id(\d+)/ },
      { selector: '[id^="AvatarMask-"]', attr: 'id', pattern: /^AvatarMask-(\d+)$/ },
    ],
    messageId: [
      { selector: ':scope', attr: 'data-msgid', pattern: /^(\d+)$/ },
      { selector: ':scope', attr: 'data-cmid', pattern: /^(\d+)$/ },
      { selector: '[data-msgid]', attr: 'data-msgid', pattern: /^(\d+)$/ },
      { selector: ':scope', attr: 'data-message-id', pattern: /^([\w:.-]+)$/ },
    ],
    time: ['time', '[class*="MessageTime"]', '[class*="ConvoMessage__time"]', '.im-mess--lbl-time', '[class*="_time"]', '[class*="Time"]'],
    day: ['[class*="DateSeparator"]', '[class*="ConvoHistory__date"]', '[class*="DateDivider"]', '.im-page--history-date', '[class*="dateSeparator"]'],
  },
  chatId: (url) => CONVO_PATH.exec(url.pathname)?.[1] ?? url.searchParams.get('sel'),
});
