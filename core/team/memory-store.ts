import type { LogRow } from '../log/store';
import { summariseIncidents, type Incident, type IncidentSummary, type Refusal } from './incidents';
import { PackedRows } from './packed-rows';
import type { ReplicaStore } from './replica-store';

/**
 * Records held in memory, for the always-on member: it has no views to serve, only originals to
 * keep (and to restore when a peer tampers with them), so they are kept packed (see
 * packed-rows.ts) and parsed again only when asked for.
 */
export function memoryStore(): ReplicaStore & { incidents(): IncidentSummary } {
  const rows = new PackedRows<LogRow>();
  const incidents: Incident[] = [];
  const refusals = new Map<string, Refusal>();
  // No row is older than this: retention asks at every opening and daily, and the rows are read
  // back only when some may be old enough to go.
  let oldest = Infinity;
  return {
    save: async (fresh) => {
      const added = new Map<string, LogRow>();
      for (const r of fresh) if (!rows.has(r.id) && !added.has(r.id)) added.set(r.id, r);
      added.forEach((r) => (oldest = Math.min(oldest, r.time)));
      await rows.put([...added.values()]);
      return [...added.keys()];
    },
    get: (ids) => rows.get(ids),
    ids: async () => rows.ids(),
    remove: (ids) => rows.delete(ids),
    removeOlderThan: async (cutoff) => {
      if (cutoff <= oldest) return;
      const all = await rows.all();
      await rows.delete(all.filter((r) => r.time < cutoff).map((r) => r.id));
      oldest = all.reduce((m, r) => (r.time >= cutoff && r.time < m ? r.time : m), Infinity);
    },
    signedBy: async (signers) =>
      signers.size ? (await rows.all()).flatMap((r) => (r.signed && signers.has(r.signed.by) ? [{ id: r.id, ...r.signed }] : [])) : [],
    setSignatures: async (signatures) => {
      const kept = await rows.get([...signatures.keys()]);
      await rows.put(kept.flatMap((r) => (r ? [{ ...r, signed: signatures.get(r.id)! }] : [])));
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
