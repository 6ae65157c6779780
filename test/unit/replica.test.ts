import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { chatOverview } from '@/core/log/overview';
import { ActionLog, addAction, allIds, fromRow, getRow, historyOf } from '@/core/log/store';
import type { ModerationAction } from '@/core/moderation/actions';
import { FILE_ORIGIN, join, recordsMap, setTeamRetention } from '@/core/team/doc';
import { incidentSummary } from '@/core/team/incidents';
import { Replica } from '@/core/team/replica';
import { dexieStore, memoryStore } from '@/core/team/replica-store';

const NOW = Date.parse('2026-11-23T10:00:00Z');
const DAY = 86_400_000;
const TEAM = 'room-7b';
const chat = { site: 'max' as const, id: '-70000000001', title: '7Б' };
let n = 0;
const violation = (actor: string, patch: Partial<ModerationAction> = {}): ModerationAction =>
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

/** A member's browser: its store, its replica of the team doc, and the replica keeping them in step. */
interface Member {
  name: string;
  doc: Y.Doc;
  log: ActionLog;
  replica: Replica;
  changes: number;
}

const PEER = Symbol('peer');
const opened: Member[] = [];

function member(name: string): Member {
  const doc = new Y.Doc();
  const log = new ActionLog(`replica-${name}-${Math.random()}`);
  const m = { name, doc, log, changes: 0 } as Member;
  m.replica = new Replica(doc, dexieStore(log), { team: TEAM, loadOrigins: [], onChange: () => m.changes++, now: () => NOW });
  join(doc, { id: `id-${name}`, name, joinedAt: NOW });
  opened.push(m);
  return m;
}

/** Every doc's own updates reach the others at once, as a connected WebRTC mesh would. */
function connect(...docs: Y.Doc[]) {
  for (const from of docs) {
    for (const to of docs) if (to !== from) Y.applyUpdate(to, Y.encodeStateAsUpdate(from), PEER);
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === PEER) return;
      for (const to of docs) if (to !== from) Y.applyUpdate(to, update, PEER);
    });
  }
}

/** Until no replica has work left (restoring a record makes more work for the others). */
async function settle(...members: Member[]) {
  for (let round = 0; round < 10; round++) {
    await Promise.all(members.map((m) => m.replica.idle()));
    await new Promise((r) => setTimeout(r, 0));
  }
}

const stored = async (m: Member) => (await allIds(m.log)).sort();
const docIds = (doc: Y.Doc) => [...recordsMap(doc).keys()].sort();

/** What a moderator does in the extension: the store first, then the doc. */
async function record(m: Member, action: ModerationAction) {
  await addAction(m.log, action);
  recordsMap(m.doc).set(action.id, action);
}

afterEach(async () => {
  for (const m of opened.splice(0)) {
    await m.replica.stop();
    m.log.close();
    await Dexie.delete(m.log.name);
  }
});

describe('replica: the team doc into the one local store', () => {
  it('stores a co-moderator’s records once, with who wrote them, where every view reads', async () => {
    const a = member('Иванова');
    const b = member('Петрова');
    connect(a.doc, b.doc);
    const mine = violation('Петрова');
    await record(b, mine);
    await settle(a, b);

    const row = await getRow(a.log, mine.id);
    expect(row).toMatchObject({ source: 'team', member: 'Петрова', team: TEAM, actor: 'Петрова' });
    expect((await historyOf(a.log, chat, 'petrov')).map((x) => x.id)).toEqual([mine.id]);
    const overview = await chatOverview(a.log, 'max:-70000000001', NOW);
    expect(overview.participants).toMatchObject([{ subject: { id: 'petrov' }, strikes: 1, lastAuthor: 'Петрова' }]);
    // B's own record stays own in B's store.
    expect((await getRow(b.log, mine.id))?.source).toBe('own');
    expect(a.changes).toBeGreaterThan(0);
  });

  it('marks records from a co-moderator’s file as such', async () => {
    const a = member('Иванова');
    const b = member('Петрова');
    const mine = violation('Петрова');
    await record(b, mine);
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc), FILE_ORIGIN);
    await settle(a);
    expect(await getRow(a.log, mine.id)).toMatchObject({ source: 'team-file', member: 'Петрова' });
  });

  it('refuses records that fail the schema, sit under another key, or are personal, and counts them', async () => {
    const a = member('Иванова');
    const intruder = member('Чужой');
    connect(a.doc, intruder.doc);
    const map = recordsMap(intruder.doc);
    const good = violation('Чужой');
    intruder.doc.transact(() => {
      map.set('x1', { id: 'x1', kind: 'violation' });
      map.set('x2', { ...violation('Чужой'), id: 'not-x2' });
      // A time no month can be filed under.
      map.set('x3', { ...violation('Чужой'), id: 'x3', time: 1e20 });
      const personal = { ...violation('Чужой'), kind: 'quiet-hours-override', reason: 'emergency', timeZone: 'Europe/Moscow', subject: undefined };
      map.set(personal.id, personal);
      map.set(good.id, good);
    });
    await settle(a, intruder);
    expect(await stored(a)).toEqual([good.id]);
    expect(await incidentSummary(a.log, TEAM)).toMatchObject({ invalid: 4, undone: 0 });
  });
});

describe('replica: records are immutable', () => {
  async function teamWithRecords(count: number) {
    const a = member('Иванова');
    const b = member('Петрова');
    const intruder = member('Чужой');
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
    intruder.doc.transact(() => {
      map.delete(records[0].id);
      map.delete(records[1].id);
      // Another author on the same record.
      map.set(records[2].id, { ...records[2], actor: 'Директор' });
      // Valid, but not what was recorded.
      map.set(records[3].id, { ...records[3], reason: 'Совсем другая причина' });
    });
    await settle(a, b, intruder);

    const ids = records.map((r) => r.id).sort();
    for (const m of [a, b]) {
      expect(await stored(m)).toEqual(ids);
      for (const r of records) expect(fromRow((await getRow(m.log, r.id))!)).toEqual(r);
    }
    // The originals went back into the doc, so the tampering peer holds them again too.
    for (const m of [a, b, intruder]) {
      expect(docIds(m.doc).filter((id) => id.startsWith('01K'))).toEqual(ids);
      for (const r of records) expect(recordsMap(m.doc).get(r.id)).toEqual(r);
    }
    const summary = await incidentSummary(a.log, TEAM);
    expect(summary.undone).toBe(4);
    // A rewrite names the session that wrote it; Yjs does not record who deletes.
    expect(summary.undoneBy).toEqual(['Чужой']);
  });

  it('does not loop when two members restore the same record at once', async () => {
    const { a, b, intruder, records } = await teamWithRecords(2);
    let updates = 0;
    a.doc.on('update', () => updates++);
    recordsMap(intruder.doc).delete(records[0].id);
    await settle(a, b, intruder);
    expect(recordsMap(a.doc).get(records[0].id)).toEqual(records[0]);
    expect(updates).toBeLessThan(10);
  });

  it('gives up restoring a record after a few rounds when a peer keeps overwriting it', async () => {
    const { a, b, intruder, records } = await teamWithRecords(1);
    const forged = { ...records[0], reason: 'Подделка' };
    // A peer that answers every restore with its forgery again.
    intruder.doc.on('update', (_u: Uint8Array, origin: unknown) => {
      if (origin === PEER && (recordsMap(intruder.doc).get(records[0].id) as { reason?: string } | undefined)?.reason !== forged.reason) {
        queueMicrotask(() => recordsMap(intruder.doc).set(records[0].id, forged));
      }
    });
    recordsMap(intruder.doc).set(records[0].id, forged);
    await settle(a, b, intruder);
    // The store never took the forgery.
    expect(fromRow((await getRow(a.log, records[0].id))!)).toEqual(records[0]);
    expect((await incidentSummary(a.log, TEAM)).undone).toBeGreaterThanOrEqual(3);
  });
});

describe('replica: the always-on member’s memory store', () => {
  it('keeps and restores originals like the extension’s store', async () => {
    const a = member('Иванова');
    const doc = new Y.Doc();
    const store = memoryStore();
    const keeper = new Replica(doc, store, { team: TEAM, loadOrigins: [], onChange: () => {}, now: () => NOW });
    const intruder = member('Чужой');
    connect(a.doc, doc, intruder.doc);
    const mine = violation('Иванова');
    await record(a, mine);
    await settle(a, intruder);
    await keeper.idle();
    expect((await store.get([mine.id]))[0]).toMatchObject({ source: 'team', member: 'Иванова' });

    a.replica.stop();
    recordsMap(intruder.doc).delete(mine.id);
    await keeper.idle();
    await new Promise((r) => setTimeout(r, 0));
    await keeper.idle();
    expect(recordsMap(intruder.doc).get(mine.id)).toEqual(mine);
    expect(store.incidents().undone).toBe(1);
    await keeper.stop();
  });
});

describe('replica: opening', () => {
  it('writes this moderator’s earlier shared records into the doc and takes in what the doc holds', async () => {
    const doc = new Y.Doc();
    const log = new ActionLog(`open-${Math.random()}`);
    const earlier = violation('Иванова');
    const personal = { ...violation('Иванова'), kind: 'quiet-hours-override', reason: 'emergency', timeZone: 'Europe/Moscow', subject: undefined } as ModerationAction;
    const otherTeam = violation('Сидоров');
    await addAction(log, earlier);
    await addAction(log, personal);
    await addAction(log, otherTeam, { source: 'team', member: 'Сидоров', team: 'another-room' });
    const fromDoc = violation('Петрова');
    recordsMap(doc).set(fromDoc.id, fromDoc);

    const m: Member = { name: 'Иванова', doc, log, changes: 0, replica: new Replica(doc, dexieStore(log), { team: TEAM, loadOrigins: [], onChange: () => {}, now: () => NOW }) };
    opened.push(m);
    await m.replica.open();
    expect(docIds(doc)).toEqual([earlier.id, fromDoc.id].sort());
    expect((await getRow(log, fromDoc.id))?.source).toBe('team');
  });
});

describe('replica: the team’s retention', () => {
  it('prunes old records everywhere, follows old deletions and still undoes recent ones', async () => {
    const a = member('Иванова');
    const b = member('Петрова');
    connect(a.doc, b.doc);
    const old = violation('Иванова', { time: NOW - 200 * DAY });
    const recent = violation('Иванова', { time: NOW - 10 * DAY });
    await record(a, old);
    await record(a, recent);
    await settle(a, b);
    expect(await stored(b)).toEqual([old.id, recent.id].sort());

    setTeamRetention(b.doc, { months: 3, by: 'Петрова', at: NOW });
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

  it('ignores a retention shorter than the team minimum', async () => {
    const a = member('Иванова');
    const b = member('Петрова');
    connect(a.doc, b.doc);
    const recent = violation('Иванова', { time: NOW - 40 * DAY });
    await record(a, recent);
    b.doc.getMap('settings').set('retention', { months: 1, by: 'Чужой', at: NOW });
    await settle(a, b);
    expect(await stored(a)).toEqual([recent.id]);
    expect(docIds(a.doc)).toEqual([recent.id]);
  });
});
