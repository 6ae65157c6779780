import type { SavedDraft } from './drafts';

/** Drafts stored for a chat that are ready to go back into its composer. */
export function dueDraftsFor(drafts: SavedDraft[], chat: { site: string; id: string }): SavedDraft[] {
  return drafts.filter((d) => d.due && d.chat.site === chat.site && d.chat.id === chat.id);
}
