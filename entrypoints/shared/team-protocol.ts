import { z } from 'zod';
import { moderationActionSchema } from '@/core/moderation/actions';
import { teamConfigSchema } from '@/core/team/config';

/** Records per message when a whole local log is shared: runtime messages are copied whole. */
export const RECORD_BATCH = 500;

/** What the background asks of the sync host (an offscreen document in Chrome). */
export const hostRequestSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('open'), config: teamConfigSchema }),
  z.object({ op: z.literal('close') }),
  z.object({ op: z.literal('record'), actions: z.array(moderationActionSchema).max(RECORD_BATCH) }),
  // Filtered where the records are, so a school year is not sent for one chat's questions.
  z.object({ op: z.literal('records'), chat: z.string(), subjectId: z.string().optional() }),
  z.object({ op: z.literal('status') }),
  z.object({ op: z.literal('online'), online: z.boolean() }),
  z.object({ op: z.literal('export') }),
  z.object({ op: z.literal('import'), text: z.string() }),
]);
export type HostRequest = z.infer<typeof hostRequestSchema>;
export type HostReply = { ok: true; value?: unknown } | { ok: false; error: string };

/** Marks messages meant for the sync host, so no other extension page answers them. */
export const HOST_TARGET = 'chat-steward-sync-host';
