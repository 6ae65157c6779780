import * as Y from 'yjs';
import { recordsMap } from './doc';
import { checkRecords, docContext } from './record-check';
import { NONE_PENDING, standing } from './roster';
import type { RosterReplica } from './roster-replica';
import { claimOf } from './wire-form';

/** The origin of records carried from a room the team left. */
export const RELAY_ORIGIN = 'relay';

/**
 * Copies into the team's room the records a removed member signed in a room the team left (they
 * can still enter it), so the owner and admins see them held, whenever they arrive there: before
 * a member followed the move or long after. Only records their signer's key signed are carried
 * (a claim is not a signature): nothing else is taken from an old room. Returns how many.
 */
export async function carryHeld(from: Y.Doc, to: Y.Doc, roster: RosterReplica, team: string, now: number, keys?: Iterable<string>): Promise<number> {
  if (roster.roster.removed.size === 0) return 0;
  const source = recordsMap(from);
  const target = recordsMap(to);
  const claimed = [...(keys ?? source.keys())].flatMap((key) => {
    if (target.has(key)) return [];
    const value = source.get(key);
    const claim = claimOf(value);
    return claim && standing(roster.roster, NONE_PENDING, claim.by, { id: key, sig: claim.sig }) === 'held' ? [{ key, value, deleted: false }] : [];
  });
  if (claimed.length === 0) return 0;
  const verdicts = await checkRecords(docContext(to, roster), team, claimed, now);
  const carried = claimed.filter(({ key }, i) => verdicts[i].held && !target.has(key));
  if (carried.length === 0 || to.isDestroyed) return 0;
  // Not local: the replica observes it as any arrival.
  Y.transact(to, () => carried.forEach(({ key, value }) => target.set(key, value)), RELAY_ORIGIN, false);
  return carried.length;
}
