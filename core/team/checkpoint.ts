import { z } from 'zod';
import type * as Y from 'yjs';
import { instantSchema } from '../moderation/actions';
import { base64urlnopad } from '@scure/base';
import { memberIdSchema, sign, verify, type Identity, type PublicIdentity } from './identity';

/**
 * A member's signed word for all its records so far: their number and a SHA-256 over each
 * record as the doc holds it. A member receiving a school year at once checks one signature
 * and one hash per author instead of one signature per record; each record keeps its own
 * signature, which is what is checked whenever the checkpoint does not match exactly.
 */
export const checkpointSchema = z.object({
  by: memberIdSchema,
  team: z.string().min(1).max(100),
  /** The last record key covered: every key of this signer up to it. */
  upTo: z.string().max(100),
  count: z.number().int().min(1),
  digest: z.string().max(100),
  at: instantSchema,
  sig: z.string().max(200),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

/** How many of one signer's records must arrive together before a checkpoint is worth checking. */
export const CHECKPOINT_MIN = 100;

const signerOf = (value: unknown) => (value as { by?: unknown } | null)?.by;

/** A signer's record keys up to `upTo`, in order. */
export function keysOf(map: Y.Map<unknown>, by: string, upTo = '\uffff'): string[] {
  const keys: string[] = [];
  map.forEach((value, key) => {
    if (key <= upTo && signerOf(value) === by) keys.push(key);
  });
  return keys.sort();
}

/** A value's JSON; null for what JSON cannot write (a peer can put a BigInt or a cycle-free oddity in the doc). */
export function jsonOf(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
}

/** The hash over the records' texts (each key and its value's JSON, in key order); null when one has none. */
async function hashOf(keys: string[], textOf: (key: string) => string | null | undefined): Promise<string | null> {
  const lines: string[] = [];
  for (const k of keys) {
    const text = textOf(k);
    if (typeof text !== 'string') return null;
    lines.push(`${k}\n${text}`);
  }
  return base64urlnopad.encode(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(lines.join('\n')))));
}

/** The hash over the records as they are; null when one of them has no JSON (then it matches no checkpoint). */
export const digestOf = (keys: string[], valueOf: (key: string) => unknown) => hashOf(keys, (k) => jsonOf(valueOf(k)));

const unsigned = ({ sig: _s, ...rest }: Checkpoint) => rest;

/**
 * This member's checkpoint over its records in the doc that are as it signed them (`signedAsIs`
 * says so of a key and the JSON the doc holds under it, from the member's own store); null when
 * it has none. A record someone else wrote under its name, or changed in the doc, is never
 * vouched for: it is left out, the checkpoint then matches no receiver's doc, and there each
 * record's own signature decides.
 */
export async function makeCheckpoint(
  me: Identity,
  team: string,
  map: Y.Map<unknown>,
  at: number,
  signedAsIs: (key: string, json: string) => boolean,
  /** The member's keys, in order, when the caller has them already. */
  claimed = keysOf(map, me.id),
): Promise<Checkpoint | null> {
  const texts = new Map<string, string>();
  for (const k of claimed) {
    const json = jsonOf(map.get(k));
    if (json !== null && signedAsIs(k, json)) texts.set(k, json);
  }
  const keys = [...texts.keys()];
  if (!keys.length) return null;
  const body = { by: me.id, team, upTo: keys.at(-1)!, count: keys.length, digest: (await hashOf(keys, (k) => texts.get(k)))!, at };
  return { ...body, sig: await sign(me, body) };
}

/**
 * The keys a checkpoint vouches for, when its signature holds and the signer's records up to it
 * are exactly what it hashed; null otherwise (then each record's own signature is checked).
 */
export async function vouched(checkpoint: Checkpoint, team: string, key: PublicIdentity, map: Y.Map<unknown>, valueOf: (key: string) => unknown): Promise<string[] | null> {
  if (checkpoint.team !== team) return null;
  const keys = keysOf(map, checkpoint.by, checkpoint.upTo);
  if (keys.length !== checkpoint.count) return null;
  // Both started at once: the hash's text is made now, the hashing and the signature's check run off the main thread.
  const [signed, digest] = await Promise.all([verify(key, unsigned(checkpoint), checkpoint.sig), digestOf(keys, valueOf)]);
  return signed && digest === checkpoint.digest ? keys : null;
}
