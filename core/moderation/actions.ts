import { z } from 'zod';
import { chatRefSchema } from '../chat';
import { overrideReasonSchema } from '../quiet-hours/override';
import { subjectSchema } from './subject';
import { EVIDENCE_MAX } from '../page-messages/authors';
import { CHECK_CATEGORIES } from '../content-check/hits';
import { FINDING_KINDS } from '../watch/categories';

const reason = z.string().trim().min(3, 'Укажите причину: хотя бы три символа').max(1000);
/** A chat member who objects to an early unblock, by name. */
const objector = z.string().trim().min(1, 'Укажите, кто возражает').max(200);

/** Instants from 1970 to 2100 in ms: the store files records by month, and nothing later is real. */
export const instantSchema = z.number().int().min(0).max(Date.UTC(2100, 0, 1));

const base = z.object({
  /** ULID: unique, and sorts by time. */
  id: z.string().min(1).max(100),
  time: instantSchema,
  actor: z.string().trim().min(1).max(200),
  chat: chatRefSchema,
  /** The clauses the action rests on, as cited when it was recorded. */
  clauses: z.array(z.string().max(40)).max(20).default([]),
  subject: z.optional(subjectSchema),
  /** An excerpt of the message the action was taken from, as evidence. */
  evidence: z.string().trim().min(1).max(EVIDENCE_MAX).optional(),
  /** The flagged message the action handles (watching the chat): the team's queues drop it. */
  messageId: z.string().min(1).max(120).optional(),
});

const withSubject = base.extend({ subject: subjectSchema });

export const moderationActionSchema = z.discriminatedUnion('kind', [
  withSubject.extend({ kind: z.literal('rules-introduced') }),
  base.extend({ kind: z.literal('rules-reminder'), reason: reason.optional() }),
  withSubject.extend({ kind: z.literal('violation'), reason }),
  withSubject.extend({ kind: z.literal('message-deleted'), reason }),
  withSubject.extend({
    kind: z.literal('blocked'),
    until: instantSchema,
    reason,
    /** Who decided, when the regulation leaves it to the director (e.g. "директор Иванова И.И., 20.11"). */
    directorAuthorisation: z.string().trim().min(3).max(300).optional(),
  }),
  withSubject.extend({
    kind: z.literal('unblocked'),
    apology: z.boolean(),
    /** The moderator's word that nobody objects; objections on record are checked separately. */
    objections: z.boolean(),
    reason: reason.optional(),
  }),
  /** A chat participant objects to lifting the subject's block early (e.g. 4.6 of 004). */
  withSubject.extend({ kind: z.literal('objection'), objector, reason: reason.optional() }),
  /** The objector takes their objection back. */
  withSubject.extend({ kind: z.literal('objection-withdrawn'), objector }),
  withSubject.extend({ kind: z.literal('block-expired') }),
  withSubject.extend({ kind: z.literal('removed'), leaver: z.enum(['employee', 'student']), parents: z.array(subjectSchema).max(20).default([]) }),
  base.extend({ kind: z.literal('note'), text: z.string().trim().min(1).max(4000) }),
  base.extend({ kind: z.literal('quiet-hours-override'), reason: overrideReasonSchema, timeZone: z.string().max(64) }),
  /** Sent although the content check found something: what kinds of thing, never the text. */
  base.extend({ kind: z.literal('content-override'), categories: z.array(z.enum(CHECK_CATEGORIES)).min(1).max(CHECK_CATEGORIES.length) }),
  /** A flagged message looked at and found to break nothing (a false alarm): what had been found, never the text. */
  base.extend({ kind: z.literal('flag-dismissed'), messageId: z.string().min(1).max(120), findings: z.array(z.enum(FINDING_KINDS)).min(1).max(FINDING_KINDS.length) }),
]);
export type ModerationAction = z.infer<typeof moderationActionSchema>;
export type ActionKind = ModerationAction['kind'];
export const ACTION_KINDS: ActionKind[] = moderationActionSchema.options.map((o) => o.shape.kind.value);

/** What a moderator asks to record: the log adds id, time and actor. */
export type ActionDraft = DistributiveOmit<ModerationAction, 'id' | 'time' | 'actor'>;
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export const actionDraftSchema = z.discriminatedUnion(
  'kind',
  moderationActionSchema.options.map((o) => (o as z.ZodObject).omit({ id: true, time: true, actor: true })) as unknown as [
    z.ZodObject<{ kind: z.ZodLiteral<ActionKind> }>,
  ],
) as unknown as z.ZodType<ActionDraft>;
