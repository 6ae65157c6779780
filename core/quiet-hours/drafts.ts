import { z } from 'zod/mini';
import { chatRefSchema } from '../chat';

/** A message the user chose to send later rather than during quiet hours. */
export const savedDraftSchema = z.object({
  id: z.string().check(z.minLength(1)),
  chat: chatRefSchema,
  /** The chat's address, to reopen it from the reminder: a web page's, never a script's. */
  url: z.url({ protocol: /^https?$/ }),
  text: z.string().check(z.minLength(1), z.maxLength(50_000)),
  savedAt: z.number(),
  remindAt: z.number(),
  /** Set by the background when the reminder fires; the chat's tab then puts the draft back. */
  due: z.boolean(),
});
export type SavedDraft = z.infer<typeof savedDraftSchema>;

export const savedDraftListSchema = z.array(savedDraftSchema);
