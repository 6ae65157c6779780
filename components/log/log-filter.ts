import { nextLocalDay, parseLocalDay } from '@/core/local-day';
import type { LogRow } from '@/core/log/store';
import type { ActionKind } from '@/core/moderation/actions';

export interface LogFilter {
  text: string;
  /** A chat key ("max:-700…"). */
  chat: string;
  /** A participant key ("max:petrov"). */
  participant: string;
  kind: ActionKind | '';
  /** Who the record came from, as `sourceKey` gives it. */
  source: string;
  /** yyyy-mm-dd, inclusive, in the browser's zone. */
  from: string;
  to: string;
}

/** One filter value per writer: this moderator, a JSON file, or a co-moderator by name (sync and files alike). */
export const sourceKey = (row: LogRow) => (row.source === 'own' || row.source === 'import' ? row.source : `team:${row.member ?? ''}`);

/** The filter's dates as instants: from the start of its first day to the start of the day after its last. */
export function datesOf(filter: LogFilter): { from: number; to: number } {
  const from = parseLocalDay(filter.from);
  const to = parseLocalDay(filter.to);
  return { from: from ?? Number.NEGATIVE_INFINITY, to: to === null ? Number.POSITIVE_INFINITY : nextLocalDay(to) };
}

/** Whether a row is one the filter shows: its dates, chat, participant, kind, source and text. */
export function matches(filter: LogFilter): (row: LogRow) => boolean {
  const { from, to } = datesOf(filter);
  const text = filter.text.trim().toLocaleLowerCase('ru');
  return (r) =>
    r.time >= from &&
    r.time < to &&
    (!filter.chat || r.chatKey === filter.chat) &&
    (!filter.participant || r.subjectKey === filter.participant) &&
    (!filter.kind || r.kind === filter.kind) &&
    (!filter.source || sourceKey(r) === filter.source) &&
    (!text ||
      JSON.stringify([r.chat.title, r.subject?.name, 'reason' in r ? r.reason : '', 'text' in r ? r.text : '', r.actor, r.member]).toLocaleLowerCase('ru').includes(text));
}

const MAX_PARAM = 200;

/** The filter a log page's address names (so a view can be bookmarked); anything malformed is left out. */
export function filterFromParams(params: URLSearchParams, kinds: readonly string[]): LogFilter {
  const text = (name: keyof LogFilter) => (params.get(name) ?? '').slice(0, MAX_PARAM);
  const day = (name: 'from' | 'to') => (parseLocalDay(text(name)) === null ? '' : text(name));
  const kind = text('kind');
  return {
    text: text('text'),
    chat: text('chat'),
    participant: text('participant'),
    kind: kinds.includes(kind) ? (kind as ActionKind) : '',
    source: text('source'),
    from: day('from'),
    to: day('to'),
  };
}

/** The address parameters for a filter: only what is set. */
export const filterParams = (filter: LogFilter) => new URLSearchParams(Object.entries(filter).filter(([, value]) => value !== ''));
