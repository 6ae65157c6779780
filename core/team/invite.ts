import { z } from 'zod';
import { instantSchema } from '../moderation/actions';
import { base64urlnopad } from '@scure/base';
import { ownerSchema, type Owner } from './roster';

/** Signaling addresses an invite lists at most: several, for failover. */
export const MAX_SIGNALING = 10;

/**
 * What a co-moderator needs to join: the team (its id, name and owner, whose key every approval
 * goes back to), this invite's id and expiry, and the room, its secret (the y-webrtc password) and
 * where to signal. Holding it lets one ask to join; an owner or admin approves.
 */
export const inviteSchema = z.object({
  v: z.literal(2),
  team: z.string().min(1).max(100),
  teamId: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  owner: ownerSchema,
  id: z.string().regex(/^[A-Za-z0-9_-]{8,40}$/),
  expires: instantSchema,
  room: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/),
  secret: z.string().regex(/^[A-Za-z0-9_-]{43,100}$/, 'секрет: от 43 до 100 символов base64url'),
  /** y-webrtc signaling servers (ws://, wss://), or public Nostr relays to meet through (nostr+wss://). */
  signaling: z.array(z.string().max(500).regex(/^(nostr\+)?wss?:\/\//, 'адрес сигнального сервера: ws://, wss:// или nostr+wss://')).min(1).max(MAX_SIGNALING),
  /** STUN/TURN servers (e.g. a school's coturn) for networks where peers cannot reach each other directly. */
  iceServers: z
    .array(z.object({ urls: z.union([z.string().max(500), z.array(z.string().max(500)).max(10)]), username: z.string().max(500).optional(), credential: z.string().max(500).optional() }))
    .max(10)
    .optional(),
  /** Only through the TURN servers: members never learn each other's addresses, and networks that allow no direct path still sync. */
  iceTransportPolicy: z.literal('relay').optional(),
});
export type Invite = z.infer<typeof inviteSchema>;

const PREFIX = 'STEWARD2:';

const random = (n: number) => base64urlnopad.encode(crypto.getRandomValues(new Uint8Array(n)));

/** A room and its 256-bit secret, from the platform's CSPRNG. */
export const newRoom = () => ({ room: random(16), secret: random(32) });

/** How long a new invite can be used to ask to join, by default. */
export const INVITE_DAYS = 7;
const DAY = 86_400_000;

/** A new team with its owner, and its first invite. */
export function newTeam(team: string, owner: Owner, signaling: string[], iceServers: Invite['iceServers'], now: number, relayOnly = false): Invite {
  return inviteSchema.parse({
    v: 2,
    team,
    teamId: random(16),
    owner,
    id: random(9),
    expires: now + INVITE_DAYS * DAY,
    ...newRoom(),
    signaling,
    ...(iceServers?.length ? { iceServers } : {}),
    ...(relayOnly && iceServers?.length ? { iceTransportPolicy: 'relay' } : {}),
  });
}

/** Another invite to the same team and room, valid for `days`. */
export const reissue = (invite: Invite, days: number, now: number): Invite => inviteSchema.parse({ ...invite, id: random(9), expires: now + days * DAY });

export const isExpired = (invite: Invite, now: number) => invite.expires < now;

/** The invite as copyable text (also what the QR code holds). */
export function encodeInvite(invite: Invite): string {
  return PREFIX + base64urlnopad.encode(new TextEncoder().encode(JSON.stringify(inviteSchema.parse(invite))));
}

/** Far longer than any invite (ten signaling and ten ICE servers included): a paste that long is something else. */
const MAX_CODE = 20_000;

export function decodeInvite(code: string): Invite | null {
  const text = code.trim();
  if (!text.startsWith(PREFIX) || text.length > MAX_CODE) return null;
  try {
    const parsed = inviteSchema.safeParse(JSON.parse(new TextDecoder().decode(base64urlnopad.decode(text.slice(PREFIX.length)))));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The name the team's room goes by on the signaling server: derived from the secret (HKDF), so
 * the server, which sees it in clear as the topic, learns nothing it could link to the invite.
 */
export async function signalingTopic(invite: Pick<Invite, 'room' | 'secret'>): Promise<string> {
  const key = await crypto.subtle.importKey('raw', base64urlnopad.decode(invite.secret) as BufferSource, 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: new TextEncoder().encode(invite.room), info: new TextEncoder().encode('chat-steward signaling topic') },
    key,
    128,
  );
  return base64urlnopad.encode(new Uint8Array(bits));
}
