import * as string from 'lib0/string';

/** Longer strings go to the native decoder and encoder, whose cost per call no longer matters there. */
const SHORT = 128;
const codes = new Uint16Array(SHORT);

/**
 * UTF-8 of one- and two-byte characters (Latin, Cyrillic) decoded in JS; null for anything else —
 * longer input, three- and four-byte characters, bytes that are not valid UTF-8 — which is left to
 * the native decoder, so that what it accepts, refuses or reads stays exactly its own.
 */
export function decodeShort(bytes: Uint8Array): string | null {
  const n = bytes.length;
  if (n > SHORT) return null;
  let length = 0;
  for (let i = 0; i < n; ) {
    const lead = bytes[i++];
    if (lead < 0x80) codes[length++] = lead;
    else if (lead >= 0xc2 && lead < 0xe0 && i < n && (bytes[i] & 0xc0) === 0x80) codes[length++] = ((lead & 0x1f) << 6) | (bytes[i++] & 0x3f);
    else return null;
  }
  return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
}

/**
 * A short string of one- and two-byte characters written as UTF-8 into `into`, as `encodeInto`
 * would; null for anything else (longer, three- and four-byte characters, lone surrogates, no
 * room), which is left to the native encoder.
 */
export function encodeShort(text: string, into: Uint8Array): TextEncoderEncodeIntoResult | null {
  const n = text.length;
  if (n > SHORT || n * 2 > into.length) return null;
  let written = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) into[written++] = code;
    else if (code < 0x800) {
      into[written++] = 0xc0 | (code >> 6);
      into[written++] = 0x80 | (code & 0x3f);
    } else return null;
  }
  return { read: n, written };
}

/**
 * Yjs reads and writes every string of every record through lib0's one TextDecoder and
 * TextEncoder: a school year is 330 000 calls of a few bytes each, and in an extension's pages
 * each call costs more than the work (measured: 135 ms native, 45 ms here, for reading 330 000
 * record strings; 104 ms native for writing them). Short strings go through `decodeShort` and
 * `encodeShort` instead; everything else still goes to the native ones. For the browser's sync
 * host only: Node's are the faster ones.
 */
export function shortStringsFast(): void {
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
