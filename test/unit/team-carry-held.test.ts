import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { carryHeld } from '@/core/team/carry-held';
import { recordsMap } from '@/core/team/doc';
import { incidentSummary } from '@/core/team/incidents';
import { signRecord, toWire } from '@/core/team/signed-record';
import { NOW, PEER, TEAM, admit, closeAll, connect, decide, docIds, member, record, rewritten, settle, stored, violation } from './team-fixture';

afterEach(closeAll);

describe('records a removed member writes in the room the team left', () => {
  it('reach the team’s room held, whenever they come; a member’s, a forged one and what the room already has stay behind', async () => {
    const a = await member('Иванова');
    const b = await member('Петрова');
    const unlink = connect(a.doc, b.doc);
    await admit(a, b);
    const before = violation('Петрова');
    await record(b, before);
    await settle(a, b);
    unlink();
    // The room A leaves, as A's relay keeps it; Петрова is removed while away.
    const oldRoom = new Y.Doc();
    Y.applyUpdate(oldRoom, Y.encodeStateAsUpdate(a.doc), PEER);
    await decide(a, { kind: 'remove', member: b.me.id });
    await settle(a);
    expect(await carryHeld(oldRoom, a.doc, a.replica.roster, TEAM, NOW)).toBe(0);

    // Later she comes back to the old room with two records, one of them forged afterwards.
    const after = violation('Петрова', { reason: 'После удаления' });
    const forged = violation('Петрова', { reason: 'Подделка' });
    await record(b, after);
    const signed = toWire(await signRecord(b.me, TEAM, forged));
    Y.applyUpdate(oldRoom, Y.encodeStateAsUpdate(b.doc), PEER);
    recordsMap(oldRoom).set(forged.id, rewritten(signed, (r) => ({ ...r, reason: 'Другое' })));
    // An approved member's record that only the old room has is not the relay's to carry.
    const stray = violation('Иванова');
    recordsMap(oldRoom).set(stray.id, toWire(await signRecord(a.me, TEAM, stray)));

    const told = a.changes;
    expect(await carryHeld(oldRoom, a.doc, a.replica.roster, TEAM, NOW)).toBe(1);
    await settle(a);
    // The team status is told: it names what is held.
    expect(a.changes).toBeGreaterThan(told);
    expect(docIds(a.doc)).toContain(after.id);
    expect(docIds(a.doc)).not.toContain(forged.id);
    expect(docIds(a.doc)).not.toContain(stray.id);
    expect([...a.replica.heldFromRemoved.keys()]).toEqual([after.id]);
    expect(await stored(a)).toEqual([before.id]);
    expect((await incidentSummary(a.log, TEAM)).refused).toBe(0);
    // Carried once: asking again carries nothing more.
    expect(await carryHeld(oldRoom, a.doc, a.replica.roster, TEAM, NOW, [after.id, forged.id])).toBe(0);
  });
});
