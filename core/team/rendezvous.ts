import { inviteSchema, MAX_SIGNALING, type Invite } from './invite';

/**
 * Where members of a team find each other before they connect directly: public Nostr relays
 * (nothing to run; the relay sees members' network addresses) or the school's own y-webrtc
 * signaling server (recommended where a school has one).
 */
export type Rendezvous = 'public' | 'school';

/** Well-run public relays that pass ephemeral events; a team lists several so one being down changes nothing. */
export const PUBLIC_RELAYS = ['wss://relay.damus.io', 'wss://nos.lol', 'wss://relay.primal.net'];

const NOSTR = 'nostr+';

export type AddressProblem = { problem: 'no-address' | 'too-many' } | { problem: 'bad-address'; address: string };

/** The invite's signaling list from what the form holds, or what is wrong with it. */
export function rendezvousAddresses(kind: Rendezvous, text: string): string[] | AddressProblem {
  const addresses = text.split(/[\s,]+/).filter(Boolean);
  if (!addresses.length) return { problem: 'no-address' };
  if (addresses.length > MAX_SIGNALING) return { problem: 'too-many' };
  const listed = addresses.map((a) => (kind === 'public' && !a.startsWith(NOSTR) ? NOSTR + a : a));
  const bad = listed.findIndex((a) => !inviteSchema.shape.signaling.element.safeParse(a).success || !parsesAsUrl(a.replace(NOSTR, '')));
  return bad >= 0 ? { problem: 'bad-address', address: addresses[bad] } : listed;
}

const parsesAsUrl = (address: string) => {
  try {
    return Boolean(new URL(address).host);
  } catch {
    return false;
  }
};

/** Which rendezvous an invite uses, and its addresses as a teacher would read them. */
export function describeRendezvous(signaling: Invite['signaling']): { kind: Rendezvous; hosts: string[] } {
  const kind = signaling.every((a) => a.startsWith(NOSTR)) ? 'public' : 'school';
  return { kind, hosts: signaling.map((a) => a.replace(NOSTR, '').replace(/^wss?:\/\//, '').replace(/\/$/, '')) };
}

/** A school's TURN server from the form's three fields: null when none was given. */
export function turnServer(url: string, username: string, credential: string): NonNullable<Invite['iceServers']>[number] | null | 'bad-turn' {
  const address = url.trim();
  if (!address) return null;
  if (!/^turns?:[^\s]{3,490}$/.test(address)) return 'bad-turn';
  return { urls: address, ...(username.trim() ? { username: username.trim() } : {}), ...(credential ? { credential } : {}) };
}
