import canonicalize from 'canonicalize';
import { addMonths } from 'date-fns';
import * as Y from 'yjs';
import { isShared, FILE_ORIGIN, memberOfClient, parseRecord, recordsMap, settingsMap, teamRetention, writerClient } from './doc';
import type { Incident, IncidentKind } from './incidents';
import type { ReplicaStore } from './replica-store';
import { fromRow, toRow, type LogRow, type Source } from '../log/store';
import { chatKey, type ModerationAction } from '../moderation/actions';

/** A record is restored at most this often per session: two peers that disagree must not loop. */
const MAX_RESTORES = 3;
/** A peer's clock may run ahead: deletions this close to the retention cutoff are still its retention. */
const RETENTION_SLACK_MS = 86_400_000;
/** Records per transaction when a whole store or doc is compared on opening. */
const BATCH = 5000;

interface Change {
  key: string;
  deleted: boolean;
  value: unknown;
  client: number | null;
}

export interface ReplicaOptions {
  /** The team (room) whose doc this is: stored with every record that comes from it. */
  team: string;
  /** Origins of transactions that load the doc (y-indexeddb): compared in full by `open`, not observed. */
  loadOrigins: unknown[];
  /** Told after records arrived, were restored or expired, so open views can refresh. */
  onChange(): void;
  now?: () => number;
}

const same = (a: ModerationAction, b: ModerationAction) => {
  try {
    return canonicalize(a) === canonicalize(b);
  } catch {
    return false; // not representable as canonical JSON (a lone surrogate): not the record we hold
  }
};

/**
 * Keeps the local store and the team's Y.Doc in step. What peers and files bring is validated
 * once, on arrival, and stored with where it came from; a deletion or rewrite of a record the
 * store holds is never applied: the original is written back into the doc, so the peer's
 * neighbours get it back too, and the attempt is recorded as an incident. Deletions older than
 * the team's retention period are members applying it, and are followed.
 */
export class Replica {
  private queue: Promise<void> = Promise.resolve();
  private restores = new Map<string, number>();
  private readonly now: () => number;

  constructor(
    private doc: Y.Doc,
    private store: ReplicaStore,
    private options: ReplicaOptions,
  ) {
    this.now = options.now ?? Date.now;
    recordsMap(doc).observe(this.onRecords);
    settingsMap(doc).observe(this.onSettings);
  }

  stop(): Promise<void> {
    recordsMap(this.doc).unobserve(this.onRecords);
    settingsMap(this.doc).unobserve(this.onSettings);
    return this.idle();
  }

  /** Resolves when everything observed so far is in the store. */
  idle(): Promise<void> {
    return this.queue;
  }

  /**
   * After loading: records in the doc that the store lacks are taken in (validated), and shared
   * records in the store that the doc lacks (this moderator's, or this team's) are written to it.
   */
  open(): Promise<void> {
    return this.enqueue(async () => {
      await this.applyRetention();
      const map = recordsMap(this.doc);
      const keys = [...map.keys()];
      for (let i = 0; i < keys.length; i += BATCH) {
        const slice = keys.slice(i, i + BATCH);
        const held = await this.store.get(slice);
        const missing = slice.filter((_, j) => !held[j]);
        await this.apply(missing.map((key) => ({ key, deleted: false, value: map.get(key), client: writerClient(map, key) })), 'team');
      }
      const cutoff = this.cutoff();
      const stored = (await this.store.ids()).filter((id) => !map.has(id));
      for (let i = 0; i < stored.length; i += BATCH) {
        const rows = (await this.store.get(stored.slice(i, i + BATCH))).filter((r): r is LogRow => !!r && r.time >= cutoff && this.belongs(r));
        this.write(rows.map(fromRow));
      }
    });
  }

  /** The team's retention, applied in turn with what arrives (a daily alarm asks for it). */
  prune(): Promise<void> {
    return this.enqueue(() => this.applyRetention());
  }

  /** The team's retention, applied: to the store and to this replica (other members do the same). */
  private applyRetention(): Promise<void> {
    const cutoff = this.cutoff();
    if (cutoff === Number.NEGATIVE_INFINITY) return Promise.resolve();
    const map = recordsMap(this.doc);
    const old: string[] = [];
    map.forEach((value, key) => {
      const time = (value as { time?: unknown } | null)?.time;
      if (typeof time === 'number' && time < cutoff) old.push(key);
    });
    if (old.length) this.doc.transact(() => old.forEach((key) => map.delete(key)));
    return this.store.removeOlderThan(cutoff).then(() => undefined);
  }

  /** Shared records this team may hold: this moderator's, and what came from this team (never personal kinds, nor another team's). */
  private belongs(row: LogRow): boolean {
    return (row.source === 'own' || row.team === this.options.team) && isShared(fromRow(row));
  }

  private cutoff(): number {
    const months = teamRetention(this.doc)?.months;
    return months ? addMonths(this.now(), -months).getTime() : Number.NEGATIVE_INFINITY;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch((error) => console.error('chat-steward: team records', error));
    return this.queue;
  }

  private onRecords = (event: Y.YMapEvent<unknown>) => {
    const { transaction } = event;
    if (transaction.local || this.options.loadOrigins.includes(transaction.origin)) return;
    const map = recordsMap(this.doc);
    const changes: Change[] = [];
    // Read now: by the time the queue gets to it, the map may have moved on.
    event.changes.keys.forEach(({ action }, key) => {
      const deleted = action === 'delete';
      changes.push({ key, deleted, value: deleted ? undefined : map.get(key), client: deleted ? null : writerClient(map, key) });
    });
    void this.enqueue(() => this.apply(changes, transaction.origin === FILE_ORIGIN ? 'team-file' : 'team'));
  };

  private onSettings = () => {
    void this.enqueue(async () => {
      await this.applyRetention();
      this.options.onChange();
    });
  };

  private async apply(changes: Change[], source: Source): Promise<void> {
    if (!changes.length) return;
    const cutoff = this.cutoff();
    const records = changes.map((c) => (c.deleted ? null : parseRecord(c.key, c.value)));
    // New records go straight in; the store refuses ids it holds, and only those are compared.
    const added = new Set(
      await this.store.save(
        records.flatMap((r, i) => (r && r.time >= cutoff ? [toRow(r, { source, member: memberOfClient(this.doc, changes[i].client), team: this.options.team })] : [])),
      ),
    );
    const toCompare = changes.filter((c) => !added.has(c.key));
    const held = new Map((await this.store.get(toCompare.map((c) => c.key))).flatMap((r) => (r && this.belongs(r) ? [[r.id, fromRow(r)] as const] : [])));

    const restore: ModerationAction[] = [];
    const expired: string[] = [];
    const incidents = new Map<string, Incident>();
    const note = (kind: IncidentKind, member: string | null) => {
      const key = `${kind}\u0000${member}`;
      const seen = incidents.get(key);
      if (seen) seen.count++;
      else incidents.set(key, { team: this.options.team, time: this.now(), kind, count: 1, member });
    };
    const touched = new Set<string>();
    changes.forEach((change, i) => {
      const original = held.get(change.key);
      const record = records[i];
      if (added.has(change.key)) {
        touched.add(chatKey(record!.chat));
        return;
      }
      if (change.deleted) {
        if (!original) return;
        if (original.time < cutoff + RETENTION_SLACK_MS) {
          expired.push(change.key);
          touched.add(chatKey(original.chat));
        } else {
          restore.push(original);
          note('deleted', null);
        }
      } else if (original) {
        if (record && same(record, original)) return;
        restore.push(original);
        note('rewritten', memberOfClient(this.doc, change.client));
      } else if (!record) note('invalid', memberOfClient(this.doc, change.client));
    });
    if (expired.length) await this.store.remove(expired);
    this.write(restore.filter((r) => this.mayRestore(r.id)), true);
    await this.store.addIncidents([...incidents.values()]);
    // The panel asks for a chat as soon as it hears of new records: have its view ready.
    await this.store.touched([...touched], this.now());
    if (added.size || restore.length || expired.length || incidents.size) this.options.onChange();
  }

  private mayRestore(id: string): boolean {
    const count = this.restores.get(id) ?? 0;
    this.restores.set(id, count + 1);
    return count < MAX_RESTORES;
  }

  /** Writes records into the doc in one local transaction; `replace` overwrites what is there. */
  private write(records: ModerationAction[], replace = false): void {
    if (!records.length) return;
    const map = recordsMap(this.doc);
    this.doc.transact(() => {
      for (const r of records) if (replace || !map.has(r.id)) map.set(r.id, r);
    });
  }
}
