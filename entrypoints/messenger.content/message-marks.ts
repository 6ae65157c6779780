import { excerpt, nextAuthor, resolveAuthors, type Author } from '@/core/page-messages/authors';
import type { Mark, MarkWords } from '@/core/page-messages/marks';
import type { RenderedMessage } from './sites/message-reader';
import { MARK_CSS } from './mark-css';

/** A message the moderator chose to act on. */
export interface ActedMessage {
  author: Author | null;
  /** An excerpt of its text, kept as evidence. */
  evidence: string;
}

export interface MessageMarksOptions {
  /** The page's message elements now, in order, unread (empty when the adapter finds none). */
  list(): HTMLElement[];
  /** One message element, read as `read` would. */
  readOne(element: HTMLElement): RenderedMessage;
  /** The message element an event target sits in. */
  messageOf(target: Element): HTMLElement | null;
  /** The open chat (a new one starts over what counts as arriving live). */
  chat(): unknown;
  /** Whether an element the page added is, holds or sits in a message. */
  touches(node: Element): boolean;
  markOf(author: Author): Mark | null;
  words: MarkWords;
  onAct(message: ActedMessage): void;
  /** After each pass: who was seen writing, and whether any message was found at all. */
  onScan(authors: Author[], found: boolean): void;
  /** The lines read in a pass (all of them, in page order), or one appended at the bottom (`appended`). */
  onLines(lines: MarkedLine[], appended: boolean): void;
  /** The user chose a message's flag: the panel shows its entry. */
  onFlag(element: HTMLElement): void;
}

/** A rendered line with its resolved author, as the marks read it. */
export interface MarkedLine {
  message: RenderedMessage;
  author: Author | null;
  /** Appeared after the chat was first read. */
  live: boolean;
}

/** What a message's flag shows: `text` beside the message, `label` read aloud; `done` once someone handled it. */
export interface FlagWords {
  text: string;
  label: string;
  done: boolean;
}

const HOST = 'steward-mark';
const SETTLE_MS = 2000;
/**
 * Work on a long chat goes in turns of this many ms: short enough to keep the page answering, long
 * enough that a chat of thousands is not drawn anew after every few marks (each frame lays out the
 * whole chat: 10 000 messages cost the page ~180 ms a frame).
 */
const TURN_MS = 30;
/**
 * A plain inline with a zero-size wrap (mark-css.ts): it takes no room, so a badge never moves the
 * page's text. Nothing is positioned until it shows something: positioned marks are laid out again
 * with the whole page on every frame, and 10 000 of them made each frame of a long chat cost ~180 ms.
 */
const HOST_STYLE = 'all:initial;font:inherit;line-height:0;';

interface Entry {
  host: HTMLElement;
  wrap: HTMLElement;
  badge: HTMLElement;
  button: HTMLButtonElement;
  flag: HTMLButtonElement;
  /** What the host shows now, to skip unchanged messages. */
  shown: string;
  message: { author: Author | null; text: string };
}

let sheet: CSSStyleSheet | null | undefined;
/** One shared stylesheet for every host; a <style> each where adopting is not allowed (Firefox's content scripts). */
function style(root: ShadowRoot): void {
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(MARK_CSS);
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      sheet = null;
    }
  }
  if (sheet) root.adoptedStyleSheets = [sheet];
  else root.append(Object.assign(document.createElement('style'), { textContent: MARK_CSS }));
}

/**
 * A badge (strikes, block) by every message of a person with records in this chat, and a control
 * to act on the message. Each lives in a closed shadow root, so the page cannot read the records.
 */
export function messageMarks(options: MessageMarksOptions) {
  const entries = new WeakMap<HTMLElement, Entry>();
  /** Messages that have a mark now: one no longer read as a message (selectors forgotten) loses it. */
  let marked = new Set<HTMLElement>();
  /** For each message read: the run's author below it (null after an own or service line). */
  let runAfter = new WeakMap<Element, Author | null>();
  let seen = new Map<string, Author>();
  const hosts = new WeakSet<Node>();
  let hovered: HTMLElement | null = null;

  // The browser's message lookup costs more than the rest of a mark: one label per author.
  const actionLabels = new Map<string, string>();
  const actionLabel = (author: Author | null) => {
    const key = author?.name ?? '';
    let label = actionLabels.get(key);
    if (label === undefined) actionLabels.set(key, (label = options.words.action(author)));
    return label;
  };

  const create = (message: RenderedMessage): Entry => {
    const host = document.createElement(HOST);
    host.setAttribute('style', HOST_STYLE);
    hosts.add(host);
    const root = host.attachShadow({ mode: 'closed' });
    style(root);
    const wrap = document.createElement('span');
    wrap.className = 'wrap';
    const badge = document.createElement('span');
    badge.setAttribute('role', 'img');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'act';
    button.textContent = '⚑';
    const flag = document.createElement('button');
    flag.type = 'button';
    flag.className = 'flag';
    flag.hidden = true;
    wrap.append(flag, badge, button);
    root.append(wrap);
    const entry: Entry = { host, wrap, badge, button, flag, shown: '', message: { author: null, text: '' } };
    flag.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      options.onFlag(message.element);
    });
    button.addEventListener('click', (event) => {
      // Names are often links to the profile: the click is ours, not the page's.
      event.preventDefault();
      event.stopPropagation();
      options.onAct({ author: entry.message.author, evidence: excerpt(entry.message.text) });
    });
    entries.set(message.element, entry);
    return entry;
  };

  /** Over the page's content only while it shows something (see HOST_STYLE). */
  const raise = (entry: Entry) => entry.wrap.classList.toggle('shows', !entry.badge.hidden || !entry.flag.hidden);

  const place = (message: RenderedMessage, author: Author | null) => {
    if (message.read.kind !== 'message') return;
    const entry = entries.get(message.element) ?? create(message);
    entry.message = { author, text: message.read.text };
    // Just after the name where the message shows it (beside a link, not inside it), else after its text.
    if (message.nameElement) {
      if (message.nameElement.nextSibling !== entry.host) message.nameElement.after(entry.host);
    } else {
      const anchor = message.textElement ?? message.element;
      if (entry.host.parentNode !== anchor) anchor.append(entry.host);
    }
    const mark = author && options.markOf(author);
    const shown = `${author?.id}|${author?.name}|${mark?.strikes}|${mark?.blockedUntil}`;
    if (shown === entry.shown) return;
    entry.shown = shown;
    const words = author && mark ? options.words.badge(author, mark) : null;
    entry.badge.hidden = !words;
    raise(entry);
    entry.badge.className = `badge${mark?.blockedUntil ? ' blocked' : ''}${author?.byName ? ' by-name' : ''}`;
    entry.badge.textContent = words?.text ?? '';
    if (words) entry.badge.setAttribute('aria-label', words.label);
    const action = actionLabel(author);
    entry.button.setAttribute('aria-label', action);
    entry.button.title = action;
  };

  /** Notes a named author as seen in the chat; true when they are new. */
  const see = (author: Author | null): boolean => {
    if (!author?.name || seen.has(author.id)) return false;
    seen.set(author.id, author);
    return true;
  };

  /** Messages read but not marked yet (a long chat is marked over several tasks), and the pass over the page now going. */
  let unplaced = new Map<HTMLElement, [RenderedMessage, Author | null]>();
  let pass = 0;
  /**
   * Runs `step` (which says whether there is more) now and then once a task until it is done, each
   * time until `due()`: a chat of thousands never holds the page for long. A newer pass stops an older one.
   */
  const inTurns = (mine: number, step: (due: () => boolean) => boolean) => {
    const turn = () => {
      const end = performance.now() + TURN_MS;
      if (mine === pass && step(() => performance.now() > end)) setTimeout(turn, 0);
    };
    turn();
  };
  /** Marks in turns, the latest first (a chat shows its bottom). */
  const placeInTurns = (mine: number, items: Array<[RenderedMessage, Author | null]>) => {
    unplaced = new Map(items.map((item) => [item[0].element, item]));
    const order = items.reverse();
    let next = 0;
    inTurns(mine, (due) => {
      for (; next < order.length && !due(); next++) {
        const [message, author] = order[next];
        if (unplaced.delete(message.element)) place(message, author);
      }
      return next < order.length;
    });
  };

  /** Lines seen since the chat was first read: a new one after them arrived live. */
  let known = new WeakSet<Element>();
  let knownChat: unknown = null;
  let openedAt = 0;
  /** A chat's first messages often render in several steps: what comes in its first seconds is not arriving live. */
  const settled = () => Date.now() - openedAt > SETTLE_MS;

  /** Reads every message (cached per element, in turns) and brings each mark up to date. */
  const scan = () => {
    const mine = ++pass;
    const elements = options.list();
    const messages: RenderedMessage[] = [];
    let marksDone = false;
    // Reading, then marking, then handing the lines on: each begins only if the turn has time left.
    inTurns(mine, (due) => {
      while (messages.length < elements.length && !due()) messages.push(options.readOne(elements[messages.length]));
      if (messages.length < elements.length || due()) return true;
      if (!marksDone) {
        marksFor(mine, messages);
        marksDone = true;
        if (due()) return true;
      }
      linesDue?.();
      return false;
    });
  };

  /** A pass's lines not yet handed on. */
  let linesDue: (() => void) | null = null;

  /** The page read to its end: authors resolved, marks placed, the lines handed on. */
  const marksFor = (mine: number, messages: RenderedMessage[]) => {
    const authors = resolveAuthors(messages.map((m) => m.read));
    runAfter = new WeakMap();
    messages.forEach((message, i) => runAfter.set(message.element, authors[i]));
    placeInTurns(mine, messages.map((message, i) => [message, authors[i]]));
    const chat = options.chat();
    if (chat !== knownChat) [known, knownChat, openedAt] = [new WeakSet(), chat, Date.now()];
    // Below the last line seen before, a new line arrived while the chat was open; above it, it was scrolled in.
    let lastKnown = -1;
    messages.forEach((m, i) => known.has(m.element) && (lastKnown = i));
    const live = settled() && lastKnown >= 0;
    const lines = messages.map((message, i) => ({ message, author: authors[i], live: live && i > lastKnown }));
    // Handed on by the pass's next step (or by a message arriving first).
    linesDue = () => {
      linesDue = null;
      options.onLines(lines, false);
    };
    for (const m of messages) known.add(m.element);
    const now = new Set(messages.filter((m) => m.read.kind === 'message').map((m) => m.element));
    for (const element of marked) {
      if (now.has(element)) continue;
      entries.get(element)?.host.remove();
      entries.delete(element);
    }
    marked = now;
    seen = new Map();
    authors.forEach(see);
    options.onScan([...seen.values()], messages.length > 0);
  };

  /**
   * A new message right after messages already read (the usual case: one arrives at the bottom):
   * its author follows from the one above, with no pass over the chat. False when it is not that case.
   */
  const appendOne = (node: Element): boolean => {
    if (!(node instanceof HTMLElement) || options.messageOf(node) !== node) return false;
    if (node.nextElementSibling && runAfter.has(node.nextElementSibling)) return false;
    let above = node.previousElementSibling;
    for (let hops = 0; above && !runAfter.has(above) && hops < 3; hops++) above = above.previousElementSibling;
    if (!above || !runAfter.has(above)) return false;
    linesDue?.();
    const message = options.readOne(node);
    const author = nextAuthor(runAfter.get(above) ?? null, message.read);
    runAfter.set(node, author);
    known.add(node);
    options.onLines([{ message, author, live: settled() }], true);
    if (message.read.kind !== 'message') return true;
    place(message, author);
    marked.add(node);
    if (see(author)) options.onScan([...seen.values()], true);
    return true;
  };

  // Only messages the page adds count: not typing in the composer, not the marks' own hosts going in.
  // (Two such nodes are enough to know a pass is due: a page that adds 10 000 is not asked about each.)
  const observer = new MutationObserver((records) => {
    const added: Element[] = [];
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element && !hosts.has(node) && options.touches(node) && added.push(node) > 1) break;
      if (added.length > 1) break;
    }
    if (added.length && !(added.length === 1 && appendOne(added[0]))) scan();
  });

  const hover = (event: Event) => {
    const message = event.target instanceof Element ? options.messageOf(event.target) : null;
    if (message === hovered) return;
    if (hovered) entries.get(hovered)?.host.removeAttribute('data-hover');
    hovered = message;
    if (message) entries.get(message)?.host.setAttribute('data-hover', '');
  };

  return {
    scan,
    /** Shows (or, null, hides) a message's flag; false when the message has no mark (it is gone). */
    flag(element: HTMLElement, words: FlagWords | null): boolean {
      const waiting = unplaced.get(element);
      if (waiting) {
        unplaced.delete(element);
        place(...waiting);
      }
      const entry = entries.get(element);
      if (!entry) return false;
      entry.flag.hidden = !words;
      raise(entry);
      entry.flag.textContent = words?.text ?? '';
      entry.flag.classList.toggle('done', !!words?.done);
      if (words) entry.flag.setAttribute('aria-label', words.label);
      return true;
    },
    /** Moves focus to a message's flag (from the queue's "show"). */
    focusFlag(element: HTMLElement): void {
      entries.get(element)?.flag.focus();
    },
    start() {
      observer.observe(document.body, { childList: true, subtree: true });
      document.addEventListener('pointerover', hover, { passive: true });
      scan();
    },
    stop() {
      observer.disconnect();
      document.removeEventListener('pointerover', hover);
    },
  };
}
