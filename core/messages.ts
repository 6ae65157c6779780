import { z } from 'zod';
import { describeIssue, type Lang } from './errors';
import { zodErrors } from './zod-lang';
import { INVALID_PREFIX } from './response';
import { actionDraftSchema } from './moderation/actions';
import { chatRefSchema, siteIdSchema } from './chat';
import { learnedSelectorsSchema } from './page-messages/learned';
import { CHECK_CATEGORIES } from './content-check/hits';
import { rosterDecisionSchema } from './team/config';
import { retentionMonthsSchema } from './team/roster';
import { inviteSchema } from './team/invite';
import { overrideReasonSchema } from './quiet-hours/override';
import { savedDraftSchema } from './quiet-hours/drafts';
import { chatKindSchema } from './regulation/profile';
import { MAX_WATCH_BATCH, MAX_WATCHED_TEXT } from './watch/limits';

/** Everything a content script or extension page may ask of the background. */
export const requestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('draft/save'),
    chat: chatRefSchema,
    url: savedDraftSchema.shape.url,
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
  /** The text about to be sent, checked against the regulation's rules on language and personal data. */
  z.object({ type: z.literal('content/check'), text: z.string().max(100_000) }),
  /** Participants' messages in the open chat, read by the tab as they appear: checked against the regulation. */
  z.object({
    type: z.literal('watch/check'),
    chat: chatRefSchema,
    posts: z.array(z.object({ id: z.string().min(1).max(120), text: z.string().max(MAX_WATCHED_TEXT), at: z.number().nullable(), repeats: z.number().int().min(1).max(10_000) })).max(MAX_WATCH_BATCH),
  }),
  /** A phrase found in a false alarm goes on the allowlist: the team's (owner or admin) or, outside a team, this browser's. */
  z.object({ type: z.literal('watch/allow'), phrase: z.string().trim().min(1).max(200) }),
  /** The user sent it anyway: logged with what was found, never the text. */
  z.object({ type: z.literal('content/override'), chat: chatRefSchema, categories: z.array(z.enum(CHECK_CATEGORIES)).min(1), at: z.number() }),
  /** A messenger tab's settings, drafts, chat tags and regulation. */
  z.object({ type: z.literal('tab/state') }),
  z.object({ type: z.literal('tab/collapse'), collapsed: z.boolean() }),
  /** Selectors learned by pointing at an author's name on a messenger whose markup changed; null forgets them. */
  z.object({ type: z.literal('site/learn'), site: siteIdSchema, learned: z.nullable(learnedSelectorsSchema) }),
  /** An owner or admin shares selectors taught on one messenger with the team (null withdraws them). */
  z.object({ type: z.literal('site/share'), site: siteIdSchema, learned: z.nullable(learnedSelectorsSchema) }),
  z.object({ type: z.literal('chat/tag'), key: z.string().min(1).max(200), kind: z.nullable(chatKindSchema) }),
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
    signaling: inviteSchema.shape.signaling,
    iceServers: inviteSchema.shape.iceServers,
    relayOnly: z.boolean().optional(),
  }),
  z.object({ type: z.literal('team/join'), code: z.string().min(1) }),
  /** From the options page, as a join code is pasted: the sync host starts meanwhile, so the join does not wait for it. */
  z.object({ type: z.literal('team/prepare') }),
  z.object({ type: z.literal('team/leave') }),
  /** From the options page, after an identity backup was restored: the team it held reopens with that identity. */
  z.object({ type: z.literal('team/restore'), config: z.unknown() }),
  z.object({ type: z.literal('team/status') }),
  z.object({ type: z.literal('team/online'), online: z.boolean() }),
  z.object({ type: z.literal('team/retention'), months: retentionMonthsSchema }),
  /** An owner or admin sets the chosen regulation (built-in or imported, by id) for the whole team. */
  z.object({ type: z.literal('team/regulation'), profileId: z.string().min(1).max(100) }),
  /** An owner's or admin's decision: approve, remove, name an admin, a new invite, withdraw one. */
  z.object({ type: z.literal('team/decide'), decision: rosterDecisionSchema }),
  z.object({ type: z.literal('team/export') }),
  z.object({ type: z.literal('team/import'), text: z.string() }),
  /** From the sync host: records arrived from a peer or a file. */
  z.object({ type: z.literal('team/changed') }),
  /** From the sync host: a long sync moved on (done === total when it ends). */
  z.object({ type: z.literal('team/progress'), done: z.number().int().min(0), total: z.number().int().min(1) }),
  /** From the sync host: the team's config changed there (a new invite, a move to another room). */
  z.object({ type: z.literal('team/config'), config: z.unknown() }),
]);
export type Request = z.infer<typeof requestSchema>;

/** A message as a request, or why it is not one, in the user's language (the asker shows it as is). */
export function readRequest(message: unknown, lang: Lang): { request: Request } | { error: string } {
  const parsed = requestSchema.safeParse(message, zodErrors(lang));
  // The field is a code name, no help to a user; the messages say what is wrong in their words.
  return parsed.success ? { request: parsed.data } : { error: INVALID_PREFIX + describeIssue(parsed.error, lang).message };
}
