import type { SiteId } from '@/core/chat';
import type { Part, PartCheck } from '@/core/page-check';
import { messageReader, type MessageSelectors, type RenderedMessage } from './message-reader';
import type { LearnedSelectors } from '@/core/page-messages/learned';

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
  /** Each part, found or not, with the selector that matched. */
  check(doc: Document, url: URL, learned?: LearnedSelectors | null): PartCheck[];
  /** The rendered messages and service lines in page order, with what each says of its author. */
  readMessages(doc: Document, learned: LearnedSelectors | null): RenderedMessage[];
  /** The elements `readMessages` would read, in page order, unread (a long chat is read in turns). */
  listMessages(doc: Document, learned: LearnedSelectors | null): HTMLElement[];
  /** One message element (as `readMessages` lists it), for a message the page just appended. */
  readMessage(element: HTMLElement, learned: LearnedSelectors | null): RenderedMessage;
  /** The message element `target` sits in, if any. */
  messageOf(target: Element, learned: LearnedSelectors | null): HTMLElement | null;
  /** Whether `node` (added to the page) is, holds or sits in a message: typing in the composer is none of these. */
  touchesMessages(node: Element, learned: LearnedSelectors | null): boolean;
}

/** A chat-name source: an element's text, or (`label`) its aria-label, which some headers use for "Chat with …". */
export type TitleSource = string | { selector: string; label: true };

export interface SiteDescription {
  site: SiteId;
  /** Where the messenger lives; `path` limits a host that serves other things too (vk.com). */
  pages: Array<{ host: string; path?: string }>;
  /** Most stable first: roles and aria labels, then data attributes, then class names, which change. */
  composer: string[];
  sendButton: string[];
  title: TitleSource[];
  /** Words a header puts before the chat's name ("Окно чата с "). */
  titlePrefix?: RegExp;
  messages: MessageSelectors;
  chatId(url: URL): string | null;
}

/** Whatever the page names a chat, a record keeps no more than this. */
const MAX_TITLE = 200;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function firstMatch(root: ParentNode, selectors: string[]): { element: HTMLElement; selector: string } | null {
  for (const selector of selectors) {
    const element = root.querySelector<HTMLElement>(selector);
    if (element) return { element, selector };
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
  const readTitle = (doc: Document): { text: string; via: string } | null => {
    for (const source of d.title) {
      const selector = typeof source === 'string' ? source : source.selector;
      const element = doc.querySelector(selector);
      const raw = typeof source === 'string' ? element?.textContent : element?.getAttribute('aria-label');
      const text = raw?.replace(d.titlePrefix ?? /^/, '').trim();
      if (text) return { text: clip(text, MAX_TITLE), via: selector };
    }
    return null;
  };
  const reader = messageReader(d.messages);
  const messageOf = (target: EventTarget | null, learned: LearnedSelectors | null) => closestMatch(target, reader.items(learned));
  const partCheck = (part: Part, via: string | null, count = via ? 1 : 0): PartCheck => ({ part, found: !!via, via, count });
  return {
    site: d.site,
    serves: (url) => d.pages.some((p) => url.hostname === p.host && url.pathname.startsWith(p.path ?? '/')),
    chatId: d.chatId,
    // Never the page's own title ("MAX"): a record must not be filed under the messenger's name.
    chatTitle: (doc) => readTitle(doc)?.text ?? '',
    findComposer: (doc) => firstMatch(doc, d.composer)?.element ?? null,
    composerOf: (target) => closestMatch(target, d.composer),
    findSendButton: (doc) => firstMatch(doc, d.sendButton)?.element ?? null,
    sendButtonOf: (target) => closestMatch(target, d.sendButton),
    readMessages: reader.read,
    listMessages: reader.list,
    readMessage: reader.readOne,
    messageOf,
    touchesMessages: (node, learned) => messageOf(node, learned) !== null || reader.itemSelector(node, learned) !== null,
    check: (doc, url, learned = null) => {
      const via = reader.itemSelector(doc, learned);
      const found = via ? { via, count: doc.querySelectorAll(via).length } : null;
      return [
        partCheck('composer', firstMatch(doc, d.composer)?.selector ?? null),
        partCheck('sendButton', firstMatch(doc, d.sendButton)?.selector ?? null),
        partCheck('title', readTitle(doc)?.via ?? null),
        partCheck('chatId', d.chatId(url) === null ? null : url.pathname + url.search),
        partCheck('messages', found?.via ?? null, found?.count ?? 0),
      ];
    },
  };
}
