import * as decoding from 'lib0/decoding';
import * as string from 'lib0/string';
import * as Y from 'yjs';

/** Longer strings go to the native decoder and encoder, whose cost per call no longer matters there. */
const SHORT = 128;
const codes = new Uint16Array(SHORT);
/** The first n codes, for each n: made once, not a new view per string. */
const firstCodes = Array.from({ length: SHORT + 1 }, (_, n) => codes.subarray(0, n) as unknown as number[]);

/**
 * Short strings are kept, by a hash of their bytes, and handed out again: a school year's 600 000
 * strings are 46 000 distinct ones (field names, kinds, chats, members, reasons), and a string
 * found again costs no decoding and no new string (Yjs applies the year a fifth faster). Only the
 * string is kept: it is compared with the bytes as their UTF-8, so a miss (an id, a signature,
 * which never repeat) copies nothing.
 */
const SLOTS = 1 << 13;
const keptText: Array<string | undefined> = new Array(SLOTS);

/** Whether `text` (of one- and two-byte characters, as kept) is the UTF-8 `bytes[start, end)`. */
function sameText(text: string, bytes: Uint8Array, start: number, end: number): boolean {
  let at = start;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (bytes[at++] !== code) return false;
    } else if (bytes[at++] !== (0xc0 | (code >> 6)) || bytes[at++] !== (0x80 | (code & 0x3f))) return false;
  }
  return at === end;
}

/** The kept string whose bytes are `bytes[start, end)`, or the slot it would go in (a negative number, -1 - slot). */
function kept(bytes: Uint8Array, start: number, end: number): string | number {
  let hash = end - start;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + bytes[i]) | 0;
  const slot = (hash ^ (hash >>> 13)) & (SLOTS - 1);
  const held = keptText[slot];
  return held !== undefined && sameText(held, bytes, start, end) ? held : -1 - slot;
}

/** `bytes[start, end)` decoded here when it is short and of one- and two-byte characters, without the kept strings; null otherwise. */
function decodeHere(bytes: Uint8Array, start: number, end: number): string | null {
  if (end - start > SHORT) return null;
  let length = 0;
  for (let i = start; i < end; ) {
    const lead = bytes[i++];
    if (lead < 0x80) codes[length++] = lead;
    else if (lead >= 0xc2 && lead < 0xe0 && i < end && (bytes[i] & 0xc0) === 0x80) codes[length++] = ((lead & 0x1f) << 6) | (bytes[i++] & 0x3f);
    else return null;
  }
  return String.fromCharCode.apply(null, firstCodes[length]);
}

/** `decodeShort` of `bytes[start, end)`, read in place. */
function decodeRange(bytes: Uint8Array, start: number, end: number): string | null {
  if (end - start > SHORT) return null;
  const found = kept(bytes, start, end);
  if (typeof found === 'string') return found;
  const text = decodeHere(bytes, start, end);
  if (text !== null) keptText[-1 - found] = text;
  return text;
}

/**
 * UTF-8 of one- and two-byte characters (Latin, Cyrillic) decoded in JS; null for anything else —
 * longer input, three- and four-byte characters, bytes that are not valid UTF-8 — which is left to
 * the native decoder, so that what it accepts, refuses or reads stays exactly its own.
 */
export const decodeShort = (bytes: Uint8Array): string | null => decodeRange(bytes, 0, bytes.length);

/** lib0's `readVarString`, reading a short string in place (lib0 makes a Uint8Array view for each). */
export function readString(decoder: decoding.Decoder): string {
  const length = decoding.readVarUint(decoder);
  const start = decoder.pos;
  const end = start + length;
  if (end > decoder.arr.length) throw new Error('Unexpected end of array');
  const text = decodeRange(decoder.arr, start, end) ?? string.utf8TextDecoder!.decode(decoder.arr.subarray(start, end));
  decoder.pos = end;
  return text;
}

/** lib0's `readAny`, with strings (and object keys) read by `readString`; every other type is lib0's own. */
export function readAny(decoder: decoding.Decoder): unknown {
  switch (decoding.readUint8(decoder)) {
    case 119:
      return readString(decoder);
    case 118: {
      const length = decoding.readVarUint(decoder);
      const object: Record<string, unknown> = {};
      for (let i = 0; i < length; i++) {
        const key = readString(decoder);
        object[key] = readAny(decoder);
      }
      return object;
    }
    case 117: {
      const length = decoding.readVarUint(decoder);
      const array: unknown[] = [];
      for (let i = 0; i < length; i++) array.push(readAny(decoder));
      return array;
    }
    default:
      decoder.pos--;
      return decoding.readAny(decoder);
  }
}

const unkept = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * lib0's `readVarString` for a string that never repeats (a signature): not kept, so it pushes
 * nothing out; a short one is decoded here (a native decoder's call costs more than such a
 * string), anything else by the native decoder.
 */
export function readUnique(decoder: decoding.Decoder): string {
  const bytes = decoding.readVarUint8Array(decoder);
  return decodeHere(bytes, 0, bytes.length) ?? unkept.decode(bytes);
}

/**
 * A short string of one- and two-byte characters written as UTF-8 into `into` (from `at`), as
 * `encodeInto` would; null for anything else (longer, three- and four-byte characters, lone surrogates, no
 * room), which is left to the native encoder.
 */
export function encodeShort(text: string, into: Uint8Array, at = 0): TextEncoderEncodeIntoResult | null {
  const n = text.length;
  if (n > SHORT || n * 2 > into.length - at) return null;
  let end = at;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) into[end++] = code;
    else if (code < 0x800) {
      into[end++] = 0xc0 | (code >> 6);
      into[end++] = 0x80 | (code & 0x3f);
    } else return null;
  }
  return { read: n, written: end - at };
}

/**
 * Yjs reads and writes every string of every record through lib0's one TextDecoder and
 * TextEncoder: a school year is 330 000 calls of a few bytes each, and in an extension's pages
 * each call costs more than the work (measured: 135 ms native, 45 ms here, for reading 330 000
 * record strings; 104 ms native for writing them). Short strings go through `decodeShort` and
 * `encodeShort` instead, and Yjs's update decoders read records' values with `readAny`, in
 * place; everything else still goes to the native ones. For the browser's sync host only: Node's
 * are the faster ones.
 */
export function shortStringsFast(): void {
  for (const Decoder of [Y.UpdateDecoderV1, Y.UpdateDecoderV2]) {
    const proto = Decoder.prototype as unknown as { readAny(): unknown; restDecoder: decoding.Decoder; stewardFast?: true };
    if (proto.stewardFast) continue;
    proto.readAny = function (this: { restDecoder: decoding.Decoder }) {
      return readAny(this.restDecoder);
    };
    proto.stewardFast = true;
  }
  const v1 = Y.UpdateDecoderV1.prototype as unknown as { readString(): string };
  v1.readString = function (this: { restDecoder: decoding.Decoder }) {
    return readString(this.restDecoder);
  };
  const decoder = string.utf8TextDecoder as (TextDecoder & { stewardFast?: true }) | null;
  if (decoder && !decoder.stewardFast) {
    const native = decoder.decode.bind(decoder);
    decoder.decode = (input?: AllowSharedBufferSource, options?: TextDecodeOptions) =>
      (input instanceof Uint8Array && !options ? decodeShort(input) : null) ?? native(input, options);
    decoder.stewardFast = true;
  }
  const encoder = string.utf8TextEncoder as (TextEncoder & { stewardFast?: true }) | null;
  if (encoder && !encoder.stewardFast) {
    const native = encoder.encodeInto.bind(encoder);
    encoder.encodeInto = (source: string, destination: Uint8Array) => encodeShort(source, destination) ?? native(source, destination);
    encoder.stewardFast = true;
  }
}
