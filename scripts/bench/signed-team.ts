import * as Y from 'yjs';
import type { ModerationAction } from '../../core/moderation/actions';
import { makeCheckpoint } from '../../core/team/checkpoint';
import { checkpointsMap, recordsMap, rosterMap } from '../../core/team/doc';
import { createIdentity, type Identity } from '../../core/team/identity';
import { signEvent, type Owner } from '../../core/team/roster';
import { signRecord, toWire } from '../../core/team/signed-record';

export const BENCH_TEAM = 'bench-team-00000000000';

/**
 * A team's doc as members build it: an owner who approved one member per author, every record
 * signed by its author's key, and each author's checkpoint. Real keys and real signatures, so
 * verifying costs what it will.
 */
export async function signedTeam(records: ModerationAction[]): Promise<{ doc: Y.Doc; owner: Owner; team: string; authors: Map<string, Identity> }> {
  const ownerMe = await createIdentity();
  const owner: Owner = { id: ownerMe.id, name: 'Владелец', key: ownerMe.public };
  const authors = new Map<string, Identity>();
  for (const actor of new Set(records.map((r) => r.actor))) authors.set(actor, await createIdentity());
  const doc = new Y.Doc();
  let n = 0;
  for (const [name, me] of authors) {
    const event = await signEvent(ownerMe, BENCH_TEAM, { kind: 'approve', member: me.id, name, key: me.public, role: 'member' }, `approve-${n++}`, Date.parse('2025-08-30T08:00:00Z'), []);
    rosterMap(doc).set(event.id, event);
  }
  const envelopes = await Promise.all(records.map((r) => signRecord(authors.get(r.actor)!, BENCH_TEAM, r)));
  const wires = new Map(envelopes.map((e) => [e.record.id, toWire(e)]));
  doc.transact(() => wires.forEach((wire, id) => recordsMap(doc).set(id, wire)));
  // Each member's extension writes its checkpoint as it opens the team.
  for (const me of authors.values()) {
    const mine = new Set(envelopes.filter((e) => e.by === me.id).map((e) => e.record.id));
    checkpointsMap(doc).set(me.id, await makeCheckpoint(me, BENCH_TEAM, recordsMap(doc), Date.parse('2026-06-01T00:00:00Z'), (key, value) => mine.has(key) && value === wires.get(key)));
  }
  return { doc, owner, team: BENCH_TEAM, authors };
}
