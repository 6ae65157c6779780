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

/** What the store files a record under (see `filedOf`): its signer and time, its chat, and its participant's id if any. */
export interface FiledParts {
  by: string;
  time: number;
  chat: { site: string; id: string };
  subject: string | null;
}

const ascii = (word: string) => Uint8Array.from(word, (c) => c.charCodeAt(0));
const [CHAT, SUBJECT, SITE, ID, TIME] = ['chat', 'subject', 'site', 'id', 'time'].map(ascii);

/** Whether `bytes[at, at + length)` are `word` (object keys, compared without decoding them). */
function isWordAt(bytes: Uint8Array, at: number, length: number, word: Uint8Array): boolean {
  if (length !== word.length) return false;
  for (let i = 0; i < length; i++) if (bytes[at + i] !== word[i]) return false;
  return true;
}

/** Whether the next `length` bytes are `word`. */
const isWord = (decoder: decoding.Decoder, length: number, word: Uint8Array) => isWordAt(decoder.arr, decoder.pos, length, word);

/** Steps over a length and that many bytes (a string, a key). */
function skipBytes(decoder: decoding.Decoder): void {
  const length = decoding.readVarUint(decoder);
  decoder.pos += length;
}

/** Steps over one value of lib0's `writeAny`, decoding nothing; throws on what it does not know. */
function skipAny(decoder: decoding.Decoder): void {
  if (decoder.pos >= decoder.arr.length) throw new Error('unexpected end');
  const type = decoding.readUint8(decoder);
  if (type === 125) decoding.readVarInt(decoder);
  else if (type === 124) decoder.pos += 4;
  else if (type === 123 || type === 122) decoder.pos += 8;
  else if (type === 119 || type === 116) skipBytes(decoder);
  else if (type === 118 || type === 117) {
    const length = decoding.readVarUint(decoder);
    for (let i = 0; i < length; i++) {
      if (type === 118) skipBytes(decoder);
      skipAny(decoder);
    }
  } else if (type < 120 || type > 127) throw new Error('not a value');
}

/** The string that comes next; undefined (stepped over) for any other value. */
function stringOrSkip(decoder: decoding.Decoder): string | undefined {
  if (decoder.arr[decoder.pos] !== 119) return void skipAny(decoder);
  decoder.pos++;
  return readString(decoder);
}

/** The object that comes next: its string values under `first` and `second` (the last where a key repeats). */
function twoStrings(decoder: decoding.Decoder, first: Uint8Array, second: Uint8Array | null): [string | undefined, string | undefined] {
  let a: string | undefined;
  let b: string | undefined;
  if (decoding.readUint8(decoder) !== 118) throw new Error('not an object');
  const length = decoding.readVarUint(decoder);
  for (let i = 0; i < length; i++) {
    const size = decoding.readVarUint(decoder);
    const isFirst = isWord(decoder, size, first);
    const isSecond = !isFirst && second !== null && isWord(decoder, size, second);
    decoder.pos += size;
    if (isFirst) a = stringOrSkip(decoder);
    else if (isSecond) b = stringOrSkip(decoder);
    else skipAny(decoder);
  }
  return [a, b];
}

/**
 * What the store files a form-1 record under — signer, time, chat, participant — read without
 * decoding the rest of it: a record a checkpoint vouches for is stored so, and its content is read (and
 * checked) where it is read. Undefined for anything else, or anything broken or odd in what it reads,
 * which then goes through `readWire` and the full check.
 */
export function filedOf(value: unknown): FiledParts | undefined {
  try {
    if (!(value instanceof Uint8Array)) return undefined;
    const { form, decoder } = opened(value);
    if (form !== FORM) return undefined;
    // The signature is stepped over: it is read only if its signer's standing asks for it (`claimOf`).
    const by = readString(decoder);
    skipBytes(decoder);
    const time = decoding.readVarUint(decoder);
    if (decoding.readUint8(decoder) !== 118) return undefined;
    let site: string | undefined;
    let id: string | undefined;
    let subject: string | null = null;
    const length = decoding.readVarUint(decoder);
    for (let i = 0; i < length; i++) {
      const size = decoding.readVarUint(decoder);
      const at = decoder.pos;
      decoder.pos += size;
      if (isWordAt(decoder.arr, at, size, TIME)) return undefined;
      if (isWordAt(decoder.arr, at, size, CHAT)) [site, id] = twoStrings(decoder, SITE, ID);
      else if (isWordAt(decoder.arr, at, size, SUBJECT)) {
        const [its] = twoStrings(decoder, ID, null);
        if (its === undefined) return undefined;
        subject = its;
      } else skipAny(decoder);
    }
    if (decoder.pos !== value.length || site === undefined || id === undefined) return undefined;
    return { by, time, chat: { site, id }, subject };
  } catch {
    return undefined;
  }
}
