import type { ChatRef } from '@/core/chat';
import { chatKey } from '@/core/chat-key';
import type { Author } from '@/core/page-messages/authors';
import { factsAfter, factsOf, NO_CONTEXT, type FactsContext, type ReadLine } from '@/core/page-messages/message-facts';
import type { Finding, WatchedPost } from '@/core/watch/check-post';
import { MAX_WATCH_BATCH, MAX_WATCHED_TEXT } from '@/core/watch/limits';
import type { PostFlags } from '@/core/watch/post-flags';
import type { MarkedLine } from './message-marks';
import type { RenderedMessage } from './sites/message-reader';

/** A participant's message the check found something in. */
export interface Flagged {
  id: string;
  chat: string;
  author: Author | null;
  text: string;
  at: number | null;
  findings: Finding[];
  /** The message as rendered now (a re-render replaces it). */
  message: RenderedMessage;
  /** When this tab first had the answer: the queue shows newest first. */
  flaggedAt: number;
}

export interface ChatWatchOptions {
  chat(): ChatRef | null;
  /** The background's check; null when it could not answer (the messages are tried again on the next pass). */
  check(chat: ChatRef, posts: WatchedPost[]): Promise<PostFlags[] | null>;
  /** Answers arrived: flags and the queue are brought up to date. */
  onChange(): void;
  zone: string;
}

const CHANGE_EVERY_MS = 250;

const toReadLine = (line: MarkedLine): ReadLine => ({ read: line.message.read, author: line.author, pageId: line.message.pageId, time: line.message.time, live: line.live });

/**
 * Every participant's message, read as the page renders it, checked once per session by its id:
 * re-renders, scrolling back and switching chats cost no new checks.
 */
export function chatWatch(options: ChatWatchOptions) {
  /** Findings by message id ([] for a clean one); the answer stays for the session. */
  const verdicts = new Map<string, Finding[]>();
  const asked = new Set<string>();
  const flagged = new Map<string, Flagged>();
  const idOf = new WeakMap<Element, string>();
  const contextAfter = new WeakMap<Element, FactsContext>();
  let queue: Array<{ chat: ChatRef; post: WatchedPost }> = [];
  let flushing: Promise<void> | null = null;
  /** What was sent to be checked, as it will be flagged if the answer finds something. */
  const pending = new Map<string, Omit<Flagged, 'findings' | 'flaggedAt'>>();
  const flag = (seen: Omit<Flagged, 'findings' | 'flaggedAt'>, findings: Finding[]) => flagged.set(seen.id, { ...seen, findings, flaggedAt: Date.now() });

  const note = (chat: ChatRef, key: string, line: MarkedLine, facts: { id: string; at: number | null; repeats: number }) => {
    const { message, author } = line;
    idOf.set(message.element, facts.id);
    const seen = { id: facts.id, chat: key, author, text: message.read.text, at: facts.at, message };
    const verdict = verdicts.get(facts.id);
    const known = flagged.get(facts.id);
    if (known) known.message = message;
    else if (verdict?.length) flag(seen, verdict);
    if (verdict || asked.has(facts.id)) return;
    asked.add(facts.id);
    queue.push({ chat, post: { id: facts.id, text: message.read.text.slice(0, MAX_WATCHED_TEXT), at: facts.at, repeats: facts.repeats } });
    pending.set(facts.id, seen);
  };

  const flush = async () => {
    let told = performance.now();
    while (queue.length) {
      const batch = queue.splice(0, MAX_WATCH_BATCH);
      const chat = batch[0].chat;
      const same = batch.filter((b) => b.chat === chat);
      queue = [...batch.filter((b) => b.chat !== chat), ...queue];
      const answer = await options.check(chat, same.map((b) => b.post));
      for (const { post } of same) {
        const seen = pending.get(post.id);
        pending.delete(post.id);
        if (!answer) {
          asked.delete(post.id);
          continue;
        }
        const findings = answer.find((a) => a.id === post.id)?.findings ?? [];
        verdicts.set(post.id, findings);
        if (findings.length && seen) flag(seen, findings);
      }
      // A chat of thousands answers in many batches: its flags are drawn a few times a second, not after each.
      if (!queue.length || performance.now() - told > CHANGE_EVERY_MS) {
        options.onChange();
        told = performance.now();
      }
    }
  };
  const schedule = () => {
    flushing ??= Promise.resolve()
      .then(flush)
      .finally(() => (flushing = null));
  };

  return {
    /** The lines a pass read (all, in page order) or one appended at the bottom; true when one of them was flagged before (a re-render). */
    lines(lines: MarkedLine[], appended: boolean): boolean {
      const chat = options.chat();
      if (!chat) return false;
      const flaggedBefore = flagged.size;
      const key = chatKey(chat);
      const now = Date.now();
      if (appended) {
        const line = lines[0];
        let above = line.message.element.previousElementSibling;
        while (above && !contextAfter.has(above)) above = above.previousElementSibling;
        const { facts, after } = factsAfter((above && contextAfter.get(above)) ?? NO_CONTEXT, toReadLine(line), key, now, options.zone);
        contextAfter.set(line.message.element, after);
        if (facts) note(chat, key, line, facts);
      } else {
        const { facts, after } = factsOf(lines.map(toReadLine), key, now, options.zone);
        lines.forEach((line, i) => {
          contextAfter.set(line.message.element, after[i]);
          if (facts[i]) note(chat, key, line, facts[i]);
        });
      }
      if (queue.length) schedule();
      return flaggedBefore > 0 && lines.some((line) => flagged.get(idOf.get(line.message.element) ?? '')?.message === line.message);
    },
    /** The id a message element was read as. */
    idOf: (element: Element) => idOf.get(element) ?? null,
    /** Flagged messages of a chat, newest first. */
    flaggedIn(chat: ChatRef | null): Flagged[] {
      const key = chat && chatKey(chat);
      return [...flagged.values()].filter((f) => f.chat === key).sort((a, b) => (b.at ?? b.flaggedAt) - (a.at ?? a.flaggedAt));
    },
    get: (id: string) => flagged.get(id) ?? null,
    /** Settings or the regulation changed: every message is checked again under the new rules. The flagged ones are returned, for their flags to go. */
    reset(): Flagged[] {
      const was = [...flagged.values()];
      verdicts.clear();
      asked.clear();
      flagged.clear();
      return was;
    },
  };
}
