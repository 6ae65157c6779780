import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { digestOf } from '@/core/report/digest';
import { ActionLog, addAction, chatRows, deleteOlderThan, deleteRows, getRows, newestFirst, saveRows, setSignatures, toRow, type KeptRecord, type LogRow, type Page } from '@/core/log/store';
import type { ModerationAction } from '@/core/moderation/actions';
import { createIdentity } from '@/core/team/identity';
import { parseEnvelope, signRecord, toWire } from '@/core/team/signed-record';
import { encodeWire } from '@/core/team/wire-form';
import { packedIds } from '@/core/log/signed-bytes';
import { DAY, NOW, TEAM, violation } from './team-fixture';

const logs: ActionLog[] = [];
const open = () => {
  const log = new ActionLog(`signed-bytes-${Math.random()}`);
  logs.push(log);
  return log;
};
afterEach(async () => {
  for (const log of logs.splice(0)) {
    log.close();
    await Dexie.delete(log.name);
  }
});

/** A co-moderator's records as they arrive: signed bytes, and the rows the check makes of them. */
async function arrived(records: ModerationAction[], member = 'Петрова') {
  const me = await createIdentity();
  const bytes = new Map<string, Uint8Array>();
  const rows: LogRow[] = [];
  for (const record of records) {
    const wire = toWire(await signRecord(me, TEAM, record));
    const parsed = parseEnvelope(record.id, wire);
    if (!parsed.ok) throw new Error('the fixture signs what the check takes');
    const { envelope: e } = parsed;
    bytes.set(record.id, wire);
    rows.push(toRow(e.record, { source: 'team', member, team: TEAM }, { by: e.by, sig: e.sig }));
  }
  return { bytes, rows };
}

/** Rows kept as their signed bytes, as a large arrival stores them. */
const keptOf = (rows: LogRow[], bytes: Map<string, Uint8Array>): KeptRecord[] => rows.map((row) => ({ row, bytes: bytes.get(row.id)! }));

const byId = (rows: LogRow[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('a large arrival kept as the bytes it was signed in', () => {
  it('reads back as the same rows, from every view, as the rows stored as objects', async () => {
    const records = Array.from({ length: 60 }, (_, i) => violation('Петрова', { time: NOW - i * 7 * DAY, subject: { id: `p${i % 5}`, name: `Участник ${i % 5}` } }));
    const { bytes, rows } = await arrived(records);
    const [packed, plain] = [open(), open()];
    await saveRows(packed, [], true, keptOf(rows, bytes));
    await saveRows(plain, rows);

    // Not vacuous: the pages hold the bytes, not the rows.
    const pages = (await packed.pages.toArray()) as Page[];
    expect(pages.every((p) => p.rows.length === 0 && p.packed && packedIds(p.packed).length > 0)).toBe(true);
    expect(await newestFirst(packed)).toEqual(await newestFirst(plain));
    const chatKey = rows[0].chatKey;
    expect(await chatRows(packed, chatKey)).toEqual(await chatRows(plain, chatKey));
    const some = [records[3].id, records[40].id, 'nonexistent'];
    expect(await getRows(packed, some)).toEqual(await getRows(plain, some));
    const [packedPages, plainPages] = [(await packed.pages.toArray()) as Page[], (await plain.pages.toArray()) as Page[]];
    expect(packedPages.map(digestOf)).toEqual(plainPages.map(digestOf));
  });

  it('reads pages an earlier version wrote, whose ids were a list and offsets plain arrays, and adds to them', async () => {
    const records = Array.from({ length: 6 }, (_, i) => violation('Петрова', { time: NOW - i * DAY }));
    const { bytes, rows } = await arrived(records);
    const [now, before] = [open(), open()];
    await saveRows(now, [], true, keptOf(rows.slice(0, 4), bytes));
    await saveRows(before, [], true, keptOf(rows.slice(0, 4), bytes));
    // The page as the earlier version stored it.
    const [page] = (await before.pages.toArray()) as Page[];
    expect(page.packed!.ends).toBeInstanceOf(Uint32Array);
    expect(typeof page.packed!.ids).toBe('string');
    await before.pages.put({ ...page, packed: { ...page.packed!, ids: packedIds(page.packed), ends: Array.from(page.packed!.ends), fromOf: Array.from(page.packed!.fromOf) } });
    expect(await newestFirst(before)).toEqual(await newestFirst(now));
    await saveRows(now, [], true, keptOf(rows.slice(4), bytes));
    await saveRows(before, [], true, keptOf(rows.slice(4), bytes));
    expect(await newestFirst(before)).toEqual(await newestFirst(now));
    expect((await newestFirst(before)).length).toBe(6);
  });

  it('keeps a moderator’s own records beside the packed ones, in time order, and deletes, expires and signs as before', async () => {
    const theirs = [violation('Петрова', { time: NOW - 3 * DAY }), violation('Петрова', { time: NOW - DAY }), violation('Петрова', { time: NOW - 40 * DAY })];
    const { bytes, rows } = await arrived(theirs);
    const log = open();
    await saveRows(log, [], true, keptOf(rows, bytes));
    const mine = violation('Иванова', { time: NOW - 2 * DAY });
    await addAction(log, mine);
    expect((await chatRows(log, rows[0].chatKey)).map((r) => r.id)).toEqual([theirs[2].id, theirs[0].id, mine.id, theirs[1].id]);

    await setSignatures(log, new Map([[mine.id, { by: 'me', sig: 'signature' }]]));
    await deleteRows(log, [theirs[0].id]);
    expect(await deleteOlderThan(log, NOW - 30 * DAY)).toBe(1);
    const left = await newestFirst(log);
    expect(left.map((r) => r.id)).toEqual([theirs[1].id, mine.id]);
    expect(left[1].signed).toEqual({ by: 'me', sig: 'signature' });
    expect(left[0]).toEqual(rows[1]);
    // A page left with nothing is gone.
    await deleteRows(log, [theirs[1].id, mine.id]);
    expect(await log.pages.count()).toBe(0);
  });

  it('does not store an id twice, packed or not', async () => {
    const records = [violation('Петрова'), violation('Петрова')];
    const { bytes, rows } = await arrived(records);
    const log = open();
    expect(await saveRows(log, [], true, keptOf(rows, bytes))).toHaveLength(2);
    expect(await saveRows(log, [], true, keptOf(rows, bytes))).toEqual([]);
    expect(await saveRows(log, rows)).toEqual([]);
    expect(await newestFirst(log)).toHaveLength(2);
  });

  it('reads broken bytes in a page as nothing, and a record a later check would refuse as it was stored', async () => {
    const [good, later] = [violation('Петрова'), violation('Петрова')];
    const { bytes, rows } = await arrived([good, later]);
    const log = open();
    await saveRows(log, [], true, keptOf(rows, bytes));
    // What a stricter version would no longer take (an unknown kind), and bytes damaged on disk.
    const page = ((await log.pages.toArray()) as Page[])[0];
    const odd = encodeWire({ r: { ...later, kind: 'новый-вид' }, by: rows[1].signed!.by, sig: rows[1].signed!.sig });
    const broken = new Uint8Array([1, 200, 3]);
    const entries = [odd, broken];
    const ids = [later.id, 'broken-id'];
    const all = new Uint8Array(entries.reduce((n, e) => n + e.length, 0));
    entries.reduce((at, e) => (all.set(e, at), at + e.length), 0);
    await log.pages.put({ ...page, packed: { ids, bytes: all, ends: [odd.length, all.length], from: [{ source: 'team', member: 'Петрова', team: TEAM }], fromOf: [0, 0] } });

    const read = byId(await newestFirst(log));
    expect(read.map((r) => r.id)).toEqual([later.id]);
    expect(read[0]).toMatchObject({ kind: 'новый-вид', member: 'Петрова', signed: rows[1].signed });
  });

  it('reads a record stored unread only if it holds: one that is no record is read as nothing, found by nobody, and can still be taken out', async () => {
    const [good, bad] = [violation('Петрова'), violation('Петрова')];
    const { bytes, rows } = await arrived([good, bad]);
    const noRecord = encodeWire({ r: { ...bad, id: undefined, kind: 'не-вид' }, by: rows[1].signed!.by, sig: rows[1].signed!.sig });
    const log = open();
    await saveRows(log, [], true, [
      { row: rows[0], bytes: bytes.get(good.id)!, unread: true },
      { row: rows[1], bytes: noRecord, unread: true },
    ]);
    expect((await newestFirst(log)).map((r) => r.id)).toEqual([good.id]);
    expect(await getRows(log, [good.id, bad.id])).toEqual([rows[0], undefined]);
    expect(await chatRows(log, rows[0].chatKey)).toEqual([rows[0]]);
    // Taken out by id, though no view can read it.
    await deleteRows(log, [bad.id]);
    const [page] = (await log.pages.toArray()) as Page[];
    expect(packedIds(page.packed)).toEqual([good.id]);
    expect(await newestFirst(log)).toEqual([rows[0]]);
  });
});
