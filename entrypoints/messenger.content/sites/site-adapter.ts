import type { SiteId } from '@/core/chat';

/** Everything the extension needs to know about one messenger's page. */
export interface SiteAdapter {
  site: SiteId;
  serves(url: URL): boolean;
  /** The open chat's id from the address, or null when no chat is open. */
  chatId(url: URL): string | null;
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
    chatTitle: (doc) => firstMatch(doc, d.title)?.textContent?.trim() || doc.title.trim(),
    findComposer: (doc) => firstMatch(doc, d.composer),
    composerOf: (target) => closestMatch(target, d.composer),
    findSendButton: (doc) => firstMatch(doc, d.sendButton),
    sendButtonOf: (target) => closestMatch(target, d.sendButton),
  };
}
