import * as Y from 'yjs';
import { z } from 'zod';
import { FILE_ORIGIN, recordsMap } from './doc';
import { base64urlnopad } from '@scure/base';

/**
 * Offline exchange: the team's whole state as an encrypted file, for when no network path exists.
 * AES-GCM with a key derived (HKDF-SHA-256) from the team secret, so only team members can read it.
 */
const fileSchema = z.object({ format: z.literal('chat-steward-team'), v: z.literal(1), room: z.string(), iv: z.string(), data: z.string() });

async function keyFor(secret: string, room: string): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', base64urlnopad.decode(secret) as BufferSource, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new TextEncoder().encode(room), info: new TextEncoder().encode('chat-steward team file') },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function exportTeamFile(doc: Y.Doc, room: string, secret: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await keyFor(secret, room), Y.encodeStateAsUpdate(doc) as BufferSource);
  return JSON.stringify({ format: 'chat-steward-team', v: 1, room, iv: base64urlnopad.encode(iv), data: base64urlnopad.encode(new Uint8Array(data)) });
}

/** `added`: records the file had that this doc did not. */
export type TeamFileResult = { ok: true; added: number } | { ok: false; problem: 'not-a-team-file' | 'other-team' | 'wrong-secret' };

/** Merges a co-moderator's file into the doc (a Yjs update: order and repeats do not matter). */
export async function importTeamFile(doc: Y.Doc, text: string, room: string, secret: string): Promise<TeamFileResult> {
  let file: z.infer<typeof fileSchema>;
  try {
    file = fileSchema.parse(JSON.parse(text));
  } catch {
    return { ok: false, problem: 'not-a-team-file' };
  }
  if (file.room !== room) return { ok: false, problem: 'other-team' };
  try {
    const update = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: base64urlnopad.decode(file.iv) as BufferSource }, await keyFor(secret, room), base64urlnopad.decode(file.data) as BufferSource);
    const before = recordsMap(doc).size;
    Y.applyUpdate(doc, new Uint8Array(update), FILE_ORIGIN);
    return { ok: true, added: recordsMap(doc).size - before };
  } catch {
    return { ok: false, problem: 'wrong-secret' };
  }
}
