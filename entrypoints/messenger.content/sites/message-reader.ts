import type { MessageRead } from '@/core/page-messages/authors';
import type { LearnedSelectors } from '@/core/page-messages/learned';

/** Where a messenger keeps the parts of its messages; each list most stable first. */
export interface MessageSelectors {
  /** One element per rendered message. */
  items: string[];
  /** Service lines ("joined the chat", dates): they end a run of one author's messages. */
  system: string[];
  /** The author's name inside a message (shown on the first message of a run). */
  author: string[];
  /** The message's own text. */
  text: string[];
  /** Quoted and forwarded blocks: a name inside them is not the author. */
  quoted: string[];
  /** Matches the message element of the user's own messages. */
  own: string[];
  /** Where the page keeps the author's id: an attribute of an element in (or, `:scope`, of) the message, and the id in it. */
  authorId: Array<{ selector: string; attr: string; pattern: RegExp }>;
}

export interface RenderedMessage {
  element: HTMLElement;
  /** The author's name element, where this message shows one. */
  nameElement: HTMLElement | null;
  /** The message's own text element, if the markup has one. */
  textElement: HTMLElement | null;
  read: MessageRead;
}

const MAX_NAME = 200;
const matchesAny = (el: Element, selectors: string[]) => selectors.some((s) => el.matches(s));
const join = (selectors: string[]) => selectors.join(', ');

/** The first element under `root` matching one of `selectors` that is not inside a quote (below `root`). */
function ownPart(root: HTMLElement, selectors: string[], quoted: string): HTMLElement | null {
  const outsideQuotes = (el: Element) => {
    const quote = quoted ? el.closest(quoted) : null;
    return !quote || !root.contains(quote) || quote === root;
  };
  for (const selector of selectors) {
    // Most messages quote nothing: the first match is the one, without listing them all.
    const first = root.querySelector<HTMLElement>(selector);
    if (!first) continue;
    if (outsideQuotes(first)) return first;
    for (const el of root.querySelectorAll<HTMLElement>(selector)) if (outsideQuotes(el)) return el;
  }
  return null;
}

function authorId(root: HTMLElement, sources: MessageSelectors['authorId'], quoted: string): string | null {
  for (const { selector, attr, pattern } of sources) {
    const el = selector === ':scope' ? root : ownPart(root, [selector], quoted);
    const id = el && pattern.exec(el.getAttribute(attr) ?? '')?.[1];
    if (id) return id;
  }
  return null;
}

const parses = (selector: string) => {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
};

/**
 * Reads a messenger's messages with its selectors (and any the user taught, first). Reads are
 * kept per element: a page re-renders a message as a new element, and an unchanged one costs nothing.
 */
export function messageReader(selectors: MessageSelectors) {
  let cache = new WeakMap<Element, RenderedMessage>();
  let cachedFor: LearnedSelectors | null = null;
  const usable = new WeakMap<LearnedSelectors, boolean>();
  /**
   * Taught selectors come from storage: a pair the browser cannot parse (a hand-edited or older
   * store) is ignored as a whole, once, so that nothing below has to guard against it.
   */
  const checked = (learned: LearnedSelectors | null): LearnedSelectors | null => {
    if (!learned) return null;
    if (!usable.has(learned)) usable.set(learned, parses(learned.items) && parses(learned.author));
    return usable.get(learned) ? learned : null;
  };
  /** The item selectors, taught ones first. */
  const items = (learned: LearnedSelectors | null) => {
    const ok = checked(learned);
    return ok ? [ok.items, ...selectors.items] : selectors.items;
  };
  const quoted = join(selectors.quoted);

  const read = (element: HTMLElement, authorSelectors: string[]): RenderedMessage => {
    const cached = cache.get(element);
    if (cached) return cached;
    const system = matchesAny(element, selectors.system);
    const own = !system && matchesAny(element, selectors.own);
    const nameElement = system || own ? null : ownPart(element, authorSelectors, quoted);
    // Whatever the page writes as a name, a record keeps no more than a subject's 200 characters.
    const name = nameElement?.textContent?.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME) || null;
    const textElement = ownPart(element, selectors.text, quoted);
    const text = (textElement ?? element).textContent ?? '';
    const message: RenderedMessage = {
      element,
      nameElement,
      textElement,
      read: {
        kind: system ? 'system' : own ? 'own' : 'message',
        name,
        authorId: system || own ? null : authorId(element, selectors.authorId, quoted),
        text: textElement || !name ? text : text.replace(name, ''),
      },
    };
    cache.set(element, message);
    return message;
  };

  /** The item selector that finds messages on this page now, taught ones first. */
  const itemSelector = (doc: ParentNode, learned: LearnedSelectors | null): string | null => items(learned).find((selector) => doc.querySelector(selector)) ?? null;

  const authorsFor = (learned: LearnedSelectors | null, taught: boolean) => (learned && taught ? [learned.author, ...selectors.author] : selectors.author);
  /** Reads depend on the taught selectors: new ones, new reads. */
  const startFor = (learned: LearnedSelectors | null) => {
    const ok = checked(learned);
    if (ok !== cachedFor) [cache, cachedFor] = [new WeakMap(), ok];
    return ok;
  };

  return {
    items,
    itemSelector,
    /** Every rendered message (and service line) in page order; empty when none is found. */
    read(doc: ParentNode, learned: LearnedSelectors | null): RenderedMessage[] {
      const ok = startFor(learned);
      const found = itemSelector(doc, ok);
      if (!found) return [];
      const authors = authorsFor(ok, found === ok?.items);
      const all = join([found, ...selectors.system]);
      return [...doc.querySelectorAll<HTMLElement>(all)].map((el) => read(el, authors));
    },
    /** One message element, as `read` would see it. */
    readOne(element: HTMLElement, learned: LearnedSelectors | null): RenderedMessage {
      const ok = startFor(learned);
      return read(element, authorsFor(ok, !!ok && element.matches(ok.items)));
    },
  };
}
