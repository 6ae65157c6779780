import { z } from 'zod';
import { memberSchema } from './doc';
import { inviteSchema } from './invite';

/** What this browser keeps about its team: the invite, who the user is in it, and whether to sync. */
export const teamConfigSchema = z.object({ invite: inviteSchema, member: memberSchema, online: z.boolean() });
export type TeamConfig = z.infer<typeof teamConfigSchema>;

export const teamStatusSchema = z.object({
  team: z.string(),
  code: z.string(),
  members: z.array(memberSchema),
  online: z.boolean(),
  /** Peers connected now, over WebRTC or another tab of this browser. */
  peers: z.number(),
  signalingConnected: z.boolean(),
  lastSync: z.number().nullable(),
  records: z.number(),
  invalid: z.number(),
});
export type TeamStatus = z.infer<typeof teamStatusSchema>;
