import * as Y from 'yjs';
import type { ModerationAction } from '../moderation/actions';
import { fastActionSchema } from '../moderation/fast-action-schema';

/**
 * A moderation team's shared state: one Y.Doc, the replica that syncs. Everything in it is signed
 * and (but for each member's latest checkpoint) append-only, keyed by a unique id, so edits made offline by several moderators merge without
 * losing any: records (each in its signer's envelope, see signed-record.ts), roster events (see
 * roster.ts) and newcomers' requests to join. What arrives is verified once and kept in the local
 * store (see replica.ts).
 */
export const RECORDS = 'records';
export const ROSTER = 'roster';
/** Requests to join, by the newcomer's member id. */
export const REQUESTS = 'requests';
/** Each member's latest checkpoint over its records, by member id (see checkpoint.ts). */
export const CHECKPOINTS = 'checkpoints';

/** The origin of updates read from a co-moderator's file. */
export const FILE_ORIGIN = 'file';

/** Actions that are shared with the team (quiet-hours emergencies stay personal). */
const SHARED_KINDS = new Set<ModerationAction['kind']>([
  'rules-introduced',
  'violation',
  'message-deleted',
  'blocked',
  'unblocked',
  'block-expired',
  'objection',
  'objection-withdrawn',
  'removed',
  'note',
  'flag-dismissed',
]);

/** A reminder stays personal unless it handles a flagged message: then co-moderators' queues must drop that message. */
export const isShared = (action: ModerationAction) => SHARED_KINDS.has(action.kind) || (action.kind === 'rules-reminder' && !!action.messageId);

export const recordsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(RECORDS);
export const rosterMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(ROSTER);
export const requestsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(REQUESTS);
export const checkpointsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(CHECKPOINTS);

/** A shared record, or null when it is not one (bad shape, wrong key, personal kind). */
export function parseRecord(key: string, value: unknown): ModerationAction | null {
  const parsed = fastActionSchema.safeParse(value);
  return parsed.success && parsed.data.id === key && isShared(parsed.data) ? parsed.data : null;
}
