import { z } from 'zod';

/** What a co-moderator needs to join: the room, its secret (the y-webrtc password) and where to signal. */
export const inviteSchema = z.object({
  v: z.literal(1),
  team: z.string().min(1).max(100),
  room: z.string().regex(/^[A-Za-z0-9_-]{16,}$/),
  secret: z.string().regex(/^[A-Za-z0-9_-]{43,}$/, 'секрет слишком короткий'),
  signaling: z.array(z.string().regex(/^wss?:\/\//, 'адрес сигнального сервера: ws:// или wss://')).min(1),
  /** STUN/TURN servers (e.g. a school's coturn) for networks where peers cannot reach each other directly. */
  iceServers: z
    .array(z.object({ urls: z.union([z.string(), z.array(z.string())]), username: z.string().optional(), credential: z.string().optional() }))
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
