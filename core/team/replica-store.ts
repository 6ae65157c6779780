import { chatOverview } from '../log/overview';
import { allIds, deleteOlderThan, deleteRows, getRows, saveRows, type ActionLog, type LogRow } from '../log/store';
import { recordIncidents, summariseIncidents, type Incident, type IncidentSummary } from './incidents';

/** What the replica needs of a store of records: the extension's Dexie store, or the keeper's memory. */
export interface ReplicaStore {
  /** Stores rows whose ids are new; returns those ids. */
  save(rows: LogRow[]): Promise<string[]>;
  get(ids: string[]): Promise<Array<LogRow | undefined>>;
  ids(): Promise<string[]>;
  remove(ids: string[]): Promise<void>;
  removeOlderThan(cutoff: number): Promise<unknown>;
  addIncidents(incidents: Incident[]): Promise<void>;
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
    addIncidents: (incidents) => recordIncidents(log, incidents),
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
  const rows = new Map<string, { time: number; json: string }>();
  const incidents: Incident[] = [];
  return {
    save: async (fresh) => fresh.filter((r) => !rows.has(r.id) && rows.set(r.id, { time: r.time, json: JSON.stringify(r) })).map((r) => r.id),
    get: async (ids) => ids.map((id) => {
      const row = rows.get(id);
      return row && (JSON.parse(row.json) as LogRow);
    }),
    ids: async () => [...rows.keys()],
    remove: async (ids) => ids.forEach((id) => rows.delete(id)),
    removeOlderThan: async (cutoff) => {
      for (const [id, row] of rows) if (row.time < cutoff) rows.delete(id);
    },
    addIncidents: async (more) => void incidents.push(...more),
    touched: async () => {},
    incidents: () => summariseIncidents(incidents),
  };
}
