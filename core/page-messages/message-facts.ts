import type { Author, MessageRead } from './authors';
import { messageIds } from './message-id';
import { messageInstant, parseDay, todayIn, type CivilDate, type TimeSource } from './message-time';
import { nextRepeat, type RepeatRun } from '../watch/flood';
import { MAX_WATCHED_TEXT } from '../watch/limits';

/** What of a message is checked, compared for repeats and hashed for its id: a megabyte of text costs no more than its start. */
const checkedPart = (line: ReadLine) => line.read.text.slice(0, MAX_WATCHED_TEXT);

/** One rendered line as the tab read it, with its resolved author. */
export interface ReadLine {
  read: MessageRead;
  author: Author | null;
  pageId: string | null;
  time: TimeSource | null;
  /** Appeared while the chat was open (not there when it was first read): dated when seen if the page shows no date. */
  live: boolean;
}

/** What the watch needs of a participant's message. */
export interface MessageFacts {
  id: string;
  at: number | null;
  repeats: number;
}

/** What one line leaves for the next: the day above it and the author's run of same text. */
export interface FactsContext {
  day: CivilDate | null;
  dayLabel: string | null;
  run: RepeatRun | null;
}

export const NO_CONTEXT: FactsContext = { day: null, dayLabel: null, run: null };

/** One step: the facts of `line` (null for anything but a participant's message) and the context below it. */
function step(context: FactsContext, line: ReadLine, now: number, zone: string): { at: number | null; repeats: number; context: FactsContext } {
  if (line.read.kind === 'day') {
    return { at: null, repeats: 0, context: { day: parseDay(line.read.text, todayIn(now, zone)), dayLabel: line.read.text, run: null } };
  }
  if (line.read.kind !== 'message') return { at: null, repeats: 0, context: { ...context, run: null } };
  const run = nextRepeat(context.run, line.author?.id ?? null, checkedPart(line));
  // A message seen arriving was sent today, whatever separator the page put above it (if any).
  const shown = line.time ? messageInstant(line.time, line.live ? (context.day ?? todayIn(now, zone)) : context.day, now, zone) : null;
  // The page shows no time: a message seen arriving is dated now; an older one stays unknown (never a night post).
  const at = shown ?? (line.live && !line.time?.label ? now : null);
  return { at, repeats: run?.count ?? 1, context: { ...context, run } };
}

/** What a message shows, for its id: the n-th copy in a row of one text is another message than the first. */
const shown = (chat: string, line: ReadLine, day: string | null, repeats: number) => ({
  chat,
  author: line.author?.id ?? null,
  day,
  time: line.time?.label ?? null,
  text: repeats > 1 ? `${checkedPart(line)}\u0002${repeats}` : checkedPart(line),
});

/** Every line's facts in page order (null where it is no participant's message), and the context after the last. */
export function factsOf(lines: ReadLine[], chat: string, now: number, zone: string): { facts: Array<MessageFacts | null>; after: FactsContext[] } {
  let context = NO_CONTEXT;
  const steps = lines.map((line) => {
    const s = step(context, line, now, zone);
    const dayLabel = context.dayLabel;
    context = s.context;
    return { ...s, dayLabel };
  });
  const ids = messageIds(lines.map((line, i) => ({ page: line.pageId, facts: shown(chat, line, steps[i].dayLabel, steps[i].repeats) })));
  return {
    facts: lines.map((line, i) => (line.read.kind === 'message' ? { id: ids[i], at: steps[i].at, repeats: steps[i].repeats } : null)),
    after: steps.map((s) => s.context),
  };
}

/** The facts of one line appended below a line whose context is known (a message arriving at the bottom). */
export function factsAfter(context: FactsContext, line: ReadLine, chat: string, now: number, zone: string): { facts: MessageFacts | null; after: FactsContext } {
  const s = step(context, line, now, zone);
  if (line.read.kind !== 'message') return { facts: null, after: s.context };
  const [id] = messageIds([{ page: line.pageId, facts: shown(chat, line, context.dayLabel, s.repeats) }]);
  return { facts: { id, at: s.at, repeats: s.repeats }, after: s.context };
}
