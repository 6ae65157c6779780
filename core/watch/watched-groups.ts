import { CHAT_KINDS, type ChatKind } from '../regulation/kinds';
import type { WatchGroup } from './categories';

/** A chat with no tag yet is watched under `untagged`. */
export const WATCH_KEYS = [...CHAT_KINDS, 'untagged'] as const;
export type WatchKey = (typeof WATCH_KEYS)[number];
/** The moderator's choice per chat kind (a kind not listed follows the defaults); schema in watch-settings.ts. */
export type WatchChoices = Partial<Record<WatchKey, WatchGroup[]>>;

/** Chats of staff and officials are not watched unless the moderator says so: their members are adults at work. */
const UNWATCHED_BY_DEFAULT: WatchKey[] = ['class-teachers', 'staff', 'management', 'official-channel'];
/** What is watched where a regulation says nothing: shouting and flooding only where the school's profile asks for them. */
export const DEFAULT_WATCH: WatchGroup[] = ['language', 'personal-data', 'night'];

/** What is watched in a chat of this kind: the moderator's choice, else the profile's defaults in chats with students and parents. */
export function watchedGroups(choices: WatchChoices | null | undefined, profileDefaults: readonly WatchGroup[] | undefined, kind: ChatKind | null): WatchGroup[] {
  const key: WatchKey = kind ?? 'untagged';
  const chosen = choices?.[key];
  if (chosen) return [...chosen];
  return UNWATCHED_BY_DEFAULT.includes(key) ? [] : [...(profileDefaults ?? DEFAULT_WATCH)];
}
