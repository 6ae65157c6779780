import { z } from 'zod';
import { chatRefSchema } from './chat';

/** Why a message had to go out during quiet hours; the regulation allows only emergencies. */
export const overrideReasonSchema = z
  .string()
  .trim()
  .min(3, 'Укажите причину: хотя бы три символа')
  .max(500, 'Причина длиннее 500 символов');

/** A message sent during quiet hours as an emergency, recorded locally. */
export const quietOverrideSchema = z.object({
  id: z.string().min(1),
  at: z.number(),
  chat: chatRefSchema,
  reason: overrideReasonSchema,
  timeZone: z.string(),
});
export type QuietOverride = z.infer<typeof quietOverrideSchema>;

export const quietOverrideListSchema = z.array(quietOverrideSchema);
