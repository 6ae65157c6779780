import type * as Y from 'yjs';
import { checkpointsMap, recordsMap } from './doc';
import type { PublicIdentity } from './identity';
import { checkpointClaims, checkRecords, claimsOf, docContext, filedPartsOf, type Change, type CheckContext, type CheckpointClaim, type Verdict } from './record-check';
import type { ReplicaStore } from './replica-store';
import type { Roster } from './roster';
import type { RosterReplica } from './roster-replica';
import { markStage } from './sync-stages';
import { groupBy, pageKey, toRow, type FiledRow, type KeptRecord, type LogRow, type Source } from '../log/store';
import { refusalKey } from './incidents';
import { parseEnvelope } from './signed-record';
import { keysBySigner, keysBySignerOf } from './checkpoint';
import { signerOf } from './wire-form';

/** Arrivals larger than this are stored in slices, with progress told after each: the views stay usable meanwhile. */
export const PROGRESS_FROM = 500;
/** A school year (22 000 records) goes in two slices: each is a transaction of its own (tens of ms to commit), and progress is told between them. */
export const SAVE_SLICE = 12_000;

export interface ArrivalSettings {
  team: string;
  now: number;
  /** Records older than this are past the team's retention: checked, not stored. */
  cutoff: number;
  source: Source;
}

/** What came of an arrival: a verdict per change, the ids stored, and the chats they are in. */
export interface Arrival {
  verdicts: Verdict[];
  added: Set<string>;
  chats: string[];
}

/**
 * Checks the changes and stores what holds (see record-check.ts): the first half of the replica's
 * `apply`. With `fileVouched` (the worker, which reads them right after: `checkStoredUnread`), many
 * records a checkpoint vouches for, going into a store that keeps their bytes, are stored unread.
 */
export async function checkAndStore(
  context: CheckContext,
  store: ReplicaStore,
  settings: ArrivalSettings,
  changes: Change[],
  nameOf: (id: string) => string | null,
  onProgress?: (done: number, total: number) => void,
  fileVouched = false,
): Promise<Arrival> {
  const { team, now, cutoff, source } = settings;
  const many = changes.length > PROGRESS_FROM;
  const keeps = many && !!store.keepsBytes;
  const verdicts = await checkRecords(context, team, changes, now, keeps && fileVouched);
  if (many) markStage('checked');
  // Accepted records go straight in; the store refuses ids it holds.
  const rows: LogRow[] = [];
  const kept: KeptRecord[] = [];
  verdicts.forEach((v, i) => {
    if (v.refused || v.waiting || v.held || v.future || !(v.envelope || v.filed)) return;
    const { key, value } = changes[i];
    const member = nameOf(v.signer!);
    if (v.filed) {
      // A literal, not spreads: a school year files 22 000 of them.
      const { time, chatKey, subjectKey } = v.filed;
      if (time >= cutoff) kept.push({ row: { id: key, time, chatKey, subjectKey, source, member, team }, bytes: value as Uint8Array, unread: true });
      return;
    }
    const from = { source, member, team };
    const { record, by, sig } = v.envelope!;
    if (record.time < cutoff) return;
    const row = toRow(record, from, { by, sig });
    if (keeps && value instanceof Uint8Array) kept.push({ row: { id: row.id, time: row.time, chatKey: row.chatKey, subjectKey: row.subjectKey, ...from }, bytes: value });
    else rows.push(row);
  });
  const added = many ? await saveArrival(store, rows, kept, changes.length, onProgress) : new Set(await store.save(rows));
  // A record filed unread and not stored (the store held it, or it is kept aside) is read now, as the replica compares or keeps it.
  verdicts.forEach((v, i) => {
    if (v.filed && !added.has(changes[i].key)) verdicts[i] = readFiled(v, changes[i]);
  });
  const chats = [...new Set([...rows, ...kept.map((k) => k.row)].flatMap((r) => (added.has(r.id) ? [r.chatKey] : [])))];
  return { verdicts, added, chats };
}

/** A record filed unread, read and checked as any other: its verdict with its envelope, or its refusal. */
function readFiled({ filed: _, ...verdict }: Verdict, { key, value }: Change): Verdict {
  const parsed = parseEnvelope(key, value);
  return parsed.ok ? { ...verdict, envelope: parsed.envelope } : { refused: 'invalid', signer: null, claimed: signerOf(value) };
}

/**
 * The records of an arrival stored unread (`checkAndStore`), read now: any whose content does not
 * hold is taken out of the store and refused, as the check would have refused it on arrival (a
 * member's signature vouches for who wrote it, not that it is a record). Returns how many.
 */
export async function checkStoredUnread(store: ReplicaStore, settings: ArrivalSettings, changes: Change[], arrival: Arrival): Promise<number> {
  const { team, now } = settings;
  const refused = changes.filter((c, i) => arrival.verdicts[i].filed && arrival.added.has(c.key) && !parseEnvelope(c.key, c.value).ok);
  if (!refused.length) return 0;
  await store.remove(refused.map((c) => c.key));
  // As the check refuses what is no record: the claimed signer kept with the refusal, no one named in the incident.
  await store.refuse(refused.map((c) => ({ key: refusalKey(team, c.key), team, signer: signerOf(c.value) ?? '', reason: 'invalid' })));
  await store.addIncidents([{ team, time: now, kind: 'invalid', count: refused.length, member: null }]);
  return refused.length;
}

/**
 * Stores rows and kept records, in slices, telling how far it is; returns the ids that were new.
 */
async function saveArrival(store: ReplicaStore, rows: LogRow[], kept: KeptRecord[], arrived: number, onProgress?: (done: number, total: number) => void): Promise<Set<string>> {
  const rowOf = (x: LogRow | KeptRecord): FiledRow => ('bytes' in x ? x.row : x);
  // The store keeps a chat's month together: in that order, each slice writes pages of its own (but the one it ends in).
  const ordered = [...groupBy<LogRow | KeptRecord, string>([...rows, ...kept], (x) => pageKey(rowOf(x))).values()].flat();
  const added = new Set<string>();
  // Each slice is found by chat and time at once; by id and participant once all are in, with the last (which indexes those before).
  for (let i = 0; i < ordered.length; i += SAVE_SLICE) {
    const slice = ordered.slice(i, i + SAVE_SLICE);
    const last = i + SAVE_SLICE >= ordered.length;
    const sliceRows = slice.filter((x): x is LogRow => !('bytes' in x));
    const sliceKept = slice.filter((x): x is KeptRecord => 'bytes' in x);
    for (const id of await store.save(sliceRows, last && ordered.slice(0, i).map(rowOf), sliceKept)) added.add(id);
    if (!last) onProgress?.(i + SAVE_SLICE, arrived);
  }
  markStage('stored');
  // What was not stored (refused, waiting, held) is done with too.
  onProgress?.(arrived, arrived);
  return added;
}

/**
 * A large arrival's check and storing, as data a worker can take: the changes, the roster, and of
 * the doc only what the check reads (the checkpoints, and the signers' other records).
 */
export interface ArrivalJob {
  settings: ArrivalSettings;
  changes: PackedChanges;
  roster: Roster;
  pending: string[];
  /** Who signs with which key, and their name (see RosterReplica.people). */
  people: Array<[string, { name: string; key: PublicIdentity }]>;
  /** The doc's checkpoints, unchecked (one per member). */
  checkpoints: Array<[string, unknown]>;
  /** The batch's checkpoint claims, when the doc holds more than the batch and they were counted to find `others`. */
  claims?: CheckpointClaim[];
  /** The doc's records outside the batch by the signers whose checkpoints are tried (their digest covers them). */
  others: Array<[string, unknown]>;
}

/**
 * How many keys a map has had an entry under, deleted ones included (Yjs's own count; unknown if a
 * later Yjs keeps none): at least its size, and found at once, where Y.Map's `size` walks every entry.
 */
const entriesEver = (map: Y.Map<unknown>) => (map as unknown as { _map?: Map<string, unknown> })._map?.size ?? Number.POSITIVE_INFINITY;

export function arrivalJob(doc: Y.Doc, replica: RosterReplica, settings: ArrivalSettings, changes: Change[]): ArrivalJob {
  const map = recordsMap(doc);
  const job: ArrivalJob = { settings, changes: packChanges(changes), roster: replica.roster, pending: [...replica.pending], people: replica.people(), checkpoints: [...checkpointsMap(doc).entries()], others: [] };
  const present = changes.reduce((n, c) => n + (c.deleted ? 0 : 1), 0);
  // A fresh member's doc holds the batch and nothing else: then there is nothing to look for, and the worker counts the claims.
  if (entriesEver(map) <= present || map.size <= present) return job;
  job.claims = checkpointClaims(docContext(doc, replica), changes);
  const signers = new Set(job.claims.map((c) => c.by));
  if (!signers.size) return job;
  const batch = new Set(changes.map((c) => c.key));
  map.forEach((value, key) => {
    if (!batch.has(key) && signers.has(signerOf(value) ?? '')) job.others.push([key, value]);
  });
  return job;
}

/**
 * Changes in as few objects as a structured copy takes (copying 22 000 small objects and byte
 * arrays cost a tenth of a second each way): the keys, the records' bytes in one buffer (moved,
 * not copied, to the worker), and by index the values that are not bytes and the deletions.
 */
export interface PackedChanges {
  keys: string[];
  bytes: Uint8Array<ArrayBuffer>;
  /** Where each change's bytes end in `bytes` (a change without bytes ends where the one before did). */
  ends: Uint32Array<ArrayBuffer>;
  others: Array<[number, unknown]>;
  deleted: number[];
}

export function packChanges(changes: Change[]): PackedChanges {
  const size = changes.reduce((n, c) => n + (c.value instanceof Uint8Array ? c.value.length : 0), 0);
  const bytes = new Uint8Array(size);
  const ends = new Uint32Array(changes.length);
  const others: Array<[number, unknown]> = [];
  const deleted: number[] = [];
  let at = 0;
  changes.forEach(({ deleted: gone, value }, i) => {
    if (gone) deleted.push(i);
    else if (value instanceof Uint8Array) {
      bytes.set(value, at);
      at += value.length;
    } else others.push([i, value]);
    ends[i] = at;
  });
  return { keys: changes.map((c) => c.key), bytes, ends, others, deleted };
}

export function unpackChanges({ keys, bytes, ends, others, deleted }: PackedChanges): Change[] {
  const changes: Change[] = keys.map((key, i) => ({ key, deleted: false, value: bytes.subarray(i ? ends[i - 1] : 0, ends[i]) }));
  for (const [i, value] of others) changes[i].value = value;
  for (const i of deleted) Object.assign(changes[i], { deleted: true, value: undefined });
  return changes;
}

/**
 * The job's check and storing, where it runs (a worker): what the in-thread check would find, from
 * the job's data; then, once that is answered, `checkUnread` reads what was stored unread.
 */
export async function runArrivalJob(job: ArrivalJob, store: ReplicaStore, onProgress?: (done: number, total: number) => void): Promise<{ arrival: Arrival; checkUnread(): Promise<number> }> {
  const people = new Map(job.people);
  const checkpoints = new Map(job.checkpoints);
  const values = new Map(job.others);
  const changes = unpackChanges(job.changes);
  for (const c of changes) if (!c.deleted) values.set(c.key, c.value);
  // Read once: what each record is filed under names its signer too, which the checkpoints group by.
  const filed = filedPartsOf(changes);
  const context: CheckContext = {
    roster: job.roster,
    pending: new Set(job.pending),
    keyOf: (id) => people.get(id)?.key,
    checkpointOf: (by) => checkpoints.get(by),
    keysBySigner: () => keysBySigner(values),
    valueOf: (key) => values.get(key),
    holdsBatch: true,
    claims: job.claims,
    filed,
  };
  // The doc held only the batch: its records by signer, read once, give the claims' counts too.
  if (!job.claims && !job.others.length) {
    const live = changes.flatMap((c, i) => (c.deleted ? [] : [i]));
    const bySigner = keysBySignerOf(
      live.map((i) => changes[i].key),
      live.map((i) => filed[i]?.by ?? signerOf(changes[i].value)),
    );
    context.keysBySigner = () => bySigner;
    context.claims = claimsOf(context, new Map([...bySigner].map(([by, keys]) => [by, keys.length])));
  }
  const nameOf = (id: string) => people.get(id)?.name ?? null;
  const arrival = await checkAndStore(context, store, job.settings, changes, nameOf, onProgress, true);
  return { arrival, checkUnread: () => checkStoredUnread(store, job.settings, changes, arrival) };
}

/** An arrival as the worker sends it back: verdicts of stored records without their content, which the thread does not need. */
export function slimArrival({ verdicts, added, chats }: Arrival, keys: string[]): Arrival {
  return { verdicts: verdicts.map((v, i) => (added.has(keys[i]) ? { signer: v.signer } : v)), added, chats };
}
