import { z } from 'zod/mini';
import type { ModerationAction } from './actions';
import { subjectSchema } from './subject';
import { subjectState } from './state';

export const participantSummarySchema = z.object({
  subject: subjectSchema,
  strikes: z.number(),
  blockedUntil: z.nullable(z.number()),
  /** Who wrote the latest record about them: a co-moderator's name for actions from peers. */
  lastAuthor: z.string(),
  /** Who objects, on record, to lifting the block early. */
  objectors: z._default(z.array(z.string()), []),
});
export type ParticipantSummary = z.infer<typeof participantSummarySchema>;

/** Everyone the log knows in a chat, with strikes and any block in force, most recent first. */
export function summarise(actions: ModerationAction[], now: number): ParticipantSummary[] {
  const bySubject = new Map<string, ModerationAction[]>();
  for (const a of actions) {
    if (!a.subject) continue;
    const history = bySubject.get(a.subject.id);
    if (history) history.push(a);
    else bySubject.set(a.subject.id, [a]);
  }
  return [...bySubject.values()]
    .map((history) => {
      const latest = history.reduce((x, y) => (y.time > x.time ? y : x));
      const state = subjectState(history, now);
      return {
        subject: latest.subject!,
        strikes: state.strikes,
        blockedUntil: state.activeBlock?.until ?? null,
        objectors: state.objectors,
        lastAuthor: latest.actor,
        last: latest.time,
      };
    })
    .sort((a, b) => b.last - a.last)
    .map(({ last: _last, ...summary }) => summary);
}

export const chatNoteSchema = z.object({
  id: z.string(),
  time: z.number(),
  actor: z.string(),
  text: z.string(),
  subject: z.optional(subjectSchema),
});
export type ChatNote = z.infer<typeof chatNoteSchema>;

/** The chat's latest notes, newest first: co-moderators' notes too, in a team. */
export function recentNotes(actions: ModerationAction[], limit: number): ChatNote[] {
  return actions
    .filter((a): a is Extract<ModerationAction, { kind: 'note' }> => a.kind === 'note')
    .sort((a, b) => b.time - a.time || (a.id < b.id ? 1 : -1))
    .slice(0, limit)
    .map(({ id, time, actor, text, subject }) => ({ id, time, actor, text, ...(subject ? { subject } : {}) }));
}
