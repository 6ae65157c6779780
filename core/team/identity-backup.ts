import { base64urlnopad } from '@scure/base';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { z } from 'zod';
import { exportIdentity, identityFileSchema, importIdentity, type Identity } from './identity';

/**
 * This browser's identity (and the team it is in) saved to a file sealed with a passphrase, to be
 * restored on a new profile or browser with the same standing: scrypt (memory-hard, from
 * @noble/hashes) makes the key from the passphrase, AES-GCM seals the keys.
 */
const SCRYPT = { N: 2 ** 16, r: 8, p: 1 } as const;
export const MIN_PASSPHRASE = 8;

const b64 = z.string().regex(/^[A-Za-z0-9_-]+$/).max(200_000);
const backupFileSchema = z.object({
  format: z.literal('chat-steward-identity'),
  v: z.literal(1),
  kdf: z.object({ name: z.literal('scrypt'), N: z.number().int().min(2 ** 14).max(2 ** 20), r: z.number().int().min(1).max(16), p: z.number().int().min(1).max(4), salt: b64 }),
  /** SHA-256 of the second half of what the passphrase derives: tells a wrong passphrase from a damaged file. */
  check: b64,
  iv: b64,
  sealed: b64,
});

const contentSchema = z.object({ identity: identityFileSchema, team: z.unknown().nullable() });

export type BackupProblem = 'not-a-backup' | 'wrong-passphrase' | 'damaged' | 'short-passphrase' | 'not-extractable';

async function keys(passphrase: string, salt: Uint8Array, params: { N: number; r: number; p: number }) {
  const derived = await scryptAsync(new TextEncoder().encode(passphrase.normalize('NFC')), salt, { ...params, dkLen: 64 });
  const aes = await crypto.subtle.importKey('raw', derived.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
  const check = base64urlnopad.encode(new Uint8Array(await crypto.subtle.digest('SHA-256', derived.slice(32))));
  return { aes, check };
}

/** The backup file's text; refused for a short passphrase or keys this browser cannot read out. */
export async function sealBackup(identity: Identity, team: unknown, passphrase: string): Promise<{ ok: true; text: string } | { ok: false; problem: BackupProblem }> {
  if (passphrase.length < MIN_PASSPHRASE) return { ok: false, problem: 'short-passphrase' };
  if (!identity.signKey.extractable || !identity.agreeKey.extractable) return { ok: false, problem: 'not-extractable' };
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const { aes, check } = await keys(passphrase, salt, SCRYPT);
  const content = new TextEncoder().encode(JSON.stringify({ identity: await exportIdentity(identity), team: team ?? null }));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, aes, content));
  const file = { format: 'chat-steward-identity', v: 1, kdf: { name: 'scrypt', ...SCRYPT, salt: base64urlnopad.encode(salt) }, check, iv: base64urlnopad.encode(iv), sealed: base64urlnopad.encode(sealed) };
  return { ok: true, text: JSON.stringify(file, null, 2) };
}

/** The identity and team a backup holds, or why it cannot be opened (nothing is changed either way). */
export async function openBackup(text: string, passphrase: string): Promise<{ ok: true; identity: Identity; team: unknown } | { ok: false; problem: BackupProblem }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-a-backup' };
  }
  const file = backupFileSchema.safeParse(json);
  if (!file.success) return { ok: false, problem: (json as { format?: unknown } | null)?.format === 'chat-steward-identity' ? 'damaged' : 'not-a-backup' };
  const { kdf, check, iv, sealed } = file.data;
  let content: unknown;
  try {
    const derived = await keys(passphrase, base64urlnopad.decode(kdf.salt), kdf);
    if (derived.check !== check) return { ok: false, problem: 'wrong-passphrase' };
    const bytes = (text: string) => base64urlnopad.decode(text) as Uint8Array<ArrayBuffer>;
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(iv) }, derived.aes, bytes(sealed));
    content = JSON.parse(new TextDecoder().decode(plain));
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const parsed = contentSchema.safeParse(content);
  if (!parsed.success) return { ok: false, problem: 'damaged' };
  try {
    return { ok: true, identity: await importIdentity(parsed.data.identity, true), team: parsed.data.team };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}
