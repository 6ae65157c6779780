import { addMonths } from 'date-fns';
import * as Y from 'yjs';
import { CHECKPOINT_MIN, checkpointSchema, keysOf, makeCheckpoint } from './checkpoint';
import { checkpointsMap, isShared, FILE_ORIGIN, recordsMap, requestsMap, rosterMap } from './doc';
import { canonicalText, type Identity } from './identity';
import { refusalKey, type Incident, type IncidentKind, type Refusal } from './incidents';
import type { ReplicaStore } from './replica-store';
import { docContext, FUTURE_SLACK_MS, type Change } from './record-check';
import { arrivalJob, checkAndStore, PROGRESS_FROM, type Arrival, type ArrivalJob, type ArrivalSettings } from './arrival';
import { NONE_PENDING, standing, type Owner } from './roster';
import { RosterReplica } from './roster-replica';
import { parseEnvelope, signRecord, toWire, type Envelope } from './signed-record';
import { fromRow, type LogRow, type Signature, type Source } from '../log/store';
import type { ModerationAction } from '../moderation/actions';
import { markStage } from './sync-stages';
import { timeOf } from './wire-form';
import { sameBytes } from '../bytes';

/** A record is restored at most this often per session: two peers that disagree must not loop. */
const MAX_RESTORES = 3;
/** A peer's clock may run ahead: deletions this close to the retention cutoff are still its retention. */
const RETENTION_SLACK_MS = 86_400_000;
/** Chats whose panel view is rebuilt as soon as their records arrive (an open chat, a co-moderator's work). */
const PREBUILT_CHATS = 3;
/** Records per transaction when a whole store or doc is compared on opening. */
const BATCH = 5000;


export interface ReplicaOptions {
  /** The team's id: records are signed for it and stored with it. */
  team: string;
  /** The team's owner, as the invite names them: the root of the roster. */
  owner: Owner;
  /** Origins of transactions that load the doc (y-indexeddb): compared in full by `open`, not observed. */
  loadOrigins: unknown[];
  /** Told after records arrived, were restored or expired, or the roster changed, so open views can refresh. */
  onChange(): void;
  /** Told while more than PROGRESS_FROM arriving records are checked and stored: how many of how many are in. */
  onProgress?(done: number, total: number): void;
  /**
   * Checks and stores a large arrival elsewhere (the extension's worker: a page's own thread collects
   * garbage in its slowest mode when the browser counts it in the background), as `runArrivalJob` would.
   */
  offload?(job: ArrivalJob, onProgress?: (done: number, total: number) => void): Promise<Arrival>;
  /** This member's identity, to sign what it shares; the always-on member only relays and has none here. */
  me?: Identity;
  now?: () => number;
}

/**
 * Keeps the local store and the team's Y.Doc in step. Each record that arrives is verified once:
 * its signer must be on the roster (derived from signed events, see roster-replica.ts) and its
 * signature good; then it is stored with where it came from and its signature. Records of
 * newcomers not yet approved wait; others are refused, remembered as such, and counted. A
 * deletion or rewrite of a record the store holds is never applied: the original is written back.
 * Deletions older than the team's retention period are members applying it, and are followed.
 */
export class Replica {
  readonly roster: RosterReplica;
  private queue: Promise<void> = Promise.resolve();
  private restores = new Map<string, number>();
  /** Records of newcomers whose approval is pending, by key: taken in when they are approved. */
  private readonly waiting = new Map<string, string>();
  /** Records a removed member's key signed that its removal did not close in, by key (signer): for the owner and admins to look at. */
  private readonly held = new Map<string, string>();
  /** Records dated in the future of this member's clock, by key, with their time: taken in when it comes. */
  private readonly future = new Map<string, number>();
  /** Records in a form newer than this version reads, by key: a newer version of the extension takes them in. */
  private readonly newer = new Set<string>();
  private futureTimer: ReturnType<typeof setTimeout> | undefined;
  /** Removed members whose later records have been taken out of the store. */
  private readonly purged = new Set<string>();
  /** The retention period last applied: the roster is folded anew at each change, so compare the period itself. */
  private retentionApplied: number | null | undefined;
  private stopped = false;
  private readonly now: () => number;
  /** The store's ids when this replica was made, for `open` to compare with the doc. */
  private readonly storedIds: Promise<string[]>;

  constructor(
    private doc: Y.Doc,
    private store: ReplicaStore,
    private options: ReplicaOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.roster = new RosterReplica(doc, options.owner, options.team);
    // Read while the doc loads (a record logged meanwhile reaches the doc through `share`).
    this.storedIds = store.ids();
    recordsMap(doc).observe(this.onRecords);
    rosterMap(doc).observe(this.onRoster);
    requestsMap(doc).observe(this.onRoster);
  }

  stop(): Promise<void> {
    if (this.stopped) return this.idle();
    this.stopped = true;
    clearTimeout(this.futureTimer);
    recordsMap(this.doc).unobserve(this.onRecords);
    rosterMap(this.doc).unobserve(this.onRoster);
    requestsMap(this.doc).unobserve(this.onRoster);
    return this.idle();
  }

  /** Resolves when everything observed so far is in the store. */
  idle(): Promise<void> {
    return this.queue;
  }

  /** Records waiting for their signer's approval. */
  get waitingCount(): number {
    return this.waiting.size;
  }

  /** Records of removed members held for a decision, by key, with their signer. */
  get heldFromRemoved(): ReadonlyMap<string, string> {
    return this.held;
  }

  /** Ids of the records in the store that this member's key signed: what a removal of them closes in. */
  async recordsSignedBy(member: string): Promise<string[]> {
    return (await this.store.signedBy(new Set([member]))).map((r) => r.id);
  }

  /** Records held because a newer version wrote them (the team status asks to update the extension). */
  get newerCount(): number {
    return this.newer.size;
  }

  /** Records held because they are dated in this member's future (not counted in strikes or blocks). */
  get futureCount(): number {
    return this.future.size;
  }

  /** Takes in the held future-dated records whose time has come (a timer asks at the earliest one). */
  releaseDue(): Promise<void> {
    return this.enqueue(async () => {
      const due = [...this.future].filter(([, time]) => time <= this.now() + FUTURE_SLACK_MS).map(([key]) => key);
      due.forEach((key) => this.future.delete(key));
      const map = recordsMap(this.doc);
      await this.apply(due.filter((k) => map.has(k)).map((key) => ({ key, deleted: false, value: map.get(key) })), 'team');
      this.armFuture();
      if (due.length) this.options.onChange();
    });
  }

  private armFuture(): void {
    clearTimeout(this.futureTimer);
    if (!this.future.size || this.stopped) return;
    const next = Math.min(...this.future.values()) - FUTURE_SLACK_MS - this.now();
    // Timers hold at most about 24 days; a record dated further ahead is looked at again then.
    this.futureTimer = setTimeout(() => void this.releaseDue(), Math.min(Math.max(next, 1000), 2 ** 31 - 1));
  }

  /**
   * After loading: the roster is read, records in the doc that the store lacks (and has not
   * refused before) are taken in, and shared records in the store that the doc lacks (this
   * moderator's, or this team's) are written to it.
   */
  open(): Promise<void> {
    return this.enqueue(async () => {
      await this.roster.refresh();
      await this.applyRetention();
      await this.purgeRemoved();
      const map = recordsMap(this.doc);
      // Ids only: a profile that holds the year reads none of its rows to find that it lacks none.
      const ids = await this.storedIds;
      const held = new Set(ids);
      const keys = [...map.keys()].filter((key) => !held.has(key));
      for (let i = 0; i < keys.length; i += BATCH) {
        const missing = keys.slice(i, i + BATCH);
        const refused = await this.store.refusals(missing.map((k) => refusalKey(this.options.team, k)));
        await this.apply(missing.filter((_, j) => !refused[j]).map((key) => ({ key, deleted: false, value: map.get(key) })), 'team');
      }
      const cutoff = this.cutoff();
      const stored = ids.filter((id) => !map.has(id));
      for (let i = 0; i < stored.length; i += BATCH) {
        const rows = (await this.store.get(stored.slice(i, i + BATCH))).filter((r): r is LogRow => !!r && r.time >= cutoff && this.belongs(r));
        this.write(await this.envelopes(rows));
      }
      // After the team is open, not before: nothing waits for it but a later newcomer.
      void this.enqueue(() => this.checkpoint());
    });
  }

  /** This member's checkpoint, written again when its records in the doc changed since the last one. */
  private async checkpoint(): Promise<void> {
    const { me } = this.options;
    if (!me) return;
    const map = recordsMap(this.doc);
    const claimed = keysOf(map, me.id);
    if (!claimed.length) return;
    // What this member signed, as its own store holds it: the doc may hold others' writes under its name.
    const rows = (await this.store.get(claimed)).filter((r): r is LogRow & { signed: Signature } => !!r?.signed && r.signed.by === me.id);
    const signed = new Map(rows.map((r) => [r.id, envelopeOf(r, r.signed)]));
    const asSigned = (key: string, value: unknown) => {
      const envelope = signed.get(key);
      if (!envelope) return false;
      if (value instanceof Uint8Array && sameBytes(value, toWire(envelope))) return true;
      // The same record in another form or with its fields in another order (as another version wrote it) is still the one signed.
      const held = parseEnvelope(key, value);
      return held.ok && canonicalText(held.envelope) === canonicalText(envelope);
    };
    const fresh = await makeCheckpoint(me, this.options.team, map, this.now(), asSigned, claimed);
    const held = checkpointSchema.safeParse(checkpointsMap(this.doc).get(me.id));
    if (fresh && !(held.success && held.data.digest === fresh.digest && held.data.count === fresh.count)) checkpointsMap(this.doc).set(me.id, fresh);
  }

  /** Signs this moderator's records and adds them to the doc, in one update to peers; returns how many were new. */
  share(records: ModerationAction[]): Promise<number> {
    let added = 0;
    return this.enqueue(async () => {
      const map = recordsMap(this.doc);
      const fresh = records.filter((r) => isShared(r) && !map.has(r.id));
      added = this.write(await this.sign(fresh));
      if (added >= CHECKPOINT_MIN) await this.checkpoint();
    }).then(() => added);
  }

  /** The team's retention, applied in turn with what arrives (a daily alarm asks for it). */
  prune(): Promise<void> {
    return this.enqueue(() => this.applyRetention());
  }

  /** The team's retention, applied: to the store and to this replica (other members do the same). */
  private applyRetention(): Promise<void> {
    this.retentionApplied = this.roster.roster.retention?.months ?? null;
    const cutoff = this.cutoff();
    if (cutoff === Number.NEGATIVE_INFINITY) return Promise.resolve();
    const map = recordsMap(this.doc);
    const old: string[] = [];
    map.forEach((value, key) => {
      const time = timeOf(value);
      if (time !== undefined && time < cutoff) old.push(key);
    });
    if (old.length) this.doc.transact(() => old.forEach((key) => map.delete(key)));
    return this.store.removeOlderThan(cutoff).then(() => undefined);
  }

  /**
   * A removed member's records that the removal did not close in (and no admin let in) leave the
   * store, even those that arrived before the removal did; they are held with what arrives later.
   */
  private async purgeRemoved(): Promise<void> {
    const { roster } = this.roster;
    const signers = new Set([...roster.removed.keys()].filter((id) => !this.purged.has(id)));
    signers.forEach((id) => this.purged.add(id));
    const open = (await this.store.signedBy(signers)).filter((r) => standing(roster, NONE_PENDING, r.by, r) === 'held');
    if (!open.length) return;
    await this.store.remove(open.map((r) => r.id));
    const map = recordsMap(this.doc);
    for (const r of open) if (map.has(r.id)) this.held.set(r.id, r.by);
  }

  /** Shared records this team may hold: this moderator's, and what came from this team (never personal kinds, nor another team's). */
  private belongs(row: LogRow): boolean {
    return (row.source === 'own' || row.team === this.options.team) && isShared(fromRow(row));
  }

  private cutoff(): number {
    const months = this.roster.roster.retention?.months;
    return months ? addMonths(this.now(), -months).getTime() : Number.NEGATIVE_INFINITY;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch((error) => console.error('chat-steward: team records', error));
    return this.queue;
  }

  private observed = (transaction: Y.Transaction) => !transaction.local && !this.options.loadOrigins.includes(transaction.origin);

  private onRecords = (event: Y.YMapEvent<unknown>) => {
    const { transaction } = event;
    if (!this.observed(transaction)) return;
    const map = recordsMap(this.doc);
    const changes: Change[] = [];
    // Read now: by the time the queue gets to it, the map may have moved on.
    event.changes.keys.forEach(({ action }, key) => {
      const deleted = action === 'delete';
      changes.push({ key, deleted, value: deleted ? undefined : map.get(key) });
    });
    if (changes.length > PROGRESS_FROM) {
      markStage('applied');
      this.options.onProgress?.(0, changes.length);
    }
    void this.enqueue(() => this.apply(changes, transaction.origin === FILE_ORIGIN ? 'team-file' : 'team'));
  };

  private onRoster = (event: Y.YMapEvent<unknown>) => {
    if (this.observed(event.transaction)) void this.enqueue(() => this.rosterChanged(false));
  };

  /** This member changed the roster (an approval, a removal): look at waiting and later records again. */
  reconsider(): Promise<void> {
    return this.enqueue(() => this.rosterChanged(true));
  }

  /**
   * The roster moved: undone tampering is counted, records waiting for a newcomer (or refused as a
   * stranger's) are looked at again, and a removed member's later records leave the store.
   */
  private async rosterChanged(force: boolean): Promise<void> {
    const changed = (await this.roster.refresh()) || force;
    const undone = this.roster.takeUndone();
    await this.store.addIncidents(undone.map((u) => this.incident(u.kind, this.roster.nameOf(u.by))));
    if (!changed) {
      if (undone.length) this.options.onChange();
      return;
    }
    if ((this.roster.roster.retention?.months ?? null) !== this.retentionApplied) await this.applyRetention();
    const { roster } = this.roster;
    const known = [...roster.members.keys(), ...roster.removed.keys(), ...roster.refused, ...this.roster.pending];
    const prefix = refusalKey(this.options.team, '');
    const again = new Set([...this.waiting.keys(), ...this.held.keys(), ...(await this.store.forgetRefusals(this.options.team, known)).map((k) => k.slice(prefix.length))]);
    this.waiting.clear();
    this.held.clear();
    const map = recordsMap(this.doc);
    await this.apply([...again].filter((k) => map.has(k)).map((key) => ({ key, deleted: false, value: map.get(key) })), 'team');
    await this.purgeRemoved();
    this.options.onChange();
  }

  private incident(kind: IncidentKind, member: string | null): Incident {
    return { team: this.options.team, time: this.now(), kind, count: 1, member };
  }

  private async apply(changes: Change[], source: Source): Promise<void> {
    if (!changes.length) return;
    const { team } = this.options;
    const cutoff = this.cutoff();
    const { verdicts, added, chats } = await this.checkAndStore(changes, { team, now: this.now(), cutoff, source });
    // The store refused ids it holds: only those are compared.
    const toCompare = changes.filter((c) => !added.has(c.key));
    const held = new Map((await this.store.get(toCompare.map((c) => c.key))).flatMap((r) => (r && this.belongs(r) ? [[r.id, r] as const] : [])));

    const restore: LogRow[] = [];
    const expired: string[] = [];
    const refusals: Refusal[] = [];
    const incidents = new Map<string, Incident>();
    const note = (kind: IncidentKind, member: string | null) => {
      const key = `${kind}\u0000${member}`;
      const seen = incidents.get(key);
      if (seen) seen.count++;
      else incidents.set(key, this.incident(kind, member));
    };
    const touched = new Set<string>(chats);
    // Records kept aside (waiting, held, future, newer) change what the team status says.
    let kept = false;
    changes.forEach((change, i) => {
      const verdict = verdicts[i];
      const original = held.get(change.key);
      this.newer.delete(change.key);
      if (added.has(change.key)) return;
      if (change.deleted) {
        if (!original) return;
        if (original.time < cutoff + RETENTION_SLACK_MS) {
          expired.push(change.key);
          touched.add(original.chatKey);
        } else {
          restore.push(original);
          note('deleted', null);
        }
      } else if (original) {
        if (verdict.envelope && !verdict.refused && !verdict.waiting && !verdict.held && !verdict.future && original.signed && canonicalText(verdict.envelope) === canonicalText(envelopeOf(original, original.signed))) return;
        restore.push(original);
        note('rewritten', this.roster.nameOf(verdict.signer));
      } else if (verdict.waiting || verdict.held || verdict.future || verdict.newer) {
        kept = true;
        if (verdict.waiting) this.waiting.set(change.key, verdict.signer!);
        else if (verdict.held) this.held.set(change.key, verdict.signer!);
        else if (verdict.future) this.future.set(change.key, verdict.envelope!.record.time);
        else this.newer.add(change.key);
      } else if (verdict.refused) {
        // The claimed signer, so the refusal is looked at again if that id joins later.
        const claimed = verdict.signer ?? verdict.envelope?.by ?? verdict.claimed ?? '';
        refusals.push({ key: refusalKey(team, change.key), team, signer: claimed, reason: verdict.refused });
        note(verdict.refused, this.roster.nameOf(verdict.signer));
      }
    });
    if (verdicts.some((v) => v.future)) this.armFuture();
    if (expired.length) await this.store.remove(expired);
    this.write(await this.envelopes(restore.filter((r) => this.mayRestore(r.id))), true);
    await this.store.refuse(refusals);
    await this.store.addIncidents([...incidents.values()]);
    // The panel asks for a chat as soon as it hears of new records: have its view ready. Not for a
    // whole school year at once: each chat's view is then built when it is first asked for (ms).
    if (touched.size <= PREBUILT_CHATS) await this.store.touched([...touched], this.now());
    if (added.size || restore.length || expired.length || incidents.size || kept) this.options.onChange();
  }

  /** A large arrival goes to the offload (a worker) when there is one; anything else, or if it fails, is checked here. */
  private async checkAndStore(changes: Change[], settings: ArrivalSettings): Promise<Arrival> {
    const { offload, onProgress } = this.options;
    if (offload && changes.length > PROGRESS_FROM) {
      try {
        return await offload(arrivalJob(this.doc, this.roster, settings, changes), onProgress);
      } catch (error) {
        console.warn('chat-steward: checking a large arrival here instead', error);
      }
    }
    return checkAndStore(docContext(this.doc, this.roster), this.store, settings, changes, (id) => this.roster.nameOf(id), onProgress);
  }

  private mayRestore(id: string): boolean {
    const count = this.restores.get(id) ?? 0;
    this.restores.set(id, count + 1);
    return count < MAX_RESTORES;
  }

  /** Rows as they were signed; this moderator's unsigned ones are signed now. Unsigned rows of others cannot be shared. */
  private async envelopes(rows: LogRow[]): Promise<Envelope[]> {
    const signed = rows.flatMap((r) => (r.signed ? [envelopeOf(r, r.signed)] : []));
    return [...signed, ...(await this.sign(rows.filter((r) => !r.signed && r.source === 'own').map(fromRow)))];
  }

  /** Signs this moderator's records and keeps the signatures on their rows. */
  private async sign(records: ModerationAction[]): Promise<Envelope[]> {
    const { me } = this.options;
    if (!me || !records.length) return [];
    const envelopes = await Promise.all(records.map((r) => signRecord(me, this.options.team, r)));
    await this.store.setSignatures(new Map(envelopes.map((e) => [e.record.id, { by: e.by, sig: e.sig }])));
    return envelopes;
  }

  /** Writes envelopes into the doc in one local transaction; `replace` overwrites what is there. Returns how many were written. */
  private write(envelopes: Envelope[], replace = false): number {
    const map = recordsMap(this.doc);
    let written = 0;
    if (envelopes.length)
      this.doc.transact(() => {
        for (const e of envelopes) {
          if (!replace && map.has(e.record.id)) continue;
          map.set(e.record.id, toWire(e));
          written++;
        }
      });
    return written;
  }
}

const envelopeOf = (row: LogRow, signed: Signature): Envelope => ({ record: fromRow(row), by: signed.by, sig: signed.sig });
