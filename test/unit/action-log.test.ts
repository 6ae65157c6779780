import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importActions } from '@/core/log/import';
import { ActionLog, addAction, allIds, indexRows, monthOf, saveRows, toRow, OWN, byParticipant, countRows, deleteOlderThan, deleteRows, eachRow, getRow, getRows, historyOf, scanNewestFirst, type LogRow } from '@/core/log/store';
import type { ModerationAction } from '@/core/moderation/actions';

const chat = { site: 'max' as const, id: '-70000000001', title: '7Б' };
const other = { site: 'max' as const, id: '-70000000002', title: '8В' };
let n = 0;
const action = (patch: Partial<ModerationAction> = {}): ModerationAction =>
  ({ id: `01K${String(++n).padStart(5, '0')}`, time: 1_000 + n, actor: 'Иванова', chat, clauses: ['4.5'], kind: 'violation', subject: { id: 'petrov', name: 'Петров' }, reason: 'Грубость', ...patch }) as ModerationAction;

let name: string;

async function rowsOf(log: ActionLog): Promise<LogRow[]> {
  const rows: LogRow[] = [];
  await eachRow(log, (r) => rows.push(r));
  return rows;
}
let log: ActionLog;

beforeEach(() => {
  name = `log-${Math.random()}`;
  log = new ActionLog(name);
});

afterEach(async () => {
  log.close();
  await Dexie.delete(name);
});

describe('action log', () => {
  it('finds a participant’s history in one chat, oldest first', async () => {
    const a = action();
    const b = action({ chat: other });
    const c = action({ kind: 'rules-introduced', reason: undefined } as Partial<ModerationAction>);
    const d = action({ subject: { id: 'sidorova', name: 'Сидорова' } });
    for (const x of [c, b, a, d]) await addAction(log, x);
    expect((await historyOf(log, chat, 'petrov')).map((x) => x.id)).toEqual([a.id, c.id]);
    expect((await byParticipant(log, 'max', 'petrov')).map((x) => x.id)).toEqual([c.id, b.id, a.id]);
  });

  it('writes rows unindexed (a slice of a large arrival), finds them by chat at once and by id once indexed, and never twice on a page', async () => {
    const rows = [action(), action({ subject: { id: 'sidorova', name: 'Сидорова' } }), action({ chat: other })].map((a) => toRow(a, OWN));
    expect(await saveRows(log, rows, false)).toEqual(rows.map((r) => r.id));
    expect((await rowsOf(log)).map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(await getRows(log, [rows[0].id])).toEqual([undefined]);
    expect(await byParticipant(log, 'max', 'sidorova')).toEqual([]);
    // Cut short before its indexing (the browser closed): the same rows arrive again after a restart.
    expect(await saveRows(log, rows)).toEqual(rows.map((r) => r.id));
    expect((await rowsOf(log)).length).toBe(3);
    expect((await getRows(log, rows.map((r) => r.id))).map((r) => r?.id)).toEqual(rows.map((r) => r.id));
    expect((await byParticipant(log, 'max', 'sidorova')).map((r) => r.id)).toEqual([rows[1].id]);
    // Indexing what is indexed already changes nothing; a later unindexed slice is indexed by indexRows.
    await indexRows(log, rows);
    const later = toRow(action(), OWN);
    await saveRows(log, [later], false);
    await indexRows(log, [...rows, later]);
    expect(await countRows(log)).toBe(4);
    expect((await getRow(log, later.id))?.id).toBe(later.id);
    expect((await rowsOf(log)).length).toBe(4);
  });

  it('refuses an invalid action and a duplicate id', async () => {
    await expect(addAction(log, action({ reason: '' } as Partial<ModerationAction>))).rejects.toThrow();
    const a = action();
    await addAction(log, a);
    await expect(addAction(log, a)).rejects.toThrow();
    expect(await countRows(log)).toBe(1);
  });

  it('imports valid records, skips duplicates by id and reports what it refused', async () => {
    const kept = action();
    await addAction(log, kept);
    const fresh = action();
    const report = await importActions(log, [kept, fresh, fresh, { ...action(), kind: 'teleported' }, { id: 'x' }]);
    expect(report.added).toBe(1);
    expect(report.duplicates).toBe(2);
    expect(report.refused.map((r) => r.index)).toEqual([3, 4]);
    expect(report.refused[0].problem).toMatch(/^kind:/);
    expect(await countRows(log)).toBe(2);
  });

  it('deletes what is older than the retention cutoff', async () => {
    for (const time of [100, 200, 300]) await addAction(log, action({ time }));
    expect(await deleteOlderThan(log, 250)).toBe(2);
    expect((await rowsOf(log)).map((r) => r.time)).toEqual([300]);
  });

  it('files records by chat and month, and finds each by id, by chat, by participant and newest first', async () => {
    const month = (m: number, day: number) => Date.UTC(2026, m, day, 10);
    const records = [
      action({ time: month(8, 30) }),
      action({ time: month(9, 1) }),
      action({ time: month(9, 2), chat: other }),
      action({ time: month(10, 5), subject: { id: 'sidorova', name: 'Сидорова' } }),
      action({ time: month(10, 6) }),
    ];
    for (const r of records.slice().reverse()) await addAction(log, r);
    expect(await log.pages.count()).toBe(4); // 7Б in September, October, November; 8В in October
    expect((await getRows(log, [records[2].id, 'missing', records[0].id])).map((r) => r?.id)).toEqual([records[2].id, undefined, records[0].id]);
    expect((await byParticipant(log, 'max', 'petrov')).map((r) => r.id)).toEqual([records[4].id, records[2].id, records[1].id, records[0].id]);

    const seen: string[] = [];
    await scanNewestFirst(log, { from: month(9, 1), to: Number.POSITIVE_INFINITY }, (r) => seen.push(r.id) < 3);
    expect(seen).toEqual([records[4].id, records[3].id, records[2].id]);
    const inChat: string[] = [];
    await scanNewestFirst(log, { chat: 'max:-70000000001', from: Number.NEGATIVE_INFINITY, to: month(10, 6) }, (r) => inChat.push(r.id) > 0);
    expect(inChat).toEqual([records[3].id, records[1].id, records[0].id]);

    await deleteRows(log, [records[3].id, records[0].id]);
    expect(await getRow(log, records[3].id)).toBeUndefined();
    expect(await countRows(log)).toBe(3);
    expect(await log.pages.count()).toBe(3);
  });
});

describe('schema migration', () => {
  it('upgrades a version 1 log: old rows gain the participant key and are found by it', async () => {
    const v1 = new Dexie(name);
    v1.version(1).stores({ actions: '&id, time, kind, chatKey' });
    const old = action();
    const note = action({ kind: 'note', subject: undefined, text: 'Собрание в пятницу' } as Partial<ModerationAction>);
    await v1.table('actions').bulkAdd([{ ...old, chatKey: 'max:-70000000001' }, { ...note, chatKey: 'max:-70000000001' }]);
    v1.close();

    const upgraded = new ActionLog(name);
    expect(upgraded.verno).toBe(8);
    expect((await historyOf(upgraded, chat, 'petrov')).map((a) => a.id)).toEqual([old.id]);
    expect((await byParticipant(upgraded, 'max', 'petrov')).map((a) => a.id)).toEqual([old.id]);
    const row = await getRow(upgraded, note.id);
    expect(row?.subjectKey).toBeNull();
    // v3: what this browser logged before teams were stored here is its own, now in pages.
    expect({ source: row?.source, member: row?.member, team: row?.team }).toEqual({ source: 'own', member: null, team: null });
    upgraded.close();
  });

  it('upgrades a version 5 log: its id and participant indexes are rebuilt from the pages', async () => {
    log.close();
    await Dexie.delete(name);
    const v5 = new Dexie(name);
    v5.version(5).stores({ pages: '&key, month, [chatKey+month]', ids: '&bucket', people: '&subjectKey', overviews: '&chatKey', incidents: '++seq, team', refusals: '&key, [team+signer]' });
    const [a, b] = [action(), action({ chat: other, subject: { id: 'sidorov', name: 'Сидоров' } })].map((x) => toRow(x, OWN));
    const month = new Date(a.time).toISOString().slice(0, 7);
    await v5.table('pages').bulkAdd([
      { key: `${a.chatKey}|${month}`, chatKey: a.chatKey, month, rows: [a] },
      { key: `${b.chatKey}|${month}`, chatKey: b.chatKey, month, rows: [b] },
    ]);
    await v5.table('ids').add({ bucket: 7, pages: { [a.id]: `${a.chatKey}|${month}`, [b.id]: `${b.chatKey}|${month}` } });
    await v5.table('people').add({ subjectKey: a.subjectKey, pages: [`${a.chatKey}|${month}`] });
    v5.close();

    log = new ActionLog(name);
    expect(log.verno).toBe(8);
    expect((await allIds(log)).sort()).toEqual([a.id, b.id].sort());
    expect((await getRow(log, b.id))?.chat).toEqual(other);
    expect((await byParticipant(log, 'max', 'sidorov')).map((r) => r.id)).toEqual([b.id]);
    expect((await byParticipant(log, 'max', 'petrov')).map((r) => r.id)).toEqual([a.id]);
    expect(await saveRows(log, [a])).toEqual([]);
  });
});

describe('the month a page is filed under', () => {
  it('is the UTC month of the time, in any order of times and in any year a date can hold', () => {
    const anyTime = fc.integer({ min: -8.64e15, max: 8.64e15 });
    const nearBoundary = fc.constantFrom(Date.parse('2026-01-31T23:59:59.999Z'), Date.parse('2026-02-01T00:00:00Z'), -62_135_596_800_000, -62_135_596_800_001, Date.parse('0050-03-01T00:00:00Z') - 1);
    fc.assert(
      fc.property(fc.array(fc.oneof(anyTime, nearBoundary, nearBoundary.map((t) => t + 1)), { minLength: 1, maxLength: 20 }), (times) => {
        for (const time of times) expect(monthOf(time)).toBe(new Date(time).toISOString().slice(0, 7));
      }),
    );
  });
});

describe('ids and chats a peer wrote, whatever their text', () => {
  it('are found, counted and kept apart when they hold tabs, line breaks and quotes', async () => {
    const victim = action();
    const crafted = [
      action({ id: `x\n${victim.id}\tmax:evil|2026-01` }),
      action({ id: 'a"b\\c\t\n', chat: { site: 'max', id: 'chat\nwith\tbreaks', title: 'т' }, subject: { id: 'p\nq', name: 'П' } }),
    ];
    await saveRows(log, [victim, ...crafted].map((a) => toRow(a, OWN)));
    expect((await allIds(log)).sort()).toEqual([victim.id, ...crafted.map((a) => a.id)].sort());
    expect((await getRows(log, [victim.id, ...crafted.map((a) => a.id)])).map((r) => r?.id)).toEqual([victim.id, ...crafted.map((a) => a.id)]);
    expect((await byParticipant(log, 'max', 'p\nq')).map((r) => r.id)).toEqual([crafted[1].id]);
    expect(await saveRows(log, [toRow(victim, OWN)])).toEqual([]);
    await deleteRows(log, [crafted[0].id]);
    expect((await getRow(log, victim.id))?.id).toBe(victim.id);
    expect(await countRows(log)).toBe(2);
  });
});
