import * as Y from 'yjs';
import { z } from 'zod';
import { chatKey, moderationActionSchema, type ModerationAction } from '../moderation/actions';
import { summarise, type ParticipantSummary } from '../moderation/participants';

/**
 * A moderation team's shared state: one Y.Doc. Records are append-only, keyed by their unique id,
 * so edits made offline by several moderators merge without losing any; everything current
 * (strikes, blocks in force) is derived from the records, identically on every peer.
 */
export const RECORDS = 'records';
export const MEMBERS = 'members';

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

export const memberSchema = z.object({ id: z.string().min(1), name: z.string().min(1), joinedAt: z.number() });
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

export function join(doc: Y.Doc, member: Member): void {
  doc.getMap(MEMBERS).set(member.id, memberSchema.parse(member));
}

export interface TeamRecords {
  records: ModerationAction[];
  /** Records from peers that failed the schema: skipped, and counted so the UI can say so. */
  invalid: number;
}

/** Every valid record, in a deterministic order (time, then id). */
export function readRecords(doc: Y.Doc): TeamRecords {
  let invalid = 0;
  const records: ModerationAction[] = [];
  recordsMap(doc).forEach((value, id) => {
    const parsed = moderationActionSchema.safeParse(value);
    if (parsed.success && parsed.data.id === id) records.push(parsed.data);
    else invalid++;
  });
  records.sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { records, invalid };
}

export function readMembers(doc: Y.Doc): Member[] {
  const members: Member[] = [];
  doc.getMap(MEMBERS).forEach((value) => {
    const parsed = memberSchema.safeParse(value);
    if (parsed.success) members.push(parsed.data);
  });
  return members.sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id));
}

/**
 * Each chat's participants as the panel shows them (`summarise`), the same on every peer holding
 * the same records: chats in key order, records in `readRecords` order.
 */
export function deriveState(records: ModerationAction[], now: number): Array<ParticipantSummary & { chat: string }> {
  const byChat = new Map<string, ModerationAction[]>();
  for (const r of records) {
    const key = chatKey(r.chat);
    const chat = byChat.get(key);
    if (chat) chat.push(r);
    else byChat.set(key, [r]);
  }
  return [...byChat.keys()].sort().flatMap((chat) => summarise(byChat.get(chat)!, now).map((p) => ({ chat, ...p })));
}
