import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createIdentity } from '@/core/team/identity';
import { recordsMap, requestsMap, rosterMap } from '@/core/team/doc';
import { claimOf } from '@/core/team/wire-form';
import { RosterReplica } from '@/core/team/roster-replica';
import type { RosterEvent } from '@/core/team/roster';
import { DAY, NOW, PEER, TEAM, admit, closeAll, connect, decide, member, ownerOf, record, settle, stored, violation, type Member } from './team-fixture';

afterEach(closeAll);

/** The owner Иванова with Петрова and Сидорова approved; each of the two can be taken offline and back. */
async function team(roles: { b?: 'admin' | 'member'; c?: 'admin' | 'member' } = {}) {
  const [a, b, c] = [await member('Иванова'), await member('Петрова'), await member('Сидорова')];
  const ac = connect(a.doc, c.doc);
  const ab = connect(a.doc, b.doc);
  const bc = connect(b.doc, c.doc);
  const links = { b: () => (ab(), bc()), c: () => (ac(), bc()) };
  await admit(a, b, roles.b ?? 'member');
  await admit(a, c, roles.c ?? 'member');
  await settle(a, b, c);
  return { a, b, c, links };
}

const view = (m: Member) => {
  const r = m.replica.roster.roster;
  return { members: [...r.members.keys()].sort(), removed: [...r.removed.keys()].sort(), refused: [...r.refused].sort(), roles: [...r.members.values()].map((x) => `${x.id}:${x.role}`).sort() };
};

describe('order by what was seen, not by the dates signers write', () => {
  it('a removed admin’s removal of a member and approval of a puppet, dated before its own removal, are not applied', async () => {
    const { a, b, c, links } = await team({ b: 'admin' });
    links.b();
    await decide(a, { kind: 'remove', member: b.me.id }, NOW + DAY);
    // Петрова, removed but still holding her key, signs «earlier» decisions.
    const puppet = await createIdentity();
    await decide(b, { kind: 'remove', member: c.me.id }, NOW - DAY);
    await decide(b, { kind: 'approve', member: puppet.id, name: 'Марионетка', key: puppet.public, role: 'member' }, NOW - DAY);
    connect(a.doc, b.doc, c.doc);
    await settle(a, b, c);
    for (const m of [a, c]) {
      expect(m.replica.roster.roster.members.has(c.me.id)).toBe(true);
      expect(m.replica.roster.roster.members.has(puppet.id)).toBe(false);
      expect(m.replica.roster.roster.removed.has(b.me.id)).toBe(true);
    }
  });

  it('a removed member’s records signed after the removal but dated before it are held, not taken in; an admin lets one in', async () => {
    const { a, b, c, links } = await team({ c: 'admin' });
    const before = violation('Петрова', { time: NOW - 2 * DAY });
    await record(b, before);
    await settle(a, b, c);
    links.b();
    await decide(a, { kind: 'remove', member: b.me.id }, NOW);
    await settle(a, c);
    const old1 = violation('Петрова', { time: NOW - DAY });
    const old2 = violation('Петрова', { time: NOW - DAY + 1000 });
    await record(b, old1);
    await record(b, old2);
    connect(a.doc, b.doc, c.doc);
    await settle(a, b, c);
    for (const m of [a, c]) {
      expect(await stored(m)).toEqual([before.id]);
      expect([...m.replica.heldFromRemoved.keys()].sort()).toEqual([old1.id, old2.id].sort());
    }
    // Сидорова (an admin) decides one of them is an honest record that travelled offline.
    const sig = claimOf(recordsMap(c.doc).get(old1.id))!.sig;
    await decide(c, { kind: 'admit', records: [{ id: old1.id, sig }] });
    await settle(a, b, c);
    for (const m of [a, c]) {
      expect((await stored(m)).sort()).toEqual([before.id, old1.id].sort());
      expect([...m.replica.heldFromRemoved.keys()]).toEqual([old2.id]);
    }
  });

  it('two admins who remove each other offline change nothing (only the owner removes an admin), the same everywhere', async () => {
    const { a, b, c, links } = await team({ b: 'admin', c: 'admin' });
    links.b();
    links.c();
    await decide(b, { kind: 'remove', member: c.me.id });
    await decide(c, { kind: 'remove', member: b.me.id });
    connect(a.doc, b.doc, c.doc);
    await settle(a, b, c);
    for (const m of [a, b, c]) {
      expect(m.replica.roster.roster.members.has(b.me.id)).toBe(true);
      expect(m.replica.roster.roster.members.has(c.me.id)).toBe(true);
    }
    expect(view(a)).toEqual(view(b));
    expect(view(a)).toEqual(view(c));
  });

  it('only the owner undoes a removal made by mistake, with an approval made after it; what the member wrote meanwhile is then taken in', async () => {
    const { a, b, c } = await team({ c: 'admin' });
    await decide(a, { kind: 'remove', member: b.me.id });
    await settle(a, b, c);
    const meanwhile = violation('Петрова', { time: NOW + 1000 });
    await record(b, meanwhile);
    await settle(a, b, c);
    expect(await stored(a)).toEqual([]);
    // An admin cannot bring her back; the owner can.
    await decide(c, { kind: 'approve', member: b.me.id, name: 'Петрова', key: b.me.public, role: 'member' });
    await settle(a, b, c);
    expect(a.replica.roster.roster.members.has(b.me.id)).toBe(false);
    await decide(a, { kind: 'approve', member: b.me.id, name: 'Петрова', key: b.me.public, role: 'member' });
    await settle(a, b, c);
    for (const m of [a, c]) {
      expect(m.replica.roster.roster.members.has(b.me.id)).toBe(true);
      expect(await stored(m)).toEqual([meanwhile.id]);
    }
  });
});

describe('any order of arrival, the same roster', () => {
  it('the same events reaching a member in any order — with concurrent removals by two admins — fold to the same roster (property)', async () => {
    const { a, b, c, links } = await team({ b: 'admin', c: 'admin' });
    const d = await member('Новикова');
    connect(a.doc, b.doc, c.doc, d.doc);
    await admit(a, d);
    await settle(a, b, c, d);
    links.b();
    links.c();
    // Offline from each other: both admins remove Новикова; Петрова also removes Сидорова, who names Новикова an admin.
    await decide(b, { kind: 'remove', member: d.me.id });
    await decide(c, { kind: 'remove', member: d.me.id });
    await decide(b, { kind: 'remove', member: c.me.id });
    await decide(c, { kind: 'role', member: d.me.id, role: 'admin' });
    connect(a.doc, b.doc, c.doc, d.doc);
    await settle(a, b, c, d);
    const events = [...rosterMap(a.doc).values()] as RosterEvent[];
    const requests = [...requestsMap(a.doc).entries()];
    const expected = JSON.stringify(view(a));
    const owner = await ownerOf('Иванова');
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(events, { minLength: events.length }), fc.integer({ min: 1, max: 4 }), async (order, batch) => {
        const doc = new Y.Doc();
        const replica = new RosterReplica(doc, owner, TEAM);
        doc.transact(() => requests.forEach(([k, v]) => requestsMap(doc).set(k, v)));
        for (let i = 0; i < order.length; i += batch) {
          doc.transact(() => order.slice(i, i + batch).forEach((e) => rosterMap(doc).set(e.id, e)));
          await replica.refresh();
        }
        const r = replica.roster;
        return JSON.stringify({ members: [...r.members.keys()].sort(), removed: [...r.removed.keys()].sort(), refused: [...r.refused].sort(), roles: [...r.members.values()].map((x) => `${x.id}:${x.role}`).sort() }) === expected;
      }),
      { numRuns: 40 },
    );
  });
});

describe('the owner can be replaced', () => {
  it('hands the team to a member while an offline admin approves someone: the approval stays, the new owner names admins, the old one no longer can', async () => {
    const { a, b, c, links } = await team({ c: 'admin' });
    const d = await member('Новикова');
    await d.replica.roster.ask(d.me, d.name, 'invite-1', NOW);
    Y.applyUpdate(c.doc, Y.encodeStateAsUpdate(d.doc), PEER);
    await settle(c);
    links.c();
    await decide(a, { kind: 'owner', member: b.me.id });
    // Сидорова, offline, approves Новикова meanwhile.
    await decide(c, { kind: 'approve', member: d.me.id, name: d.name, key: d.me.public, role: 'member' });
    connect(a.doc, b.doc, c.doc);
    await settle(a, b, c);
    for (const m of [a, b, c]) {
      expect(m.replica.roster.roster.members.get(b.me.id)?.role).toBe('owner');
      expect(m.replica.roster.roster.members.get(a.me.id)?.role).toBe('admin');
      expect(m.replica.roster.roster.members.has(d.me.id)).toBe(true);
    }
    // Only the new owner names admins now.
    await decide(a, { kind: 'role', member: d.me.id, role: 'admin' });
    await settle(a, b, c);
    expect(b.replica.roster.roster.members.get(d.me.id)?.role).toBe('member');
    await decide(b, { kind: 'role', member: d.me.id, role: 'admin' });
    await settle(a, b, c);
    expect(a.replica.roster.roster.members.get(d.me.id)?.role).toBe('admin');
  });
});
