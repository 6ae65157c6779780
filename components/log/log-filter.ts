import type { LogRow, Scope } from '@/core/log/store';
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

export const NO_FILTER: LogFilter = { text: '', chat: '', participant: '', kind: '', source: '', from: '', to: '' };

const DAY = 86_400_000;

/** One filter value per writer: this moderator, a JSON file, or a co-moderator by name (sync and files alike). */
export const sourceKey = (row: LogRow) => (row.source === 'own' || row.source === 'import' ? row.source : `team:${row.member ?? ''}`);

/** Where the store should look: the chat, else the participant, else everything, within the dates (whole local days). */
export function scopeOf(filter: LogFilter): Scope {
  return {
    ...(filter.chat ? { chat: filter.chat } : filter.participant ? { participant: filter.participant } : {}),
    from: filter.from ? new Date(`${filter.from}T00:00`).getTime() : Number.NEGATIVE_INFINITY,
    to: filter.to ? new Date(`${filter.to}T00:00`).getTime() + DAY : Number.POSITIVE_INFINITY,
  };
}

/** What the scope does not narrow: participant, kind, source, text. */
export function matches(filter: LogFilter): (row: LogRow) => boolean {
  const text = filter.text.trim().toLocaleLowerCase('ru');
  return (r) =>
    (!filter.participant || r.subjectKey === filter.participant) &&
    (!filter.kind || r.kind === filter.kind) &&
    (!filter.source || sourceKey(r) === filter.source) &&
    (!text ||
      JSON.stringify([r.chat.title, r.subject?.name, 'reason' in r ? r.reason : '', 'text' in r ? r.text : '', r.actor, r.member]).toLocaleLowerCase('ru').includes(text));
}

const DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/;
const MAX_PARAM = 200;

/** The filter a log page's address names (so a view can be bookmarked); anything malformed is left out. */
export function filterFromParams(params: URLSearchParams, kinds: readonly string[]): LogFilter {
  const text = (name: keyof LogFilter) => (params.get(name) ?? '').slice(0, MAX_PARAM);
  const day = (name: 'from' | 'to') => (DAY_TEXT.test(text(name)) && !Number.isNaN(new Date(`${text(name)}T00:00`).getTime()) ? text(name) : '');
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
