import * as string from 'lib0/string';

/** Longer strings go to the native decoder, whose cost per call no longer matters there. */
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
 * Yjs reads every string of every record through lib0's one TextDecoder: a school year is 330 000
 * calls of a few bytes each, and in an extension's pages each call costs more than the decoding
 * (measured: 135 ms native, 45 ms here, for 330 000 record strings). Short strings are decoded by
 * `decodeShort` instead, on that decoder; everything else still goes to it. For the browser's sync
 * host only: Node's decoder is the faster one.
 */
export function decodeShortStringsFast(): void {
  const decoder = string.utf8TextDecoder as (TextDecoder & { stewardFast?: true }) | null;
  if (!decoder || decoder.stewardFast) return;
  const native = decoder.decode.bind(decoder);
  decoder.decode = (input?: AllowSharedBufferSource, options?: TextDecodeOptions) =>
    (input instanceof Uint8Array && !options ? decodeShort(input) : null) ?? native(input, options);
  decoder.stewardFast = true;
}
