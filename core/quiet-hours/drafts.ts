import { z } from 'zod';
import { chatRefSchema } from '../chat';

/** A message the user chose to send later rather than during quiet hours. */
export const savedDraftSchema = z.object({
  id: z.string().min(1),
  chat: chatRefSchema,
  /** The chat's address, to reopen it from the reminder. */
  url: z.string().url(),
  text: z.string().min(1).max(50_000),
  savedAt: z.number(),
  remindAt: z.number(),
  /** Set by the background when the reminder fires; the chat's tab then puts the draft back. */
  due: z.boolean(),
});
export type SavedDraft = z.infer<typeof savedDraftSchema>;

export const savedDraftListSchema = z.array(savedDraftSchema);

/** Drafts stored for a chat that are ready to go back into its composer. */
export function dueDraftsFor(drafts: SavedDraft[], chat: { site: string; id: string }): SavedDraft[] {
  return drafts.filter((d) => d.due && d.chat.site === chat.site && d.chat.id === chat.id);
}
