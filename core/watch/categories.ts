import { CATEGORY_RU, CHECK_CATEGORIES, type CheckCategory } from '../content-check/hits';

/** What watching the chat can be switched on or off for, per chat kind. */
export const WATCH_GROUPS = ['language', 'personal-data', 'night', 'caps', 'flood'] as const;
export type WatchGroup = (typeof WATCH_GROUPS)[number];

/** One kind of finding in a participant's message: the content check's, or the chat's own. */
export const FINDING_KINDS = [...CHECK_CATEGORIES, 'night', 'caps', 'flood'] as const;
export type FindingKind = CheckCategory | 'night' | 'caps' | 'flood';

export const groupOf = (kind: FindingKind): WatchGroup =>
  kind === 'obscenity' ? 'language' : kind === 'night' || kind === 'caps' || kind === 'flood' ? kind : 'personal-data';

/** The kinds in Russian, for the log's CSV (the UI has them in both languages). */
export const FINDING_RU: Record<FindingKind, string> = { ...CATEGORY_RU, night: 'сообщение в тихие часы', caps: 'текст заглавными буквами', flood: 'повтор одного сообщения' };
