import { z } from 'zod';
import { actionDraftSchema } from './moderation/actions';
import { chatRefSchema } from './chat';
import { rosterDecisionSchema } from './team/config';
import { retentionMonthsSchema } from './team/roster';
import { inviteSchema } from './team/invite';
import { overrideReasonSchema } from './quiet-hours/override';

/** Everything a content script or extension page may ask of the background. */
export const requestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('draft/save'),
    chat: chatRefSchema,
    url: z.string().url(),
    text: z.string().min(1),
    remindAt: z.number(),
  }),
  z.object({ type: z.literal('draft/restored'), id: z.string().min(1) }),
  z.object({
    type: z.literal('override/record'),
    chat: chatRefSchema,
    reason: overrideReasonSchema,
    at: z.number(),
    timeZone: z.string(),
  }),
  z.object({ type: z.literal('options/open') }),
  z.object({ type: z.literal('profile/active') }),
  z.object({ type: z.literal('action/record'), draft: actionDraftSchema }),
  z.object({ type: z.literal('chat/participants'), chat: chatRefSchema }),
  z.object({ type: z.literal('log/open') }),
  /** From the options page: the page check of the open messenger tab. */
  z.object({ type: z.literal('page/check') }),
  /** Erase everything: leaves the team (co-moderators keep their copies) and empties the store. */
  z.object({ type: z.literal('log/erase') }),
  z.object({
    type: z.literal('team/create'),
    team: z.string().trim().min(1).max(100),
    signaling: z.array(z.string()).min(1),
    iceServers: inviteSchema.shape.iceServers,
  }),
  z.object({ type: z.literal('team/join'), code: z.string().min(1) }),
  z.object({ type: z.literal('team/leave') }),
  z.object({ type: z.literal('team/status') }),
  z.object({ type: z.literal('team/online'), online: z.boolean() }),
  z.object({ type: z.literal('team/retention'), months: retentionMonthsSchema }),
  /** An owner's or admin's decision: approve, remove, name an admin, a new invite, withdraw one. */
  z.object({ type: z.literal('team/decide'), decision: rosterDecisionSchema }),
  z.object({ type: z.literal('team/export') }),
  z.object({ type: z.literal('team/import'), text: z.string() }),
  /** From the sync host: records arrived from a peer or a file. */
  z.object({ type: z.literal('team/changed') }),
  /** From the sync host: the team's config changed there (a new invite, a move to another room). */
  z.object({ type: z.literal('team/config'), config: z.unknown() }),
]);
export type Request = z.infer<typeof requestSchema>;

export const responseSchema = z.discriminatedUnion('ok', [
  // `profile` is checked by the asker against the profile schema, which the background need not repeat.
  z.object({
    ok: z.literal(true),
    id: z.string().optional(),
    profile: z.unknown().optional(),
    decision: z.unknown().optional(),
    participants: z.unknown().optional(),
    notes: z.unknown().optional(),
    /** Whatever else a request returns (team status, a file…), checked by the asker. */
    value: z.unknown().optional(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Response = z.infer<typeof responseSchema>;
