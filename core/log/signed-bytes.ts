import type { Provenance } from './store';
import { parseEnvelope, type Envelope } from '../team/signed-record';
import { readWire } from '../team/wire-form';

/**
 * Team records a page keeps as the bytes they were signed in (form 1), with where each came from.
 * A school year arriving at once is written this way: IndexedDB copies one buffer per page
 * instead of 22 000 objects of twenty fields (a third of a second of a fresh member's sync).
 */
export interface SignedBytes {
  /**
   * The records' ids as JSON text: IndexedDB copies one string where it copied each id (22 000 for
   * a school year, ~30 ms of a fresh member's storing). Pages written before hold a list.
   */
  ids: string | string[];
  /** The records one after another; `ends[i]` is where the i-th ends. */
  bytes: Uint8Array<ArrayBuffer>;
  /** Kept as typed arrays, copied at once where a page is stored (pages written before were plain arrays). */
  ends: ArrayLike<number>;
  /** Each distinct provenance once; `fromOf[i]` is the i-th record's. */
  from: Provenance[];
  fromOf: ArrayLike<number>;
  /** 1 where a record was stored unread, on its signer's checkpoint (see record-check.ts): its content is checked where it is read. */
  unread?: ArrayLike<number>;
}

export interface SignedEntry {
  id: string;
  bytes: Uint8Array;
  from: Provenance;
  unread?: boolean;
}

const sameFrom = (a: Provenance, b: Provenance) => a.source === b.source && a.member === b.member && a.team === b.team;

/** The entries of `held` (if any) and then `added`, packed. */
export function packSigned(held: SignedEntry[], added: SignedEntry[]): SignedBytes {
  const entries = [...held, ...added];
  const bytes = new Uint8Array(entries.reduce((n, e) => n + e.bytes.length, 0));
  const ends = new Uint32Array(entries.length);
  const fromOf = new Uint32Array(entries.length);
  const unread = entries.some((e) => e.unread) ? Uint8Array.from(entries, (e) => (e.unread ? 1 : 0)) : undefined;
  const from: Provenance[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    bytes.set(e.bytes, at);
    at += e.bytes.length;
    ends[i] = at;
    let f = from.findIndex((known) => sameFrom(known, e.from));
    if (f < 0) f = from.push(e.from) - 1;
    fromOf[i] = f;
  });
  return { ids: JSON.stringify(entries.map((e) => e.id)), bytes, ends, from, fromOf, ...(unread && { unread }) };
}

/** The ids of the records packed, in order. */
export const packedIds = (packed: SignedBytes | undefined): string[] => (!packed ? [] : typeof packed.ids === 'string' ? (JSON.parse(packed.ids) as string[]) : packed.ids);

/** The packed entries, as views into its buffer. */
export function signedEntries(packed: SignedBytes | undefined): SignedEntry[] {
  if (!packed) return [];
  return packedIds(packed).map((id, i) => ({ id, bytes: packed.bytes.subarray(i ? packed.ends[i - 1] : 0, packed.ends[i]), from: packed.from[packed.fromOf[i]], unread: packed.unread?.[i] === 1 }));
}

/**
 * A packed record read back, as it was checked when it arrived. If a later version's checks no
 * longer take it, its decoded parts are kept as they are: it was valid when stored, and the store
 * never loses a record for being read by a stricter version. One stored unread is checked here
 * first: what does not hold is not read at all.
 */
export function readSigned({ id, bytes, unread }: SignedEntry): Envelope | null {
  const parsed = parseEnvelope(id, bytes);
  if (parsed.ok) return parsed.envelope;
  if (unread) return null;
  const read = readWire(bytes);
  return read.ok ? { record: { ...read.parts.r, id } as Envelope['record'], by: read.parts.by, sig: read.parts.sig } : null;
}
