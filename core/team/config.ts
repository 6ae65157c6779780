import { z } from 'zod';
import { memberSchema, teamRetentionSchema } from './doc';
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
  /** Records in the team's doc. */
  records: z.number(),
  /** Records from peers that failed validation and were not let in. */
  invalid: z.number(),
  /** Deletions and rewrites of known records that were undone, and whose sessions wrote them, where known. */
  undone: z.number(),
  undoneBy: z.array(z.string()),
  lastUndone: z.number().nullable(),
  retention: teamRetentionSchema.nullable(),
});
export type TeamStatus = z.infer<typeof teamStatusSchema>;
