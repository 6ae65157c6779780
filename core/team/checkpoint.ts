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

/** The hash over the records as they are (each key and its value's JSON, in key order). */
export async function digestOf(keys: string[], valueOf: (key: string) => unknown): Promise<string> {
  const text = keys.map((k) => `${k}\n${JSON.stringify(valueOf(k))}`).join('\n');
  return base64urlnopad.encode(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
}

const unsigned = ({ sig: _s, ...rest }: Checkpoint) => rest;

/** This member's checkpoint over its records in the doc; null when it has none. */
export async function makeCheckpoint(me: Identity, team: string, map: Y.Map<unknown>, at: number): Promise<Checkpoint | null> {
  const keys = keysOf(map, me.id);
  if (!keys.length) return null;
  const body = { by: me.id, team, upTo: keys.at(-1)!, count: keys.length, digest: await digestOf(keys, (k) => map.get(k)), at };
  return { ...body, sig: await sign(me, body) };
}

/**
 * The keys a checkpoint vouches for, when its signature holds and the signer's records up to it
 * are exactly what it hashed; null otherwise (then each record's own signature is checked).
 */
export async function vouched(checkpoint: Checkpoint, team: string, key: PublicIdentity, map: Y.Map<unknown>, valueOf: (key: string) => unknown): Promise<string[] | null> {
  if (checkpoint.team !== team) return null;
  const keys = keysOf(map, checkpoint.by, checkpoint.upTo);
  if (keys.length !== checkpoint.count || !(await verify(key, unsigned(checkpoint), checkpoint.sig))) return null;
  return (await digestOf(keys, valueOf)) === checkpoint.digest ? keys : null;
}
