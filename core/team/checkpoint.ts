import { z } from 'zod';
import type * as Y from 'yjs';
import { instantSchema } from '../moderation/actions';
import { base64urlnopad } from '@scure/base';
import { memberIdSchema, sign, verify, type Identity, type PublicIdentity } from './identity';
import { encodeShort } from './fast-utf8';
import { signerOf } from './wire-form';

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

/** A signer's record keys up to `upTo`, in order. */
export function keysOf(map: Y.Map<unknown>, by: string, upTo = '\uffff'): string[] {
  const keys: string[] = [];
  map.forEach((value, key) => {
    if (key <= upTo && signerOf(value) === by) keys.push(key);
  });
  return keys.sort();
}

/** Each signer's record keys, in order: one pass over the records for all signers. */
export function keysBySigner(map: Pick<Y.Map<unknown>, 'forEach'> | Map<string, unknown>): Map<string, string[]> {
  const bySigner = new Map<string, string[]>();
  map.forEach((value, key) => addKey(bySigner, signerOf(value), key));
  return sortKeys(bySigner);
}

/** `keysBySigner`, where each key's signer has been read already (a school year's are read once: see runArrivalJob). */
export function keysBySignerOf(keys: string[], signers: Array<string | undefined>): Map<string, string[]> {
  const bySigner = new Map<string, string[]>();
  keys.forEach((key, i) => addKey(bySigner, signers[i], key));
  return sortKeys(bySigner);
}

function addKey(bySigner: Map<string, string[]>, by: string | undefined, key: string): void {
  if (by === undefined) return;
  const keys = bySigner.get(by);
  if (keys) keys.push(key);
  else bySigner.set(by, [key]);
}

function sortKeys(bySigner: Map<string, string[]>): Map<string, string[]> {
  for (const keys of bySigner.values()) keys.sort();
  return bySigner;
}

/** A value's JSON; null for what JSON cannot write (a peer can put a BigInt or a cycle-free oddity in the doc). */
export function jsonOf(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
}

const utf8 = new TextEncoder();

/** UTF-8 into `into` at `at`; returns where it ends. Keys are short: the native encoder's call would cost more than the key. */
const writeText = (into: Uint8Array, at: number, text: string) => at + (encodeShort(text, into, at) ?? utf8.encodeInto(text, into.subarray(at))).written;

/**
 * The hash over records as the doc holds them: each key, a line feed and the value — its bytes
 * for a record in form 1, its JSON (as UTF-8) for one in form 0 — one after another with line
 * feeds between; null when a value has neither. Written into one buffer: a school year is 22 000
 * records, and a small array each would be as many allocations.
 */
export async function digestOf(keys: string[], valueOf: (key: string) => unknown): Promise<string | null> {
  const values: Array<string | Uint8Array> = [];
  // UTF-8 takes at most three bytes a UTF-16 unit.
  let room = 0;
  for (const k of keys) {
    const value = valueOf(k);
    const part = value instanceof Uint8Array ? value : jsonOf(value);
    if (part === null) return null;
    values.push(part);
    room += 2 + k.length * 3 + (typeof part === 'string' ? part.length * 3 : part.length);
  }
  const whole = new Uint8Array(room);
  let at = 0;
  keys.forEach((k, i) => {
    if (i) whole[at++] = 10;
    at = writeText(whole, at, k);
    whole[at++] = 10;
    const part = values[i];
    if (typeof part === 'string') at = writeText(whole, at, part);
    else {
      whole.set(part, at);
      at += part.length;
    }
  });
  return base64urlnopad.encode(new Uint8Array(await crypto.subtle.digest('SHA-256', whole.subarray(0, at))));
}

const unsigned = ({ sig: _s, ...rest }: Checkpoint) => rest;

/**
 * This member's checkpoint over its records in the doc that are as it signed them (`signedAsIs`
 * says so of a key and the value the doc holds under it, from the member's own store); null when
 * it has none. A record someone else wrote under its name, or changed in the doc, is never
 * vouched for: it is left out, the checkpoint then matches no receiver's doc, and there each
 * record's own signature decides.
 */
export async function makeCheckpoint(
  me: Identity,
  team: string,
  map: Y.Map<unknown>,
  at: number,
  signedAsIs: (key: string, value: unknown) => boolean,
  /** The member's keys, in order, when the caller has them already. */
  claimed = keysOf(map, me.id),
): Promise<Checkpoint | null> {
  const keys = claimed.filter((k) => signedAsIs(k, map.get(k)));
  const digest = keys.length ? await digestOf(keys, (k) => map.get(k)) : null;
  if (digest === null) return null;
  const body = { by: me.id, team, upTo: keys.at(-1)!, count: keys.length, digest, at };
  return { ...body, sig: await sign(me, body) };
}

/**
 * The keys a checkpoint vouches for, when its signature holds and the signer's records up to it
 * (`signed`: all its keys in the doc, in order) are exactly what it hashed; null otherwise (then
 * each record's own signature is checked).
 */
export async function vouched(checkpoint: Checkpoint, team: string, key: PublicIdentity, signed: string[], valueOf: (key: string) => unknown): Promise<string[] | null> {
  if (checkpoint.team !== team) return null;
  const keys = signed.filter((k) => k <= checkpoint.upTo);
  if (keys.length !== checkpoint.count) return null;
  // Both started at once: the hash's text is made now, the hashing and the signature's check run off the main thread.
  const [holds, digest] = await Promise.all([verify(key, unsigned(checkpoint), checkpoint.sig), digestOf(keys, valueOf)]);
  return holds && digest === checkpoint.digest ? keys : null;
}
