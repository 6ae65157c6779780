import { z } from 'zod';

/** What a co-moderator needs to join: the room, its secret (the y-webrtc password) and where to signal. */
export const inviteSchema = z.object({
  v: z.literal(1),
  team: z.string().min(1).max(100),
  room: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/),
  secret: z.string().regex(/^[A-Za-z0-9_-]{43,100}$/, 'секрет: от 43 до 100 символов base64url'),
  signaling: z.array(z.string().max(500).regex(/^wss?:\/\//, 'адрес сигнального сервера: ws:// или wss://')).min(1).max(10),
  /** STUN/TURN servers (e.g. a school's coturn) for networks where peers cannot reach each other directly. */
  iceServers: z
    .array(z.object({ urls: z.union([z.string().max(500), z.array(z.string().max(500)).max(10)]), username: z.string().max(500).optional(), credential: z.string().max(500).optional() }))
    .max(10)
    .optional(),
});
export type Invite = z.infer<typeof inviteSchema>;

const PREFIX = 'STEWARD1:';

export function base64url(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** A new team: a random room id and a 256-bit secret from the platform's CSPRNG. */
export function newTeam(team: string, signaling: string[], iceServers?: Invite['iceServers']): Invite {
  const random = (n: number) => base64url(crypto.getRandomValues(new Uint8Array(n)));
  return inviteSchema.parse({ v: 1, team, room: random(16), secret: random(32), signaling, ...(iceServers?.length ? { iceServers } : {}) });
}

/** The invite as copyable text (also what the QR code holds). */
export function encodeInvite(invite: Invite): string {
  return PREFIX + base64url(new TextEncoder().encode(JSON.stringify(inviteSchema.parse(invite))));
}

export function decodeInvite(code: string): Invite | null {
  const text = code.trim();
  if (!text.startsWith(PREFIX)) return null;
  try {
    const parsed = inviteSchema.safeParse(JSON.parse(new TextDecoder().decode(fromBase64url(text.slice(PREFIX.length)))));
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
  const key = await crypto.subtle.importKey('raw', fromBase64url(invite.secret) as BufferSource, 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: new TextEncoder().encode(invite.room), info: new TextEncoder().encode('chat-steward signaling topic') },
    key,
    128,
  );
  return base64url(new Uint8Array(bits));
}
