import { chatOverview } from '../log/overview';
import { allIds, deleteOlderThan, deleteRows, eachRow, getRows, saveRows, setSignatures, type ActionLog, type FiledRow, type KeptRecord, type LogRow, type Signature } from '../log/store';
import { recordIncidents, type Incident, type Refusal } from './incidents';

/** What the replica needs of a store of records: the extension's Dexie store, or the keeper's memory. */
export interface ReplicaStore {
  /**
   * Stores rows whose ids are new; returns those ids. `index` false: found by id only once a later
   * save is given them in its `index` list (see saveRows). `kept`: records kept as their signed
   * bytes, given only to a store that `keepsBytes`.
   */
  save(rows: LogRow[], index?: boolean | FiledRow[], kept?: KeptRecord[]): Promise<string[]>;
  /** Keeps records as the bytes they were signed in, and checks them where it reads them (see signed-bytes.ts). */
  readonly keepsBytes?: boolean;
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
    save: (rows, index, kept) => saveRows(log, rows, index, kept),
    keepsBytes: true,
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
