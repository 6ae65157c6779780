import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { readAny, readString, readUnique } from './fast-utf8';

/**
 * A signed record as the team's doc holds it since form 1: one byte string — the form, the
 * signer, the signature, the time, then the rest of the record (lib0's encoding, as Yjs writes
 * values). Yjs keeps it as it came, a view into the update that brought it, so loading a school
 * year decodes no record at all; a record is decoded when it is checked, once. Its signer and
 * time are read without decoding the rest (checkpoints, retention).
 *
 * Form 0 is the envelope as an object ({ r, by, sig }), which members before form 1 wrote and
 * read: still read, never written. A form above FORM is a newer version's: every later form keeps
 * this header and signs its rest as bytes (see `newerSignedPart`, signed-record.ts), so that this
 * version holds a member's newer record until the extension is updated, and refuses anyone else's
 * bytes that merely claim a newer form.
 */
export const FORM = 1;

/** The parts of a record in the doc, before its record is checked (a peer wrote them). */
export interface WireParts {
  by: string;
  sig: string;
  /** The record without its id (the key it is filed under). */
  r: Record<string, unknown>;
}

/** A record of a later form, as far as this version reads it: the header, and the rest as it came. */
export interface NewerParts {
  form: number;
  by: string;
  sig: string;
  time: number;
  rest: Uint8Array;
}

/** `own`: the record was decoded for this read (form 1), so the caller may add to it; form 0's is the doc's own object. */
export type WireRead = { ok: true; parts: WireParts; own: boolean } | { ok: false; problem: 'invalid' } | { ok: false; problem: 'newer'; newer: NewerParts };

const INVALID: WireRead = { ok: false, problem: 'invalid' };

export function encodeWire({ by, sig, r }: WireParts): Uint8Array {
  const { time, ...rest } = r;
  // Only records checked on their way in are written: a time that is no instant is a bug here.
  if (!Number.isSafeInteger(time) || (time as number) < 0) throw new Error('a record without its time');
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, FORM);
  encoding.writeVarString(encoder, by);
  encoding.writeVarString(encoder, sig);
  encoding.writeVarUint(encoder, time as number);
  encoding.writeAny(encoder, rest as { [key: string]: encoding.AnyEncodable });
  return encoding.toUint8Array(encoder);
}

/** An object as JSON gives (not an array, nor a Y type or other class a peer could put in the doc). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A value's form (-1 when it has none) and a decoder past it. */
function opened(bytes: Uint8Array): { form: number; decoder: decoding.Decoder } {
  const decoder = decoding.createDecoder(bytes);
  return { form: bytes.length ? decoding.readVarUint(decoder) : -1, decoder };
}

/** A form-1 header, read from a decoder past the form: signer, signature, time; the rest follows. */
function header(decoder: decoding.Decoder): { by: string; sig: string; time: number } {
  const by = readString(decoder);
  const sig = readUnique(decoder);
  return { by, sig, time: decoding.readVarUint(decoder) };
}

/** A record's parts as the doc holds them, in either form; what is broken is 'invalid', a newer form 'newer'. */
export function readWire(value: unknown): WireRead {
  try {
    if (value instanceof Uint8Array) {
      const { form, decoder } = opened(value);
      if (form < FORM) return INVALID;
      const { by, sig, time } = header(decoder);
      if (form > FORM) return { ok: false, problem: 'newer', newer: { form, by, sig, time, rest: value.subarray(decoder.pos) } };
      const r = readAny(decoder);
      if (decoding.hasContent(decoder) || !isPlainObject(r) || Object.hasOwn(r, 'time')) return INVALID;
      r.time = time;
      return { ok: true, parts: { by, sig, r }, own: true };
    }
    const { r, by, sig } = (value ?? {}) as Partial<WireParts>;
    return isPlainObject(value) && isPlainObject(r) && typeof by === 'string' && typeof sig === 'string' ? { ok: true, parts: { by, sig, r }, own: false } : INVALID;
  } catch {
    return INVALID;
  }
}

/**
 * One part of what a record in the doc claims, read without decoding the rest: `fromHeader` reads
 * a form-1 value's header, `fromObject` a form-0 object; undefined for anything else or broken.
 */
function claimed<T>(value: unknown, fromHeader: (decoder: decoding.Decoder) => T, fromObject: (value: Record<string, unknown>) => T | undefined): T | undefined {
  try {
    if (value instanceof Uint8Array) {
      const { form, decoder } = opened(value);
      return form === FORM ? fromHeader(decoder) : undefined;
    }
    return value !== null && typeof value === 'object' ? fromObject(value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The signer and signature a record in the doc claims; null when it has none. */
export function claimOf(value: unknown): { by: string; sig: string } | null {
  return (
    claimed(
      value,
      (decoder) => {
        const { by, sig } = header(decoder);
        return { by, sig };
      },
      ({ by, sig }) => (typeof by === 'string' && typeof sig === 'string' ? { by, sig } : undefined),
    ) ?? null
  );
}

/** The signer a record in the doc claims (the checkpoints group records by it), read on its own: a school year asks it of every record. */
export const signerOf = (value: unknown): string | undefined => claimed(value, readString, ({ by }) => (typeof by === 'string' ? by : undefined));

/** The time a record in the doc claims (retention). */
export const timeOf = (value: unknown): number | undefined =>
  claimed(
    value,
    (decoder) => {
      // The signer and signature skipped, not read: a school year's arrival asks every record its time.
      decoding.readVarUint8Array(decoder);
      decoding.readVarUint8Array(decoder);
      return decoding.readVarUint(decoder);
    },
    ({ r }) => {
      const time = (r as { time?: unknown } | null | undefined)?.time;
      return typeof time === 'number' ? time : undefined;
    },
  );
