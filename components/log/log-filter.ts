import type { ActionLog, LogRow } from '@/core/log/store';
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

/** The filter's dates as a time range [from, to); whole local days. */
function timeRange(filter: LogFilter): [number, number] {
  return [
    filter.from ? new Date(`${filter.from}T00:00`).getTime() : Number.NEGATIVE_INFINITY,
    filter.to ? new Date(`${filter.to}T00:00`).getTime() + DAY : Number.POSITIVE_INFINITY,
  ];
}

/** The rows the filter's most selective index holds (chat, else participant, else time), newest first. */
export function indexedRows(log: ActionLog, filter: LogFilter) {
  const [from, to] = timeRange(filter);
  if (filter.chat) return log.actions.where('[chatKey+time]').between([filter.chat, from], [filter.chat, to], true, false).reverse();
  if (filter.participant) return log.actions.where('[subjectKey+time]').between([filter.participant, from], [filter.participant, to], true, false).reverse();
  return log.actions.where('time').between(from, to, true, false).reverse();
}

/** What the index does not narrow: participant, kind, source, text. */
export function matches(filter: LogFilter): (row: LogRow) => boolean {
  const text = filter.text.trim().toLocaleLowerCase('ru');
  return (r) =>
    (!filter.participant || r.subjectKey === filter.participant) &&
    (!filter.kind || r.kind === filter.kind) &&
    (!filter.source || sourceKey(r) === filter.source) &&
    (!text ||
      JSON.stringify([r.chat.title, r.subject?.name, 'reason' in r ? r.reason : '', 'text' in r ? r.text : '', r.actor, r.member]).toLocaleLowerCase('ru').includes(text));
}
