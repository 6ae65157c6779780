import type { MessageRead } from '@/core/page-messages/authors';
import type { LearnedSelectors } from '@/core/page-messages/learned';
import { parseDay, type TimeSource } from '@/core/page-messages/message-time';

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
  /** The message's own id, where the page keeps one (same shape as `authorId`). */
  messageId: Array<{ selector: string; attr: string; pattern: RegExp }>;
  /** The time label inside a message ("14:05"; a `<time datetime>` or a title with the date says more). */
  time: string[];
  /** Day separators between messages ("Сегодня", "30 ноября"); a service line that says only a day is one too. */
  day: string[];
}

export interface RenderedMessage {
  element: HTMLElement;
  /** The author's name element, where this message shows one. */
  nameElement: HTMLElement | null;
  /** The message's own text element, if the markup has one. */
  textElement: HTMLElement | null;
  read: MessageRead;
  /** The page's own id for the message, if it has one. */
  pageId: string | null;
  /** What the page shows of when it was sent; null when it shows nothing. */
  time: TimeSource | null;
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

function idIn(root: HTMLElement, sources: MessageSelectors['authorId'], quoted: string): string | null {
  for (const { selector, attr, pattern } of sources) {
    const el = selector === ':scope' ? root : ownPart(root, [selector], quoted);
    const id = el && pattern.exec(el.getAttribute(attr) ?? '')?.[1];
    if (id) return id;
  }
  return null;
}

/** A day separator: a short line that names a day and nothing else. */
const DAY_LINE_MAX = 40;
/** Any day will do to tell whether a line names one. */
const ANY_DAY = { year: 2100, month: 11, day: 31 };
function isDayLine(element: HTMLElement): boolean {
  const text = element.textContent?.trim() ?? '';
  return text.length <= DAY_LINE_MAX && text.split(/\s+/).length <= 4 && parseDay(text, ANY_DAY) !== null;
}

/** The time label: a stamp where the element has one, and the longest of its text, title and aria-label (a title often has the date). */
function timeOf(root: HTMLElement, selectors: string[], quoted: string): TimeSource | null {
  const el = ownPart(root, selectors, quoted);
  if (!el) return null;
  const labels = [el.textContent, el.getAttribute('title'), el.getAttribute('aria-label')].map((l) => l?.trim() ?? '').filter((l) => l.length > 0 && l.length < 100);
  const label = labels.sort((a, b) => b.length - a.length)[0] ?? null;
  return { label, stamp: el.getAttribute('datetime') ?? el.closest('[datetime]')?.getAttribute('datetime') ?? null };
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
    const system = matchesAny(element, selectors.system) || matchesAny(element, selectors.day);
    if (system && isDayLine(element)) {
      const day: RenderedMessage = { element, nameElement: null, textElement: null, read: { kind: 'day', name: null, authorId: null, text: element.textContent?.trim() ?? '' }, pageId: null, time: null };
      cache.set(element, day);
      return day;
    }
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
        authorId: system || own ? null : idIn(element, selectors.authorId, quoted),
        text: textElement || !name ? text : text.replace(name, ''),
      },
      pageId: system ? null : idIn(element, selectors.messageId, quoted),
      time: system ? null : timeOf(element, selectors.time, quoted),
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

  /** The elements of every rendered message, service line and day separator, in page order (unread: a long chat is read in turns). */
  const list = (doc: ParentNode, learned: LearnedSelectors | null): HTMLElement[] => {
    const found = itemSelector(doc, startFor(learned));
    return found ? [...doc.querySelectorAll<HTMLElement>(join([found, ...selectors.system, ...selectors.day]))] : [];
  };
  /** One message element, as `read` would see it: taught author selectors for what the taught item selector finds. */
  const readOne = (element: HTMLElement, learned: LearnedSelectors | null): RenderedMessage => {
    const ok = startFor(learned);
    return read(element, authorsFor(ok, !!ok && element.matches(ok.items)));
  };

  return {
    items,
    itemSelector,
    list,
    /** Every rendered message (and service line) in page order; empty when none is found. */
    read: (doc: ParentNode, learned: LearnedSelectors | null): RenderedMessage[] => list(doc, learned).map((el) => readOne(el, learned)),
    readOne,
  };
}
