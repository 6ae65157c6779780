import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { ActionLog, addAction, getRow } from '@/core/log/store';
import { packChanges, runArrivalJob, slimArrival, unpackChanges, type ArrivalJob } from '@/core/team/arrival';
import { CHECKPOINT_MIN, makeCheckpoint } from '@/core/team/checkpoint';
import { checkpointsMap, recordsMap } from '@/core/team/doc';
import { createIdentity } from '@/core/team/identity';
import { incidentSummary } from '@/core/team/incidents';
import { dexieStore } from '@/core/team/replica-store';
import type { ReplicaOptions } from '@/core/team/replica';
import { signRecord, toWire } from '@/core/team/signed-record';
import { encodeWire } from '@/core/team/wire-form';
import { DAY, NOW, PEER, TEAM, closeAll, member, pair, rewritten, settle, stored, violation, type Member } from './team-fixture';

afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
});

/** The offload as the sync host's worker runs it: the job and the answer cross a structured copy, the store is the member's own database. */
function inWorker(jobs: ArrivalJob[], logName: () => string): ReplicaOptions['offload'] {
  return async (job, onProgress) => {
    jobs.push(job);
    const copy = structuredClone(job);
    const log = new ActionLog(logName());
    try {
      const { arrival, checkUnread } = await runArrivalJob(copy, dexieStore(log), onProgress);
      const answer = structuredClone(slimArrival(arrival, copy.changes.keys));
      await checkUnread();
      return answer;
    } finally {
      log.close();
    }
  };
}

/** Петрова's school year as her doc holds it, with what a hostile peer adds on the way. */
async function yearWithTrouble() {
  const { a, b } = await pair();
  const year = Array.from({ length: CHECKPOINT_MIN + 500 }, (_, i) => violation('Петрова', { subject: { id: `p${i % 40}`, name: `Участник ${i % 40}` } }));
  for (const r of year) await addAction(b.log, r);
  await b.replica.share(year);
  await settle(a, b);
  const clean = Y.encodeStateAsUpdate(b.doc);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, clean);
  const map = recordsMap(doc);
  // One of hers changed under her signature, a stranger's, garbage, one from a week ahead.
  map.set(year[7].id, rewritten(map.get(year[7].id), (r) => ({ ...r, reason: 'Подменённая причина' })));
  const strange = violation('Чужой');
  map.set(strange.id, toWire(await signRecord(await createIdentity(), TEAM, strange)));
  map.set('01KGARBAGE0000', encodeWire({ r: { kind: 'violation', time: NOW }, by: b.me.id, sig: 'x' }));
  map.set('01KBYTES000000', new Uint8Array([1, 2, 3, 250]));
  const ahead = violation('Петрова', { time: NOW + 7 * DAY });
  map.set(ahead.id, toWire(await signRecord(b.me, TEAM, ahead)));
  return { doc, clean, year, ahead, strange };
}

const outcome = async (m: Member) => ({ stored: await stored(m), incidents: await incidentSummary(m.log, TEAM), future: m.replica.futureCount });

// Each builds a year past CHECKPOINT_MIN in two in-memory databases: seconds, more on a busy machine.
describe('a large arrival checked and stored by the worker', { timeout: 30_000 }, () => {
  it('gets the changes as they were: bytes, empty bytes, objects a peer wrote, oddities and deletions', () => {
    const changes = [
      { key: 'a', deleted: false, value: new Uint8Array([1, 2, 3]) },
      { key: 'b', deleted: true, value: undefined },
      { key: 'c', deleted: false, value: new Uint8Array(0) },
      { key: 'd', deleted: false, value: { r: { reason: 'Грубость' }, by: 'x', sig: 'y' } },
      { key: '', deleted: false, value: null },
      { key: 'e\n', deleted: false, value: new Uint8Array([255]) },
      { key: 'f', deleted: false, value: ['list', 1] },
    ];
    expect(unpackChanges(structuredClone(packChanges(changes)))).toEqual(changes);
  });

  it('comes to what the sync host’s own check comes to: the same records stored, refused, held and counted', async () => {
    const { doc, year, ahead } = await yearWithTrouble();
    const jobs: ArrivalJob[] = [];
    const here = await member('Новикова');
    const there: Member = await member('Орлова', { offload: inWorker(jobs, () => there.log.name) });
    Y.applyUpdate(here.doc, Y.encodeStateAsUpdate(doc), PEER);
    Y.applyUpdate(there.doc, Y.encodeStateAsUpdate(doc), PEER);
    await settle(here, there);

    expect(jobs).toHaveLength(1);
    const [seen, worked] = [await outcome(here), await outcome(there)];
    expect(worked).toEqual(seen);
    // Not vacuous: the year less the changed record is in, nothing hostile is, the early one waits.
    expect(worked.stored).toHaveLength(year.length - 1);
    expect(worked.stored).not.toContain(year[7].id);
    expect(worked.stored).not.toContain(ahead.id);
    expect(worked.future).toBe(1);
    expect(worked.incidents.refused).toBe(4);
    expect(await getRow(there.log, year[0].id)).toMatchObject({ member: 'Петрова', source: 'team', signed: { by: expect.any(String) } });
    // Kept as the bytes they were signed in (see signed-bytes.test.ts), on either thread.
    for (const m of [here, there]) expect((await m.log.pages.toArray()).filter((p) => p.packed).length).toBeGreaterThan(0);
  });

  it('finds a fresh member’s checkpoints itself: the sync host does not read the year’s signers, and one signature vouches for hers', async () => {
    const { a, b } = await pair();
    const year = Array.from({ length: CHECKPOINT_MIN + 500 }, () => violation('Петрова'));
    for (const r of year) await addAction(b.log, r);
    await b.replica.share(year);
    await settle(a, b);
    const jobs: ArrivalJob[] = [];
    const fresh: Member = await member('Орлова', { offload: inWorker(jobs, () => fresh.log.name) });
    const verify = vi.spyOn(crypto.subtle, 'verify');
    Y.applyUpdate(fresh.doc, Y.encodeStateAsUpdate(b.doc), PEER);
    await settle(fresh);

    expect(jobs).toHaveLength(1);
    expect(jobs[0].claims).toBeUndefined();
    expect(verify.mock.calls.length).toBeLessThan(10);
    expect((await stored(fresh)).length).toBe(year.length);
  });

  it('is given the signer’s records the doc already held, so that her checkpoint still covers the whole year', async () => {
    const { a, b } = await pair();
    const year = Array.from({ length: CHECKPOINT_MIN + 500 }, () => violation('Петрова'));
    for (const r of year) await addAction(b.log, r);
    // Ten of her records reached the newcomer first (a small update, checked here), the rest in one large one.
    await b.replica.share(year.slice(0, 10));
    await settle(a, b);
    const first = Y.encodeStateAsUpdate(b.doc);
    await b.replica.share(year.slice(10));
    await settle(a, b);
    const jobs: ArrivalJob[] = [];
    const fresh: Member = await member('Орлова', { offload: inWorker(jobs, () => fresh.log.name) });
    Y.applyUpdate(fresh.doc, first, PEER);
    await settle(fresh);
    const verify = vi.spyOn(crypto.subtle, 'verify');
    Y.applyUpdate(fresh.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(fresh.doc)), PEER);
    await settle(fresh);

    expect(jobs).toHaveLength(1);
    expect(jobs[0].others.map(([key]) => key).sort()).toEqual(year.slice(0, 10).map((r) => r.id).sort());
    // Counted once, by the sync host, which needed them to find her other records.
    expect(jobs[0].claims?.map((c) => c.by)).toEqual([b.me.id]);
    // Her checkpoint's signature, not one signature per record.
    expect(verify.mock.calls.length).toBeLessThan(10);
    expect((await stored(fresh)).length).toBe(year.length);
  });

  it('stores what her checkpoint vouches for unread, then reads it: a record of hers that is no record is taken out and refused, as the sync host’s own check refuses it', async () => {
    const { a, b } = await pair();
    const year = Array.from({ length: CHECKPOINT_MIN + 500 }, () => violation('Петрова'));
    for (const r of year) await addAction(b.log, r);
    await b.replica.share(year);
    await settle(a, b);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(b.doc));
    // Hers, and vouched for by her own checkpoint: an unknown kind, and a chat title past its bound.
    const map = recordsMap(doc);
    map.set(year[3].id, rewritten(map.get(year[3].id), (r) => ({ ...r, kind: 'не-вид' })));
    map.set(year[9].id, rewritten(map.get(year[9].id), (r) => ({ ...r, chat: { ...(r.chat as object), title: 'я'.repeat(301) } })));
    // Dated a week ahead (kept aside until then), and dated ahead and no record either.
    const [ahead, aheadBad] = [violation('Петрова', { time: NOW + 7 * DAY }), violation('Петрова', { time: NOW + 7 * DAY })];
    map.set(ahead.id, toWire(await signRecord(b.me, TEAM, ahead)));
    map.set(aheadBad.id, rewritten(toWire(await signRecord(b.me, TEAM, aheadBad)), (r) => ({ ...r, kind: 'не-вид' })));
    checkpointsMap(doc).set(b.me.id, await makeCheckpoint(b.me, TEAM, map, NOW, () => true));
    const jobs: ArrivalJob[] = [];
    const here = await member('Новикова');
    const there: Member = await member('Орлова', { offload: inWorker(jobs, () => there.log.name) });
    const verify = vi.spyOn(crypto.subtle, 'verify');
    for (const m of [here, there]) Y.applyUpdate(m.doc, Y.encodeStateAsUpdate(doc), PEER);
    await settle(here, there);

    expect(jobs).toHaveLength(1);
    // Not vacuous: the worker took the checkpoint's word (the thread checks each record's signature).
    expect(verify.mock.calls.length).toBeLessThan(year.length);
    const [seen, worked] = [await outcome(here), await outcome(there)];
    expect(worked).toEqual(seen);
    expect(worked.stored).toHaveLength(year.length - 2);
    expect(worked.stored).not.toContain(year[3].id);
    expect(worked.future).toBe(1);
    expect(worked.incidents.refused).toBe(3);
    expect(await there.log.refusals.count()).toBe(3);
    expect(await getRow(there.log, year[4].id)).toMatchObject({ id: year[4].id, member: 'Петрова', source: 'team' });
  });

  it('leaves the arrival to the sync host’s own thread when the worker fails, and loses nothing', async () => {
    const { doc, year } = await yearWithTrouble();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = await member('Орлова', { offload: () => Promise.reject(new Error('worker failed')) });
    Y.applyUpdate(broken.doc, Y.encodeStateAsUpdate(doc), PEER);
    await settle(broken);
    expect((await stored(broken)).length).toBe(year.length - 1);
    expect((await incidentSummary(broken.log, TEAM)).refused).toBe(4);
    expect(warn).toHaveBeenCalled();
  });
});
