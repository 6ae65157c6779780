import { z } from 'zod';

/** The parts of a messenger's page the site adapters look for. */
export const PARTS = ['composer', 'sendButton', 'title', 'chatId', 'messages'] as const;
export type Part = (typeof PARTS)[number];

/** What an adapter found of one part, and how: so a user can report a broken site in one screenshot. */
export const partCheckSchema = z.object({
  part: z.enum(PARTS),
  found: z.boolean(),
  /** The selector that matched (for the chat id: the address it was read from). */
  via: z.string().max(500).nullable(),
  count: z.number().int().nonnegative(),
  /** Where the matching selector came from: the extension, this browser's teaching, or the team (who shared it). */
  source: z.string().max(300).optional(),
});
export type PartCheck = z.infer<typeof partCheckSchema>;

/** A messenger tab's check, as the options page asks for it. */
export const tabCheckSchema = z.object({ url: z.string().max(2000), parts: z.array(partCheckSchema).max(PARTS.length) });
export type TabCheck = z.infer<typeof tabCheckSchema>;
