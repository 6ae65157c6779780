import { base64urlnopad } from '@scure/base';
import type { Identity } from './identity';
import { newRoom } from './invite';
import type { Roster, UnsignedEvent } from './roster';
import { seal, unseal } from './seal';

/**
 * Moving the team to a new room after a removal: a fresh room and secret, the secret sealed to
 * each remaining member's key, announced in the old room as a signed roster event. The removed
 * member sees that a move happened and nothing else.
 */
export async function planMove(roster: Roster, from: string): Promise<{ event: UnsignedEvent; room: string; secret: string }> {
  const next = newRoom();
  const members = [...roster.members.values()].map((m) => ({ id: m.id, key: m.key }));
  const secret = await seal(base64urlnopad.decode(next.secret), members);
  return { event: { kind: 'move', from, room: next.room, secret }, ...next };
}

/** The room this member should move to from `room`, if a move out of it was sealed to them. */
export async function moveFor(roster: Roster, room: string, me: Identity): Promise<{ room: string; secret: string } | null> {
  for (const move of roster.moves) {
    if (move.from !== room) continue;
    const secret = await unseal(move.secret, me);
    if (secret) return { room: move.room, secret: base64urlnopad.encode(secret) };
  }
  return null;
}
