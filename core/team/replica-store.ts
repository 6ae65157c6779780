import { chatOverview } from '../log/overview';
import { allIds, deleteOlderThan, deleteRows, eachRow, getRows, saveRows, setSignatures, type ActionLog, type LogRow, type Signature } from '../log/store';
import { recordIncidents, summariseIncidents, type Incident, type IncidentSummary, type Refusal } from './incidents';

/** What the replica needs of a store of records: the extension's Dexie store, or the keeper's memory. */
export interface ReplicaStore {
  /** Stores rows whose ids are new; returns those ids. */
  save(rows: LogRow[]): Promise<string[]>;
  get(ids: string[]): Promise<Array<LogRow | undefined>>;
  ids(): Promise<string[]>;
  remove(ids: string[]): Promise<void>;
  removeOlderThan(cutoff: number): Promise<unknown>;
  /** The rows signed by any of these signers: id, signer and signature (one pass over the store). */
  signedBy(signers: Set<string>): Promise<Array<{ id: string } & Signature>>;
  setSignatures(signatures: Map<string, Signature>): Promise<void>;
  addIncidents(incidents: Incident[]): Promise<void>;
  /** Refusals already decided, by refusal key. */
  refusals(keys: string[]): Promise<Array<Refusal | undefined>>;
  refuse(refusals: Refusal[]): Promise<void>;
  /** Forgets the refusals of these signers' records as strangers' (they are known now); returns the refusal keys. */
  forgetRefusals(team: string, signers: string[]): Promise<string[]>;
  /** Records of these chats changed: rebuild what is derived from them. */
  touched(chats: string[], now: number): Promise<void>;
}

/** The extension's store: every view reads it; the panel's per-chat view is rebuilt as records arrive. */
export function dexieStore(log: ActionLog): ReplicaStore {
  return {
    save: (rows) => saveRows(log, rows),
    get: (ids) => getRows(log, ids),
    ids: () => allIds(log),
    remove: (ids) => deleteRows(log, ids),
    removeOlderThan: (cutoff) => deleteOlderThan(log, cutoff),
    signedBy: async (signers) => {
      const found: Array<{ id: string } & Signature> = [];
      if (signers.size) await eachRow(log, (r) => r.signed && signers.has(r.signed.by) && found.push({ id: r.id, ...r.signed }));
      return found;
    },
    setSignatures: (signatures) => setSignatures(log, signatures),
    addIncidents: (incidents) => recordIncidents(log, incidents),
    refusals: (keys) => log.refusals.bulkGet(keys),
    refuse: async (refusals) => void (await log.refusals.bulkPut(refusals)),
    forgetRefusals: async (team, signers) => {
      const keys = (await log.refusals.where('[team+signer]').anyOf(signers.map((s) => [team, s])).filter((r) => r.reason === 'non-member').primaryKeys()) as string[];
      await log.refusals.bulkDelete(keys);
      return keys;
    },
    touched: async (chats, now) => {
      for (const chat of chats) await chatOverview(log, chat, now);
    },
  };
}

/**
 * Records held in memory, for the always-on member: it has no views to serve, only originals to
 * keep (and to restore when a peer tampers with them). Kept as JSON text, a school year is a few
 * megabytes; a record is parsed again only when it has to be compared.
 */
export function memoryStore(): ReplicaStore & { incidents(): IncidentSummary } {
  // Rows as UTF-8 bytes: a JSON string with any Cyrillic in it takes two bytes a character, and a
  // school year's records are mostly ASCII (ids, keys, signatures) — half the keeper's memory for them.
  const rows = new Map<string, { time: number; by: string | undefined; sig: string | undefined; json: Uint8Array }>();
  const incidents: Incident[] = [];
  const refusals = new Map<string, Refusal>();
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const row = (r: LogRow) => ({ time: r.time, by: r.signed?.by, sig: r.signed?.sig, json: encoder.encode(JSON.stringify(r)) });
  const parse = (id: string) => {
    const kept = rows.get(id);
    return kept && (JSON.parse(decoder.decode(kept.json)) as LogRow);
  };
  return {
    save: async (fresh) => fresh.filter((r) => !rows.has(r.id) && rows.set(r.id, row(r))).map((r) => r.id),
    get: async (ids) => ids.map(parse),
    ids: async () => [...rows.keys()],
    remove: async (ids) => ids.forEach((id) => rows.delete(id)),
    removeOlderThan: async (cutoff) => {
      for (const [id, row] of rows) if (row.time < cutoff) rows.delete(id);
    },
    signedBy: async (signers) => [...rows].flatMap(([id, r]) => (r.by && r.sig && signers.has(r.by) ? [{ id, by: r.by, sig: r.sig }] : [])),
    setSignatures: async (signatures) => {
      for (const [id, signed] of signatures) {
        const kept = parse(id);
        if (kept) rows.set(id, row({ ...kept, signed }));
      }
    },
    addIncidents: async (more) => void incidents.push(...more),
    refusals: async (keys) => keys.map((k) => refusals.get(k)),
    refuse: async (more) => more.forEach((r) => refusals.set(r.key, r)),
    forgetRefusals: async (team, signers) => {
      const keys = [...refusals.values()].filter((r) => r.team === team && r.reason === 'non-member' && signers.includes(r.signer)).map((r) => r.key);
      keys.forEach((k) => refusals.delete(k));
      return keys;
    },
    touched: async () => {},
    incidents: () => summariseIncidents(incidents),
  };
}
