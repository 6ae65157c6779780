import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { chatOverview } from '@/core/log/overview';
import { ActionLog, addAction, byParticipant, fromRow, getRow, historyOf, OWN, saveRows, toRow } from '@/core/log/store';
import type { ModerationAction } from '@/core/moderation/actions';
import { FILE_ORIGIN, recordsMap } from '@/core/team/doc';
import { incidentSummary } from '@/core/team/incidents';
import { SAVE_SLICE } from '@/core/team/arrival';
import { Replica } from '@/core/team/replica';
import { memoryStore } from '@/core/team/memory-store';
import { dexieStore } from '@/core/team/replica-store';
import { signRecord, toWire } from '@/core/team/signed-record';
import { claimOf } from '@/core/team/wire-form';
import {
  asObject,
  rewritten,
  DAY,
  NOW,
  PEER,
  TEAM,
  chat,
  closeAll,
  connect,
  decide,
  docIds,
  docRecord,
  identity,
  member,
  ownerOf,
  pair,
  record,
  settle,
  stored,
  violation,
  type Member,
} from './team-fixture';

afterEach(closeAll);

describe('replica: the team doc into the one local store', () => {
  it('stores a co-moderator’s records once, with who signed them, where every view reads', async () => {
    const { a, b } = await pair();
    const mine = violation('Петрова');
    await record(b, mine);
    await settle(a, b);

    const row = await getRow(a.log, mine.id);
    expect(row).toMatchObject({ source: 'team', member: 'Петрова', team: TEAM, actor: 'Петрова', signed: { by: b.me.id } });
    expect((await historyOf(a.log, chat, 'petrov')).map((x) => x.id)).toEqual([mine.id]);
    const overview = await chatOverview(a.log, 'max:-70000000001', NOW);
    expect(overview.participants).toMatchObject([{ subject: { id: 'petrov' }, strikes: 1, lastAuthor: 'Петрова' }]);
    // B's own record stays own in B's store, now with the signature it was shared with.
    expect(await getRow(b.log, mine.id)).toMatchObject({ source: 'own', signed: { by: b.me.id } });
    expect(a.changes).toBeGreaterThan(0);
  });

  it('marks records from a co-moderator’s file as such', async () => {
    const { a, b } = await pair();
    const other = await member('Сидорова');
    Y.applyUpdate(other.doc, Y.encodeStateAsUpdate(a.doc), FILE_ORIGIN);
    const mine = violation('Петрова');
    await record(b, mine);
    Y.applyUpdate(other.doc, Y.encodeStateAsUpdate(b.doc), FILE_ORIGIN);
    await settle(other);
    expect(await getRow(other.log, mine.id)).toMatchObject({ source: 'team-file', member: 'Петрова' });
  });

  it('refuses records that fail the schema, sit under another key, are personal or unsigned, and counts them once', async () => {
    const { a, b } = await pair();
    const map = recordsMap(b.doc);
    const good = violation('Петрова');
    const signed = async (r: ModerationAction) => toWire(await signRecord(b.me, TEAM, r));
    // A peer's own code writes what it likes, in either form: a record with no real time can only be an object.
    const signedObject = async (r: ModerationAction) => asObject(await signRecord(b.me, TEAM, r));
    const personal = { ...violation('Петрова'), kind: 'quiet-hours-override', reason: 'emergency', timeZone: 'Europe/Moscow', subject: undefined } as unknown as ModerationAction;
    const entries: Array<[string, unknown]> = [
      ['x1', await signedObject({ id: 'x1', kind: 'violation' } as unknown as ModerationAction)],
      ['x2', await signed({ ...violation('Петрова'), id: 'not-x2' })],
      // A time no month can be filed under.
      ['x3', await signedObject({ ...violation('Петрова'), id: 'x3', time: 1e20 })],
      [personal.id, await signed(personal)],
      // The record as it was shared before signing.
      ['x4', { ...violation('Петрова'), id: 'x4' }],
      [good.id, await signed(good)],
    ];
    b.doc.transact(() => entries.forEach(([k, v]) => map.set(k, v)));
    await settle(a, b);
    expect(await stored(a)).toEqual([good.id]);
    expect(await incidentSummary(a.log, TEAM)).toMatchObject({ refused: 5, undone: 0 });

    // Opening again does not check (nor count) them again: the verdict is kept.
    const again = new Replica(a.doc, dexieStore(a.log), { team: TEAM, owner: await ownerOf('Иванова'), loadOrigins: [], onChange: () => {}, now: () => NOW });
    await again.open();
    await again.stop();
    expect((await incidentSummary(a.log, TEAM)).refused).toBe(5);
  });
});

describe('replica: records are immutable', () => {
  async function teamWithRecords(count: number) {
    const { a, b } = await pair();
    const intruder = await member('Чужой');
    // The intruder asked to join (nobody approved): its signature is known, its records are not taken.
    await intruder.replica.roster.ask(intruder.me, 'Чужой', 'invite-1', NOW);
    connect(a.doc, b.doc, intruder.doc);
    const records: ModerationAction[] = [];
    for (let i = 0; i < count; i++) {
      const r = violation(i % 2 ? 'Петрова' : 'Иванова');
      await record(i % 2 ? b : a, r);
      records.push(r);
    }
    await settle(a, b, intruder);
    return { a, b, intruder, records };
  }

  it('undoes deletions and rewrites from a peer: every store and every doc keep the originals', async () => {
    const { a, b, intruder, records } = await teamWithRecords(5);
    const map = recordsMap(intruder.doc);
    const forged = await signRecord(intruder.me, TEAM, { ...records[2], actor: 'Директор' });
    intruder.doc.transact(() => {
      map.delete(records[0].id);
      map.delete(records[1].id);
      // Another author on the same record, signed by the stranger.
      map.set(records[2].id, toWire(forged));
      // Not what was recorded, under the author's signature.
      map.set(records[3].id, rewritten(map.get(records[3].id), (r) => ({ ...r, reason: 'Совсем другая причина' })));
    });
    await settle(a, b, intruder);

    const ids = records.map((r) => r.id).sort();
    for (const m of [a, b]) {
      expect(await stored(m)).toEqual(ids);
      for (const r of records) expect(fromRow((await getRow(m.log, r.id))!)).toEqual(r);
    }
    // The originals went back into the doc, so the tampering peer holds them again too.
    for (const m of [a, b, intruder]) {
      expect(docIds(m.doc)).toEqual(ids);
      for (const r of records) expect(docRecord(m.doc, r.id)).toEqual(r);
    }
    const summary = await incidentSummary(a.log, TEAM);
    expect(summary.undone).toBe(4);
    // A rewrite names its signer when the signature holds (the stranger's own); a forged one and a deletion name nobody.
    expect(summary.undoneBy).toEqual(['Чужой']);
  });

  it('does not loop when two members restore the same record at once', async () => {
    const { a, b, intruder, records } = await teamWithRecords(2);
    let updates = 0;
    a.doc.on('update', () => updates++);
    recordsMap(intruder.doc).delete(records[0].id);
    await settle(a, b, intruder);
    expect(docRecord(a.doc, records[0].id)).toEqual(records[0]);
    expect(updates).toBeLessThan(10);
  });

  it('gives up restoring a record after a few rounds when a peer keeps overwriting it', async () => {
    const { a, b, intruder, records } = await teamWithRecords(1);
    const forged = await signRecord(intruder.me, TEAM, { ...records[0], reason: 'Подделка' } as ModerationAction);
    // A peer that answers every restore with its forgery again.
    intruder.doc.on('update', (_u: Uint8Array, origin: unknown) => {
      if (origin === PEER && (docRecord(intruder.doc, records[0].id) as { reason?: string } | undefined)?.reason !== 'Подделка') {
        queueMicrotask(() => recordsMap(intruder.doc).set(records[0].id, toWire(forged)));
      }
    });
    recordsMap(intruder.doc).set(records[0].id, toWire(forged));
    await settle(a, b, intruder);
    // The store never took the forgery.
    expect(fromRow((await getRow(a.log, records[0].id))!)).toEqual(records[0]);
    expect((await incidentSummary(a.log, TEAM)).undone).toBeGreaterThanOrEqual(3);
  });
});

describe('replica: the always-on member’s memory store', () => {
  it('verifies, keeps and restores originals like the extension’s store', async () => {
    const { a } = await pair();
    const doc = new Y.Doc();
    const store = memoryStore();
    const keeper = new Replica(doc, store, { team: TEAM, owner: await ownerOf('Иванова'), loadOrigins: [], onChange: () => {}, now: () => NOW });
    const intruder = await member('Чужой');
    connect(a.doc, doc, intruder.doc);
    const mine = violation('Иванова');
    await record(a, mine);
    // A stranger's signed record is refused by the keeper too.
    const strangers = violation('Чужой');
    recordsMap(intruder.doc).set(strangers.id, toWire(await signRecord(intruder.me, TEAM, strangers)));
    await settle(a, intruder);
    await keeper.idle();
    expect((await store.get([mine.id]))[0]).toMatchObject({ source: 'team', member: 'Иванова' });
    expect((await store.get([strangers.id]))[0]).toBeUndefined();
    expect(store.incidents().refused).toBe(1);

    await a.replica.stop();
    recordsMap(intruder.doc).delete(mine.id);
    await keeper.idle();
    await new Promise((r) => setTimeout(r, 0));
    await keeper.idle();
    expect(docRecord(intruder.doc, mine.id)).toEqual(mine);
    expect(store.incidents().undone).toBe(1);
    await keeper.stop();
  });

  it('lets go of records past the retention, however they came in, and of nothing younger', async () => {
    const store = memoryStore();
    const rows = [3, 40, 10, 90].map((days) => toRow(violation('Иванова', { time: NOW - days * DAY }), OWN));
    await store.save(rows.slice(0, 3));
    await store.removeOlderThan(NOW - 30 * DAY);
    expect((await store.get(rows.map((r) => r.id))).map((r) => r?.id)).toEqual([rows[0].id, undefined, rows[2].id, undefined]);
    // Older than anything held before: still found by the next pass.
    await store.save([rows[3]]);
    await store.removeOlderThan(NOW - 60 * DAY);
    expect(await store.ids()).toEqual([rows[0].id, rows[2].id]);
    await store.removeOlderThan(NOW - 5 * DAY);
    expect(await store.ids()).toEqual([rows[0].id]);
  });
});

// The first builds a year past one slice in in-memory databases: seconds, more on a busy machine.
describe('replica: a long sync', { timeout: 30_000 }, () => {
  it('tells how far a large arrival is, slice by slice, ending at its total, and stores it all, found by id and participant', async () => {
    const owner = await member('Иванова');
    // Past one slice: told at its end, then at the total.
    const year = Array.from({ length: SAVE_SLICE + 1_000 }, (_, i) => violation('Иванова', { subject: { id: `p${i % 90}`, name: `Участник ${i % 90}` } }));
    await saveRows(owner.log, year.map((a) => toRow(a, OWN)));
    await owner.replica.share(year);

    const told: Array<[number, number]> = [];
    const fresh = await member('Петрова', { onProgress: (done, total) => told.push([done, total]) });
    Y.applyUpdate(fresh.doc, Y.encodeStateAsUpdate(owner.doc), PEER);
    await settle(fresh);

    const total = told[0][1];
    expect(total).toBeGreaterThanOrEqual(year.length);
    expect(told[0][0]).toBe(0);
    expect(told.at(-1)).toEqual([total, total]);
    expect(told.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < told.length; i++) expect(told[i][0]).toBeGreaterThan(told[i - 1][0]);
    expect((await stored(fresh)).length).toBeGreaterThanOrEqual(year.length);
    // Indexed with the last slice, those of the first slice too.
    const [first, lastOne] = [year[0], year.at(-1)!];
    expect(await getRow(fresh.log, first.id)).toMatchObject({ id: first.id, member: 'Иванова' });
    expect(await getRow(fresh.log, lastOne.id)).toMatchObject({ id: lastOne.id });
    const p0 = (await byParticipant(fresh.log, first.chat.site, 'p0')).map((r) => r.id).sort();
    expect(p0).toEqual(year.filter((a) => a.subject?.id === 'p0').map((a) => a.id).sort());
  });

  it('tells nothing for a handful of records', async () => {
    const { a, b } = await pair();
    const told: number[] = [];
    const c = await member('Смирнова', { onProgress: (done) => told.push(done) });
    await record(b, violation('Петрова'));
    Y.applyUpdate(c.doc, Y.encodeStateAsUpdate(a.doc), PEER);
    await settle(a, b, c);
    expect(told).toEqual([]);
  });
});

describe('replica: opening', () => {
  it('signs this moderator’s earlier shared records into the doc and takes in what the doc holds', async () => {
    const { a, b } = await pair();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(a.doc));
    const log = new ActionLog(`open-${Math.random()}`);
    const earlier = violation('Иванова');
    const personal = { ...violation('Иванова'), kind: 'quiet-hours-override', reason: 'emergency', timeZone: 'Europe/Moscow', subject: undefined } as ModerationAction;
    const otherTeam = violation('Сидоров');
    await addAction(log, earlier);
    await addAction(log, personal);
    await addAction(log, otherTeam, { source: 'team', member: 'Сидоров', team: 'another-team' });
    const fromDoc = violation('Петрова');
    recordsMap(doc).set(fromDoc.id, toWire(await signRecord(b.me, TEAM, fromDoc)));

    const replica = new Replica(doc, dexieStore(log), { team: TEAM, owner: await ownerOf('Иванова'), me: await identity('Иванова'), loadOrigins: [], onChange: () => {}, now: () => NOW });
    await replica.open();
    await replica.stop();
    expect(docIds(doc)).toEqual([earlier.id, fromDoc.id].sort());
    expect(claimOf(recordsMap(doc).get(earlier.id))?.by).toBe(a.me.id);
    expect(docRecord(doc, earlier.id)).toEqual(earlier);
    expect((await getRow(log, fromDoc.id))?.source).toBe('team');
    log.close();
  });
});

describe('replica: the team’s retention', () => {
  it('prunes old records everywhere when an admin sets it, follows old deletions and still undoes recent ones', async () => {
    const { a, b } = await pair();
    const old = violation('Иванова', { time: NOW - 200 * DAY });
    const recent = violation('Иванова', { time: NOW - 10 * DAY });
    await record(a, old);
    await record(a, recent);
    await settle(a, b);
    expect(await stored(b)).toEqual([old.id, recent.id].sort());

    await decide(a, { kind: 'retention', months: 3 });
    await a.replica.prune();
    await settle(a, b);
    for (const m of [a, b]) {
      expect(await stored(m)).toEqual([recent.id]);
      expect(docIds(m.doc)).toEqual([recent.id]);
    }
    expect((await incidentSummary(a.log, TEAM)).undone).toBe(0);

    recordsMap(b.doc).delete(recent.id);
    await settle(a, b);
    expect(await stored(a)).toEqual([recent.id]);
    expect(docIds(b.doc)).toEqual([recent.id]);
  });

  it('ignores a retention set by a member who is not an admin', async () => {
    const { a, b } = await pair();
    const old = violation('Иванова', { time: NOW - 200 * DAY });
    await record(a, old);
    await decide(b, { kind: 'retention', months: 3 });
    await settle(a, b);
    expect(await stored(a)).toEqual([old.id]);
    expect(a.replica.roster.roster.retention).toBeNull();
  });
});

export type { Member };
