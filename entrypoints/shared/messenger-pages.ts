/** Where the content script runs: vk.com as a whole because it is a single-page app (/im is reached without a page load). */
export const MESSENGER_MATCHES = ['https://web.max.ru/*', 'https://web.vk.me/*', 'https://vk.com/*'];

/** What the background asks a messenger tab for the options page's page check. */
export const TAB_CHECK = 'chat-steward-page-check';
