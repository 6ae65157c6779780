import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addAction, getRow } from '@/core/log/store';
import { CHECKPOINT_MIN, digestOf, keysOf } from '@/core/team/checkpoint';
import { checkpointsMap, recordsMap, requestsMap, rosterMap } from '@/core/team/doc';
import { createIdentity, fingerprint, memberId, sign, verify } from '@/core/team/identity';
import { incidentSummary } from '@/core/team/incidents';
import { moveFor, planMove } from '@/core/team/move';
import { foldRoster, requestProblem, signEvent, type RosterEvent } from '@/core/team/roster';
import { signRecord, toWire } from '@/core/team/signed-record';
import { claimOf } from '@/core/team/wire-form';
import { DAY, NOW, PEER, TEAM, admit, closeAll, connect, decide, member, nodesOf, objectForm, ownerOf, pair, record, rewritten, settle, stored, trio, violation } from './team-fixture';

afterEach(closeAll);

describe('identity', () => {
  it('derives the member id from the keys, and signs canonical JSON that only that key verifies', async () => {
    const me = await createIdentity();
    const other = await createIdentity();
    expect(me.public.alg).toBe('ed25519');
    expect(me.id).toBe(await memberId(me.public));
    const sig = await sign(me, { b: 2, a: 1 });
    // Key order does not matter (RFC 8785); content and signer do.
    expect(await verify(me.public, { a: 1, b: 2 }, sig)).toBe(true);
    expect(await verify(me.public, { a: 1, b: 3 }, sig)).toBe(false);
    expect(await verify(other.public, { a: 1, b: 2 }, sig)).toBe(false);
    expect(await verify(me.public, { a: 1, b: 2 }, 'not-a-signature')).toBe(false);
    expect(await fingerprint(me.public)).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(await fingerprint(me.public)).not.toBe(await fingerprint(other.public));
  });

  it('falls back to ECDSA/ECDH on P-256 where Ed25519 is missing, and each verifies the other’s records', async () => {
    const old = await createIdentity({ algs: ['p256'] });
    expect(old.public.alg).toBe('p256');
    expect(old.signKey.extractable).toBe(false);
    const sig = await sign(old, { record: 1 });
    expect(await verify(old.public, { record: 1 }, sig)).toBe(true);
    expect(await verify(old.public, { record: 2 }, sig)).toBe(false);
  });
});

describe('only members write', () => {
  it('refuses a record claiming another member as its author (forged author) and one whose content was changed after signing', async () => {
    const [a, b, c] = await trio();
    const claimsB = violation('Петрова');
    const cSigned = await signRecord(c.me, TEAM, claimsB);
    const tamperedSource = violation('Сидорова');
    const tampered = await signRecord(c.me, TEAM, tamperedSource);
    c.doc.transact(() => {
      recordsMap(c.doc).set(claimsB.id, toWire({ ...cSigned, by: b.me.id }));
      recordsMap(c.doc).set(tamperedSource.id, toWire({ ...tampered, record: { ...tamperedSource, reason: 'Другая причина' } as typeof tamperedSource }));
    });
    await settle(a, b, c);
    expect(await stored(a)).toEqual([]);
    // Neither is put on the member it names: a signature that does not hold proves nobody sent it.
    expect(await incidentSummary(a.log, TEAM)).toMatchObject({ refused: 2, refusedFrom: [] });
    // A later change to the roster does not count them again (only strangers' refusals are looked at again).
    await decide(a, { kind: 'role', member: b.me.id, role: 'admin' });
    await settle(a, b, c);
    expect((await incidentSummary(a.log, TEAM)).refused).toBe(2);
  });

  it('keeps a newcomer’s records waiting until approved, and refuses a stranger’s', async () => {
    const a = await member('Иванова');
    const newcomer = await member('Новикова');
    const stranger = await member('Чужой');
    connect(a.doc, newcomer.doc, stranger.doc);
    await newcomer.replica.roster.ask(newcomer.me, 'Новикова', 'invite-1', NOW);
    const early = violation('Новикова');
    await record(newcomer, early);
    const strangers = violation('Чужой');
    await record(stranger, strangers);
    await settle(a, newcomer, stranger);
    expect(await stored(a)).toEqual([]);
    expect(a.replica.waitingCount).toBe(1);
    expect(await incidentSummary(a.log, TEAM)).toMatchObject({ refused: 1 });

    await decide(a, { kind: 'approve', member: newcomer.me.id, name: 'Новикова', key: newcomer.me.public, role: 'member' });
    await settle(a, newcomer, stranger);
    expect(await stored(a)).toEqual([early.id]);
    expect(await getRow(a.log, early.id)).toMatchObject({ member: 'Новикова' });
    expect(a.replica.waitingCount).toBe(0);
    // The stranger's record stays refused, and is not counted twice.
    expect((await incidentSummary(a.log, TEAM)).refused).toBe(1);
  });

  it('refuses what a removed member writes after the removal (also when replayed later), and keeps what came before', async () => {
    const a = await member('Иванова');
    const c = await member('Сидорова');
    const unlink = connect(a.doc, c.doc);
    await admit(a, c);
    await settle(a, c);
    const before = violation('Сидорова', { time: NOW - DAY });
    await record(c, before);
    await settle(a, c);
    unlink();

    // C writes while A removes C, offline from each other.
    const after = violation('Сидорова', { time: NOW + 60_000 });
    await record(c, after);
    await decide(a, { kind: 'remove', member: c.me.id });
    const late = Y.encodeStateAsUpdate(c.doc);
    Y.applyUpdate(a.doc, late, PEER);
    await settle(a, c);
    expect(await stored(a)).toEqual([before.id]);
    // Not taken in, not thrown away: held for the owner and admins to look at.
    expect([...a.replica.heldFromRemoved.keys()]).toEqual([after.id]);

    // Another member who got C's later record before hearing of the removal drops it when the removal arrives.
    const b = await member('Петрова');
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(c.doc), PEER);
    await settle(b);
    await admitOffline(a, b);
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc), PEER);
    await settle(a, b);
    expect(await stored(b)).toEqual([before.id]);
  });

  it('undoes the deletion of roster events, so nobody can un-approve or un-remove by deleting', async () => {
    const [a, b, c] = await trio();
    await decide(a, { kind: 'remove', member: c.me.id });
    await settle(a, b, c);
    const ids = [...rosterMap(a.doc).keys()].sort();
    c.doc.transact(() => ids.forEach((id) => rosterMap(c.doc).delete(id)));
    await settle(a, b, c);
    expect([...rosterMap(c.doc).keys()].sort()).toEqual(ids);
    expect(b.replica.roster.roster.removed.has(c.me.id)).toBe(true);
    expect((await incidentSummary(b.log, TEAM)).undone).toBeGreaterThan(0);
  });
});

it('ignores junk in the roster and the requests: wrong shapes, a megabyte name, an event under another key, an unknown signer', async () => {
  const [a, b, c] = await trio();
  const stranger = await createIdentity();
  const before = JSON.stringify([...a.replica.roster.roster.members.keys()]);
  const unknownSigner = await signEvent(stranger, TEAM, { kind: 'approve', member: stranger.id, name: 'Чужой', key: stranger.public, role: 'admin' }, 'e-stranger', NOW, []);
  const legit = await signEvent(c.me, TEAM, { kind: 'remove', member: b.me.id }, 'e-c', NOW, []);
  c.doc.transact(() => {
    rosterMap(c.doc).set('junk', { kind: 'approve' });
    rosterMap(c.doc).set('not-its-id', { ...legit, id: 'other' });
    rosterMap(c.doc).set('e-stranger', unknownSigner);
    requestsMap(c.doc).set(stranger.id, { member: stranger.id, name: 'Я'.repeat(1_000_000) });
    requestsMap(c.doc).set('x', 42);
  });
  await settle(a, b, c);
  expect(JSON.stringify([...a.replica.roster.roster.members.keys()])).toBe(before);
  expect(a.replica.roster.pending.size).toBe(0);
  expect(a.replica.roster.nameOf(stranger.id)).toBeNull();
});

/** B's request reaches A, A approves, with no link between their docs otherwise. */
async function admitOffline(a: Awaited<ReturnType<typeof member>>, b: Awaited<ReturnType<typeof member>>) {
  await b.replica.roster.ask(b.me, b.name, 'invite-1', NOW);
  Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc), PEER);
  await settle(a);
  await decide(a, { kind: 'approve', member: b.me.id, name: b.name, key: b.me.public, role: 'member' });
}

describe('the roster', () => {
  it('lets only the owner name admins, only admins approve and remove, and nobody remove the owner', async () => {
    const a = await member('Иванова');
    const b = await member('Петрова');
    const c = await member('Сидорова');
    const d = await member('Новикова');
    connect(a.doc, b.doc, c.doc, d.doc);
    await admit(a, b, 'admin');
    await admit(b, c);
    // A plain member's approval, an admin naming an admin, and an admin removing the owner count for nothing.
    await d.replica.roster.ask(d.me, 'Новикова', 'invite-1', NOW);
    await decide(c, { kind: 'approve', member: d.me.id, name: 'Новикова', key: d.me.public, role: 'member' });
    await decide(b, { kind: 'role', member: c.me.id, role: 'admin' });
    await decide(b, { kind: 'remove', member: a.me.id });
    await settle(a, b, c, d);
    const roster = a.replica.roster.roster;
    expect([...roster.members.values()].map((m) => [m.name, m.role, m.approvedBy && a.replica.roster.nameOf(m.approvedBy)])).toEqual([
      ['Иванова', 'owner', null],
      ['Петрова', 'admin', 'Иванова'],
      ['Сидорова', 'member', 'Петрова'],
    ]);
    expect(a.replica.roster.pending).toEqual(new Set([d.me.id]));
  });

  it('converges when two admins decide on one newcomer offline, in either order', async () => {
    const a = await member('Иванова');
    const b = await member('Петрова');
    const unlink = connect(a.doc, b.doc);
    await admit(a, b, 'admin');
    const c = await member('Сидорова');
    await c.replica.roster.ask(c.me, 'Сидорова', 'invite-1', NOW);
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(c.doc), PEER);
    await settle(a, b);
    unlink();
    // B approves C while A removes C, neither having seen the other's decision (whatever their clocks say):
    // the removal holds either way, the same for both.
    await decide(b, { kind: 'approve', member: c.me.id, name: 'Сидорова', key: c.me.public, role: 'member' }, NOW + 2000);
    await decide(a, { kind: 'remove', member: c.me.id }, NOW + 1000);
    connect(a.doc, b.doc);
    await settle(a, b);
    const standingOf = (m: typeof a) => [m.replica.roster.roster.members.has(c.me.id), m.replica.roster.roster.removed.has(c.me.id), m.replica.roster.roster.refused.has(c.me.id)];
    for (const m of [a, b]) {
      expect(m.replica.roster.roster.members.has(c.me.id)).toBe(false);
      expect(m.replica.roster.roster.removed.has(c.me.id) || m.replica.roster.roster.refused.has(c.me.id)).toBe(true);
    }
    expect(standingOf(a)).toEqual(standingOf(b));
  });

  it('folds any order of the same events to the same roster (property)', async () => {
    const owner = await ownerOf('Иванова');
    const people = await Promise.all(['Петрова', 'Сидорова', 'Новикова'].map(async (name) => ({ name, me: await createIdentity() })));
    const ownerMe = (await import('./team-fixture')).identity('Иванова');
    const signers = [await ownerMe, ...people.map((p) => p.me)];
    const pool: RosterEvent[] = [];
    let i = 0;
    for (const by of signers) {
      for (const p of people) {
        pool.push(await signEvent(by, TEAM, { kind: 'approve', member: p.me.id, name: p.name, key: p.me.public, role: i % 2 ? 'admin' : 'member' }, `e${i++}`, NOW + (i % 5), []));
        pool.push(await signEvent(by, TEAM, { kind: 'remove', member: p.me.id }, `e${i++}`, NOW + (i % 7), []));
      }
    }
    const hashes = new Map((await nodesOf(pool)).map((n) => [n.event, n.hash]));
    const view = (events: RosterEvent[]) => {
      const r = foldRoster(owner, TEAM, events.map((event) => ({ event, hash: hashes.get(event)! })));
      return JSON.stringify([[...r.members.keys()].sort(), [...r.removed.keys()].sort(), [...r.refused].sort(), [...r.members.values()].map((m) => m.role).sort()]);
    };
    fc.assert(
      fc.property(fc.subarray(pool), fc.nat(), (events, seed) => {
        const shuffled = [...events].sort((x, y) => ((x.id.charCodeAt(1) * 31 + seed) % 17) - ((y.id.charCodeAt(1) * 31 + seed) % 17));
        return view(events) === view(shuffled);
      }),
      { numRuns: 200 },
    );
  });

  it('says when a request cannot be approved: unknown, expired or withdrawn invite', async () => {
    const owner = await ownerOf('Иванова');
    const { identity } = await import('./team-fixture');
    const me = await identity('Иванова');
    const events = [
      await signEvent(me, TEAM, { kind: 'invite', invite: 'inv-old', expires: NOW - DAY }, 'i1', NOW - 8 * DAY, []),
      await signEvent(me, TEAM, { kind: 'invite', invite: 'inv-new', expires: NOW + DAY }, 'i2', NOW, []),
      await signEvent(me, TEAM, { kind: 'invite', invite: 'inv-gone', expires: NOW + DAY }, 'i3', NOW, []),
    ];
    events.push(await signEvent(me, TEAM, { kind: 'withdraw', invite: 'inv-gone' }, 'i4', NOW, [(await nodesOf([events[2]]))[0].hash]));
    const roster = foldRoster(owner, TEAM, await nodesOf(events));
    const newcomer = await createIdentity();
    const request = (invite: string) => ({ member: newcomer.id, team: TEAM, name: 'Н', key: newcomer.public, invite, at: NOW, sig: 'x' });
    expect(requestProblem(roster, request('inv-new'))).toBeNull();
    expect(requestProblem(roster, request('inv-old'))).toBe('expired');
    expect(requestProblem(roster, request('inv-gone'))).toBe('withdrawn');
    expect(requestProblem(roster, request('inv-made-up'))).toBe('unknown-invite');
  });
});

describe('moving after a removal', () => {
  it('seals the new room’s secret to each remaining member, and the removed one cannot open it', async () => {
    const [a, b, c] = await trio();
    await decide(a, { kind: 'remove', member: c.me.id });
    const plan = await planMove(a.replica.roster.roster, 'room-old-00000000000');
    await decide(a, plan.event);
    await settle(a, b, c);
    expect(await moveFor(b.replica.roster.roster, 'room-old-00000000000', b.me)).toEqual({ room: plan.room, secret: plan.secret });
    expect(await moveFor(c.replica.roster.roster, 'room-old-00000000000', c.me)).toBeNull();
    // Only from the room it leaves.
    expect(await moveFor(b.replica.roster.roster, plan.room, b.me)).toBeNull();
  });

  it('is refused when a plain member announces it', async () => {
    const a = await member('Иванова');
    const b = await member('Петрова');
    connect(a.doc, b.doc);
    await admit(a, b);
    const plan = await planMove(b.replica.roster.roster, 'room-old-00000000000');
    await decide(b, plan.event);
    await settle(a, b);
    expect(a.replica.roster.roster.moves).toEqual([]);
  });
});

it('a record signed for another team is refused (no replay across teams)', async () => {
  const { a, b } = await pair();
  const r = violation('Петрова');
  recordsMap(b.doc).set(r.id, toWire(await signRecord(b.me, 'another-team-000000000', r)));
  await settle(a, b);
  expect(await stored(a)).toEqual([]);
  // Guard against a vacuous pass: the same record signed for this team is taken.
  await record(b, violation('Петрова'));
  await settle(a, b);
  expect((await stored(a)).length).toBe(1);
});

describe('checkpoints: a school year verified by author, not by record', () => {
  it('hashes records exactly as earlier versions did, so that the checkpoints they signed still match', async () => {
    const values: Record<string, unknown> = {
      '01KAAAAAAAAAAA': new Uint8Array([1, 0, 255, 10]),
      '01KBBBBBBBBBBB': { r: { reason: 'Грубость в чате', n: 1 }, by: 'x', sig: 'y' },
      'ключ-ё': { emoji: '\ud83d\ude00', lone: '\ud800', long: 'Ж'.repeat(150) },
    };
    // Written by the version before one buffer was filled by hand (each part through TextEncoder).
    expect(await digestOf(Object.keys(values).sort(), (k) => values[k])).toBe('OPC0NK3FaNqCuxhORtOQ7SPI9i9OYC8kaZ-bEW98vh8');
    expect(await digestOf(['01KCCCCCCCCCCC'], () => 10n)).toBeNull();
  });

  async function authorWith(count: number) {
    const { a, b } = await pair();
    const records = Array.from({ length: count }, () => violation('Петрова'));
    for (const r of records) await addAction(b.log, r);
    await b.replica.share(records);
    await settle(a, b);
    return { a, b, records };
  }

  it('a newcomer takes a member’s many records on its checkpoint, and still refuses one changed under it', async () => {
    const { b, records } = await authorWith(CHECKPOINT_MIN + 20);
    expect(checkpointsMap(b.doc).get(b.me.id)).toMatchObject({ by: b.me.id, count: records.length });

    // The whole doc at once, as a new member receives it; one record's content changed on the way.
    const whole = new Y.Doc();
    Y.applyUpdate(whole, Y.encodeStateAsUpdate(b.doc));
    recordsMap(whole).set(records[5].id, rewritten(recordsMap(whole).get(records[5].id), (r) => ({ ...r, reason: 'Подменённая причина' })));
    const fresh = await member('Новикова');
    const clean = await member('Орлова');
    Y.applyUpdate(fresh.doc, Y.encodeStateAsUpdate(whole), PEER);
    Y.applyUpdate(clean.doc, Y.encodeStateAsUpdate(b.doc), PEER);
    await settle(fresh, clean);
    expect((await stored(clean)).length).toBe(records.length);
    // The checkpoint no longer matches: each record's own signature decides, and only the changed one fails.
    expect((await stored(fresh)).length).toBe(records.length - 1);
    expect(await incidentSummary(fresh.log, TEAM)).toMatchObject({ refused: 1 });
  });

  it('a checkpoint over records in both forms (some written by an earlier version) vouches for all of them', async () => {
    const { b, records } = await authorWith(CHECKPOINT_MIN + 20);
    const map = recordsMap(b.doc);
    // Half of them as the version before form 1 wrote them.
    b.doc.transact(() => records.slice(0, 60).forEach((r) => map.set(r.id, objectForm(map.get(r.id)))));
    const more = Array.from({ length: CHECKPOINT_MIN }, () => violation('Петрова'));
    for (const r of more) await addAction(b.log, r);
    await b.replica.share(more);
    expect(checkpointsMap(b.doc).get(b.me.id)).toMatchObject({ count: records.length + more.length });

    const verify = vi.spyOn(crypto.subtle, 'verify');
    const fresh = await member('Новикова');
    Y.applyUpdate(fresh.doc, Y.encodeStateAsUpdate(b.doc), PEER);
    await settle(fresh);
    expect((await stored(fresh)).length).toBe(records.length + more.length);
    // The checkpoint's signature and the roster's, not one for each of the 220 records.
    expect(verify.mock.calls.length).toBeLessThan(20);
    verify.mockRestore();
  });

  it('never vouches for a record written under its author’s name by someone else', async () => {
    const { a, b, records } = await authorWith(CHECKPOINT_MIN + 5);
    // Иванова (a member) writes a record as if Петрова had signed it; Петрова's replica refuses it.
    const claimed = violation('Петрова', { reason: 'Запись, которой Петрова не делала' });
    const good = toWire(await signRecord(b.me, TEAM, violation('Петрова')));
    recordsMap(a.doc).set(claimed.id, toWire({ record: claimed, by: b.me.id, sig: claimOf(good)!.sig }));
    await settle(a, b);
    expect(await stored(b)).not.toContain(claimed.id);
    // Петрова's next checkpoint covers her own records only.
    const more = Array.from({ length: CHECKPOINT_MIN }, () => violation('Петрова'));
    for (const r of more) await addAction(b.log, r);
    await b.replica.share(more);
    await settle(a, b);
    expect(checkpointsMap(b.doc).get(b.me.id)).toMatchObject({ count: records.length + more.length });
    const fresh = await member('Новикова');
    Y.applyUpdate(fresh.doc, Y.encodeStateAsUpdate(b.doc), PEER);
    await settle(fresh);
    expect(await stored(fresh)).not.toContain(claimed.id);
    expect((await stored(fresh)).length).toBe(records.length + more.length);
  });

  it('takes the rest of a year when one record under a checkpoint holds what JSON cannot write', async () => {
    const { b, records } = await authorWith(CHECKPOINT_MIN + 5);
    const whole = new Y.Doc();
    Y.applyUpdate(whole, Y.encodeStateAsUpdate(b.doc));
    // Only an object (form 0) can hold it: a peer writes either form.
    recordsMap(whole).set(records[7].id, objectForm(recordsMap(whole).get(records[7].id), (r) => ({ ...r, time: 10n ** 30n })));
    const fresh = await member('Новикова');
    Y.applyUpdate(fresh.doc, Y.encodeStateAsUpdate(whole), PEER);
    await settle(fresh);
    expect(await stored(fresh)).not.toContain(records[7].id);
    expect((await stored(fresh)).length).toBe(records.length - 1);
  });

  it('ignores a checkpoint that is not its signer’s', async () => {
    const { b, records } = await authorWith(CHECKPOINT_MIN + 5);
    const stranger = await createIdentity();
    // A stranger changes one of Петрова's records and signs a checkpoint in her name over the result.
    const whole = new Y.Doc();
    Y.applyUpdate(whole, Y.encodeStateAsUpdate(b.doc));
    const map = recordsMap(whole);
    map.set(records[3].id, rewritten(map.get(records[3].id), (r) => ({ ...r, reason: 'Подменённая причина' })));
    const keys = keysOf(map, b.me.id);
    const body = { by: b.me.id, team: TEAM, upTo: keys.at(-1)!, count: keys.length, digest: (await digestOf(keys, (k) => map.get(k)))!, at: NOW };
    checkpointsMap(whole).set(b.me.id, { ...body, sig: await sign(stranger, body) });
    const fresh = await member('Новикова');
    Y.applyUpdate(fresh.doc, Y.encodeStateAsUpdate(whole), PEER);
    await settle(fresh);
    expect(await stored(fresh)).not.toContain(records[3].id);
    expect((await stored(fresh)).length).toBe(records.length - 1);
  });
});
