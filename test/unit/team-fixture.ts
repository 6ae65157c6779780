import Dexie from 'dexie';
import { ulid } from 'ulid';
import * as Y from 'yjs';
import { ActionLog, addAction, allIds } from '@/core/log/store';
import type { ModerationAction } from '@/core/moderation/actions';
import { recordsMap } from '@/core/team/doc';
import { createIdentity, type Identity } from '@/core/team/identity';
import { Replica, type ReplicaOptions } from '@/core/team/replica';
import { parseEnvelope, type Envelope } from '@/core/team/signed-record';
import { encodeWire, readWire } from '@/core/team/wire-form';
import { dexieStore, type ReplicaStore } from '@/core/team/replica-store';
import { eventHash, type Owner, type RosterEvent, type RosterNode, type UnsignedEvent } from '@/core/team/roster';

/** Replicas of one team in one process: docs linked as a connected WebRTC mesh would link them. */
export const NOW = Date.parse('2026-11-23T10:00:00Z');
export const DAY = 86_400_000;
export const TEAM = 'team-7b-0000000000000';
export const chat = { site: 'max' as const, id: '-70000000001', title: '7Б' };

/** A record in the doc with its content changed and its signature kept, in the form it was in. */
export function rewritten(value: unknown, change: (r: Record<string, unknown>) => Record<string, unknown>): unknown {
  const changed = objectForm(value, change);
  return value instanceof Uint8Array ? encodeWire(changed) : changed;
}

/** A record in the doc as an object (form 0, as a peer may still write it), its signature kept and its content changed by `change`. */
export function objectForm(value: unknown, change: (r: Record<string, unknown>) => Record<string, unknown> = (r) => r) {
  const read = readWire(value);
  if (!read.ok) throw new Error('not a record');
  const { by, sig, r } = read.parts;
  return { r: change({ ...r }), by, sig };
}

/** A signed record in the form members before form 1 wrote (and a peer may still write). */
export function asObject({ record, by, sig }: Envelope) {
  const { id: _id, ...r } = record;
  return { r, by, sig };
}

let n = 0;
export const violation = (actor: string, patch: Partial<ModerationAction> = {}): ModerationAction =>
  ({
    id: `01K${String(++n).padStart(6, '0')}`,
    time: NOW - 60_000 * n,
    actor,
    chat,
    clauses: ['4.5'],
    kind: 'violation',
    subject: { id: 'petrov', name: 'Петров' },
    reason: 'Грубость в чате',
    ...patch,
  }) as ModerationAction;

/** A member's browser: its identity, store, replica of the team doc, and the replica keeping them in step. */
export interface Member {
  name: string;
  me: Identity;
  doc: Y.Doc;
  log: ActionLog;
  replica: Replica;
  changes: number;
}

export const PEER = Symbol('peer');
const opened: Member[] = [];
const identities = new Map<string, Identity>();

/** One identity per name across a test file: key generation is the slow part. */
export async function identity(name: string): Promise<Identity> {
  if (!identities.has(name)) identities.set(name, await createIdentity());
  return identities.get(name)!;
}

export async function ownerOf(name: string): Promise<Owner> {
  const me = await identity(name);
  return { id: me.id, name, key: me.public };
}

/** The team's owner is 'Иванова' unless said otherwise. */
export async function member(
  name: string,
  options: { owner?: string; store?: (log: ActionLog) => ReplicaStore; now?: () => number; onProgress?: (done: number, total: number) => void; offload?: ReplicaOptions['offload'] } = {},
): Promise<Member> {
  const doc = new Y.Doc();
  const log = new ActionLog(`replica-${name}-${Math.random()}`);
  const me = await identity(name);
  const m = { name, me, doc, log, changes: 0 } as Member;
  m.replica = new Replica(doc, (options.store ?? dexieStore)(log), {
    offload: options.offload,
    team: TEAM,
    owner: await ownerOf(options.owner ?? 'Иванова'),
    me,
    loadOrigins: [],
    onChange: () => m.changes++,
    onProgress: options.onProgress,
    now: options.now ?? (() => NOW),
  });
  await m.replica.open();
  opened.push(m);
  return m;
}

/** Every doc's own updates reach the others at once, as a connected WebRTC mesh would. */
export function connect(...docs: Y.Doc[]): () => void {
  const handlers = docs.map((from) => {
    for (const to of docs) if (to !== from) Y.applyUpdate(to, Y.encodeStateAsUpdate(from), PEER);
    const handler = (update: Uint8Array, origin: unknown) => {
      if (origin === PEER) return;
      for (const to of docs) if (to !== from && to.isDestroyed === false) Y.applyUpdate(to, update, PEER);
    };
    from.on('update', handler);
    return [from, handler] as const;
  });
  return () => handlers.forEach(([doc, handler]) => doc.off('update', handler));
}

/** Until no replica has work left (restoring a record makes more work for the others). */
export async function settle(...members: Member[]) {
  for (let round = 0; round < 10; round++) {
    await Promise.all(members.map((m) => m.replica.idle()));
    await new Promise((r) => setTimeout(r, 0));
  }
}

export const stored = async (m: Member) => (await allIds(m.log)).sort();
export const docIds = (doc: Y.Doc) => [...recordsMap(doc).keys()].sort();
export const docRecord = (doc: Y.Doc, id: string) => {
  const parsed = parseEnvelope(id, recordsMap(doc).get(id));
  return parsed.ok ? parsed.envelope.record : undefined;
};

/** What a moderator does in the extension: the store first, then the doc (signed). */
export async function record(m: Member, action: ModerationAction) {
  await addAction(m.log, action);
  await m.replica.share([action]);
}

/** A roster decision by `by`, as the sync host makes it. */
/** Events with their hashes, as the roster replica holds them once verified. */
export const nodesOf = (events: RosterEvent[]): Promise<RosterNode[]> => Promise.all(events.map(async (event) => ({ event, hash: await eventHash(event) })));

export async function decide(by: Member, event: UnsignedEvent, at = NOW) {
  // A removal closes in the removed member's records the remover holds, as the sync host's does.
  const closed = event.kind === 'remove' && !event.closed ? { closed: await by.replica.recordsSignedBy(event.member) } : {};
  await by.replica.roster.sign(by.me, { ...event, ...closed } as UnsignedEvent, ulid(), at);
  await by.replica.reconsider();
}

/** `newcomer` asks to join; `admin` approves. */
export async function admit(admin: Member, newcomer: Member, role: 'member' | 'admin' = 'member') {
  await newcomer.replica.roster.ask(newcomer.me, newcomer.name, 'invite-1', NOW);
  Y.applyUpdate(admin.doc, Y.encodeStateAsUpdate(newcomer.doc), PEER);
  await settle(admin);
  await decide(admin, { kind: 'approve', member: newcomer.me.id, name: newcomer.name, key: newcomer.me.public, role });
}

/** Иванова (the owner) and Петрова, approved, connected and in step. */
export async function pair(): Promise<{ a: Member; b: Member }> {
  const a = await member('Иванова');
  const b = await member('Петрова');
  connect(a.doc, b.doc);
  await admit(a, b);
  await settle(a, b);
  return { a, b };
}

/** The owner (Иванова), Петрова and Сидорова, linked, both approved by the owner. */
export async function trio(): Promise<[Member, Member, Member]> {
  const [a, b, c] = [await member('Иванова'), await member('Петрова'), await member('Сидорова')];
  connect(a.doc, b.doc, c.doc);
  await admit(a, b);
  await admit(a, c);
  await settle(a, b, c);
  return [a, b, c];
}

export async function closeAll() {
  for (const m of opened.splice(0)) {
    await m.replica.stop();
    m.log.close();
    await Dexie.delete(m.log.name);
  }
}
