import type { ActionKind, ModerationAction } from '@/core/moderation/actions';
import { chatKey } from '@/core/moderation/actions';

export interface LogFilter {
  text: string;
  chat: string;
  participant: string;
  kind: ActionKind | '';
  /** yyyy-mm-dd, inclusive, in the browser's zone. */
  from: string;
  to: string;
}

export const NO_FILTER: LogFilter = { text: '', chat: '', participant: '', kind: '', from: '', to: '' };

const DAY = 86_400_000;

/** A predicate for the log's rows; dates are whole local days. */
export function matches(filter: LogFilter): (a: ModerationAction) => boolean {
  const text = filter.text.trim().toLocaleLowerCase('ru');
  const from = filter.from ? new Date(`${filter.from}T00:00`).getTime() : -Infinity;
  const to = filter.to ? new Date(`${filter.to}T00:00`).getTime() + DAY : Infinity;
  return (a) =>
    (!filter.chat || chatKey(a.chat) === filter.chat) &&
    (!filter.participant || a.subject?.id === filter.participant) &&
    (!filter.kind || a.kind === filter.kind) &&
    a.time >= from &&
    a.time < to &&
    (!text || JSON.stringify([a.chat.title, a.subject?.name, 'reason' in a ? a.reason : '', 'text' in a ? a.text : '', a.actor]).toLocaleLowerCase('ru').includes(text));
}
