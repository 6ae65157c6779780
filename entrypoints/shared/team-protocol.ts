import { z } from 'zod';
import { moderationActionSchema } from '@/core/moderation/actions';
import { rosterDecisionSchema, teamConfigSchema } from '@/core/team/config';
import { retentionMonthsSchema, sharedSelectorsSchema, TEAM_REGULATION_MAX } from '@/core/team/roster';
import { MAX_ALLOWED_PHRASE } from '@/core/watch/allowed';
import { siteIdSchema } from '@/core/chat';

/** Records per message when a whole local log is shared: runtime messages are copied whole. */
export const RECORD_BATCH = 500;


/** What the background asks of the sync host (an offscreen document in Chrome). */
export const hostRequestSchema = z.union([
  rosterDecisionSchema,
  z.discriminatedUnion('op', [
    z.object({ op: z.literal('open'), config: teamConfigSchema }),
    /** `forget`: also delete this browser's replica of the team's doc (leaving the team). */
    z.object({ op: z.literal('close'), forget: z.boolean().default(false) }),
    z.object({ op: z.literal('record'), actions: z.array(moderationActionSchema).max(RECORD_BATCH) }),
    z.object({ op: z.literal('status') }),
    z.object({ op: z.literal('online'), online: z.boolean() }),
    z.object({ op: z.literal('retention'), months: retentionMonthsSchema }),
    z.object({ op: z.literal('prune') }),
    /** Sets the team's regulation (a profile's JSON), or asks which one is set. */
    z.object({ op: z.literal('set-regulation'), profile: z.string().max(TEAM_REGULATION_MAX) }),
    /** `known`: the one this browser already took up; then only a newer one is sent back in full. */
    z.object({ op: z.literal('regulation'), known: z.object({ id: z.string(), at: z.number() }).nullable().default(null) }),
    z.object({ op: z.literal('export') }),
    z.object({ op: z.literal('import'), text: z.string() }),
    /** Adds a phrase to the team's allowlist (owner or admin). */
    z.object({ op: z.literal('allow'), phrase: z.string().trim().min(1).max(MAX_ALLOWED_PHRASE) }),
    /** Shares the selectors taught on one messenger with the team (owner or admin); null withdraws them. */
    z.object({ op: z.literal('selectors'), site: siteIdSchema, learned: sharedSelectorsSchema.nullable() }),
    /** The team's signed settings a tab uses: the allowlist and shared selectors, with who set them. */
    z.object({ op: z.literal('shared') }),
  ]),
]);
export type HostRequest = z.infer<typeof hostRequestSchema>;
export type HostReply = { ok: true; value?: unknown } | { ok: false; error: string };

/** Marks messages meant for the sync host, so no other extension page answers them. */
export const HOST_TARGET = 'chat-steward-sync-host';
