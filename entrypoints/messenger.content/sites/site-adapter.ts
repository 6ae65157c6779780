import type { SiteId } from '@/core/chat';

/** Everything the extension needs to know about one messenger's page. */
export interface SiteAdapter {
  site: SiteId;
  serves(url: URL): boolean;
  /** The open chat's id from the address, or null when no chat is open. */
  chatId(url: URL): string | null;
  /** The open chat's name as the page shows it, or '' when the page does not say. */
  chatTitle(doc: Document): string;
  findComposer(doc: Document): HTMLElement | null;
  /** The composer that `target` sits in, if any. */
  composerOf(target: EventTarget | null): HTMLElement | null;
  findSendButton(doc: Document): HTMLElement | null;
  /** The send button that `target` sits in, if any. */
  sendButtonOf(target: EventTarget | null): HTMLElement | null;
}

export interface SiteDescription {
  site: SiteId;
  /** Where the messenger lives; `path` limits a host that serves other things too (vk.com). */
  pages: Array<{ host: string; path?: string }>;
  /** Most specific first: roles and aria labels before class names, which change. */
  composer: string[];
  sendButton: string[];
  title: string[];
  chatId(url: URL): string | null;
}

/** Whatever the page names a chat, a record keeps no more than this. */
const MAX_TITLE = 200;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function firstMatch(root: ParentNode, selectors: string[]): HTMLElement | null {
  for (const selector of selectors) {
    const found = root.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

function closestMatch(target: EventTarget | null, selectors: string[]): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  for (const selector of selectors) {
    const found = target.closest<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

export function defineSiteAdapter(d: SiteDescription): SiteAdapter {
  return {
    site: d.site,
    serves: (url) => d.pages.some((p) => url.hostname === p.host && url.pathname.startsWith(p.path ?? '/')),
    chatId: d.chatId,
    // Never the page's own title ("MAX"): a record must not be filed under the messenger's name.
    chatTitle: (doc) => clip(firstMatch(doc, d.title)?.textContent?.trim() ?? '', MAX_TITLE),
    findComposer: (doc) => firstMatch(doc, d.composer),
    composerOf: (target) => closestMatch(target, d.composer),
    findSendButton: (doc) => firstMatch(doc, d.sendButton),
    sendButtonOf: (target) => closestMatch(target, d.sendButton),
  };
}
