import * as Y from 'yjs';
import { z } from 'zod';
import { moderationActionSchema, type ModerationAction } from '../moderation/actions';

/**
 * A moderation team's shared state: one Y.Doc, the replica that syncs. Records are append-only,
 * keyed by their unique id, so edits made offline by several moderators merge without losing
 * any; everything current (strikes, blocks in force) is derived from the records, identically on
 * every peer. What arrives is validated once and kept in the local store (see replica.ts).
 */
export const RECORDS = 'records';
export const MEMBERS = 'members';
/** Which member each editing session (Yjs client id) belongs to, so a record's writer is known. */
export const CLIENTS = 'clients';
/** Team-wide settings: the retention period. */
export const SETTINGS = 'settings';

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
]);

export const memberSchema = z.object({ id: z.string().min(1).max(100), name: z.string().min(1).max(200), joinedAt: z.number() });
export type Member = z.infer<typeof memberSchema>;

export const isShared = (action: ModerationAction) => SHARED_KINDS.has(action.kind);

export function recordsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(RECORDS);
}

/** Adds a record once: an id already present is left as it is (records never change). */
export function addRecord(doc: Y.Doc, action: ModerationAction): boolean {
  const records = recordsMap(doc);
  if (records.has(action.id)) return false;
  records.set(action.id, moderationActionSchema.parse(action));
  return true;
}

/** A shared record as it arrived under `key`, or null when it is not one (bad shape, wrong key, personal kind). */
export function parseRecord(key: string, value: unknown): ModerationAction | null {
  const parsed = moderationActionSchema.safeParse(value);
  return parsed.success && parsed.data.id === key && isShared(parsed.data) ? parsed.data : null;
}

/** The member joins (or comes back): their entry, and this session's client id as theirs. */
export function join(doc: Y.Doc, member: Member): void {
  doc.transact(() => {
    doc.getMap(MEMBERS).set(member.id, memberSchema.parse(member));
    doc.getMap(CLIENTS).set(String(doc.clientID), member.id);
  });
}

/** The Yjs client that wrote the current value under `key` (Yjs keeps it; it does not keep who deletes). */
export function writerClient(map: Y.Map<unknown>, key: string): number | null {
  // Y.Map exposes its items only through this field; the item's id names the client that wrote it.
  const item = (map as unknown as { _map: Map<string, { id: { client: number } }> })._map.get(key);
  return item ? item.id.client : null;
}

/** The name of the member a client id belongs to, when the doc says so. */
export function memberOfClient(doc: Y.Doc, client: number | null): string | null {
  if (client === null) return null;
  const id = doc.getMap(CLIENTS).get(String(client));
  const member = typeof id === 'string' ? memberSchema.safeParse(doc.getMap(MEMBERS).get(id)) : null;
  return member?.success ? member.data.name : null;
}

export function readMembers(doc: Y.Doc): Member[] {
  const members: Member[] = [];
  doc.getMap(MEMBERS).forEach((value) => {
    const parsed = memberSchema.safeParse(value);
    if (parsed.success) members.push(parsed.data);
  });
  return members.sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id));
}

/** Shortest team-wide retention: a member cannot make the team forget what is younger. */
export const MIN_TEAM_RETENTION_MONTHS = 3;

export const teamRetentionSchema = z.object({
  months: z.number().int().min(MIN_TEAM_RETENTION_MONTHS).max(120).nullable(),
  by: z.string().max(200),
  at: z.number(),
});
export type TeamRetention = z.infer<typeof teamRetentionSchema>;

const RETENTION = 'retention';

export function settingsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(SETTINGS);
}

/** The team's retention period, or null when none is set (or what is set is not valid). */
export function teamRetention(doc: Y.Doc): TeamRetention | null {
  const parsed = teamRetentionSchema.safeParse(settingsMap(doc).get(RETENTION));
  return parsed.success ? parsed.data : null;
}

export function setTeamRetention(doc: Y.Doc, retention: TeamRetention): void {
  settingsMap(doc).set(RETENTION, teamRetentionSchema.parse(retention));
}
