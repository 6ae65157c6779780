/**
 * A PDF's stream filters other than FlateDecode, as the PDF reference defines them, each unpacking
 * through `spend` (see unzip.ts's unpackingBudget), which throws past the limit: LZW and run-length
 * unpack a few kilobytes to gigabytes, and the ASCII ones often stand before FlateDecode.
 */

/** Bytes written as they come, the buffer growing; every chunk is counted before it is kept. */
class Output {
  private buffer = new Uint8Array(1024);
  private length = 0;
  constructor(private readonly spend: (chunk: Uint8Array) => void) {}

  write(bytes: Uint8Array): void {
    this.spend(bytes);
    if (this.length + bytes.length > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + bytes.length));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;

/** ASCIIHexDecode: two hex digits a byte, up to «>»; a last lone digit is followed by 0. */
function asciiHex(data: Uint8Array, out: Output): void {
  const digits: number[] = [];
  for (const b of data) {
    if (b === 0x3e) break;
    if (isSpace(b)) continue;
    const digit = parseInt(String.fromCharCode(b), 16);
    if (Number.isNaN(digit)) break;
    digits.push(digit);
  }
  if (digits.length % 2) digits.push(0);
  out.write(Uint8Array.from({ length: digits.length / 2 }, (_, i) => (digits[2 * i] << 4) | digits[2 * i + 1]));
}

/** ASCII85Decode: five characters «!»–«u» four bytes, «z» four zeros, up to «~>». */
function ascii85(data: Uint8Array, out: Output): void {
  const group: number[] = [];
  const flush = (count: number) => {
    let value = 0;
    for (let i = 0; i < 5; i++) value = value * 85 + (group[i] ?? 84);
    out.write(Uint8Array.of(value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff).subarray(0, count));
    group.length = 0;
  };
  for (const b of data) {
    if (b === 0x7e) break;
    if (isSpace(b)) continue;
    if (b === 0x7a && !group.length) out.write(new Uint8Array(4));
    else if (b >= 0x21 && b <= 0x75) {
      group.push(b - 0x21);
      if (group.length === 5) flush(4);
    } else break;
  }
  if (group.length > 1) flush(group.length - 1);
}

/** RunLengthDecode: a length byte n, then n + 1 bytes as they are (n < 128) or one byte 257 − n times (n > 128); 128 ends it. */
function runLength(data: Uint8Array, out: Output): void {
  for (let at = 0; at < data.length; ) {
    const n = data[at++];
    if (n === 128) return;
    if (n < 128) {
      out.write(data.subarray(at, at + n + 1));
      at += n + 1;
    } else if (at < data.length) out.write(new Uint8Array(257 - n).fill(data[at++]));
  }
}

/** LZWDecode: 9- to 12-bit codes, 256 clears the table, 257 ends; `earlyChange` as its DecodeParms say (1 unless 0). */
function lzw(data: Uint8Array, out: Output, earlyChange: number): void {
  const prefix = new Int16Array(4096);
  const last = new Uint8Array(4096);
  const lengths = new Uint16Array(4096);
  for (let i = 0; i < 256; i++) [last[i], lengths[i], prefix[i]] = [i, 1, -1];
  const entry = new Uint8Array(4096);
  let next = 258;
  let width = 9;
  let previous = -1;
  let bits = 0;
  let held = 0;
  const firstOf = (code: number) => {
    while (prefix[code] >= 0) code = prefix[code];
    return last[code];
  };
  const write = (code: number) => {
    const length = lengths[code];
    for (let i = length - 1, c = code; i >= 0; i--, c = prefix[c]) entry[i] = last[c];
    out.write(entry.subarray(0, length));
  };
  for (let at = 0; ; ) {
    while (held < width) {
      if (at >= data.length) return;
      bits = ((bits << 8) | data[at++]) & 0xffffff;
      held += 8;
    }
    held -= width;
    const code = (bits >>> held) & ((1 << width) - 1);
    if (code === 256) {
      [next, width, previous] = [258, 9, -1];
      continue;
    }
    if (code === 257) return;
    if (previous < 0) {
      if (code > 255) return;
    } else {
      if (code > next || (code === next && next > 4095)) return;
      if (next <= 4095) {
        // The entry the code before and the first byte of this one's make (this one's own, when it is that entry).
        [prefix[next], last[next], lengths[next]] = [previous, firstOf(code === next ? previous : code), lengths[previous] + 1];
        next++;
      }
    }
    write(code);
    previous = code;
    width = Math.min(12, 32 - Math.clz32(next + earlyChange));
  }
}

const lzwAsGiven = (data: Uint8Array, out: Output, parameters: string) => lzw(data, out, /\/EarlyChange\s+0\b/.test(parameters) ? 0 : 1);

/** The filters this file unpacks, by the names a stream's /Filter gives them (abbreviated in inline images). */
const FILTERS: Record<string, (data: Uint8Array, out: Output, parameters: string) => void> = {
  ASCIIHexDecode: asciiHex,
  AHx: asciiHex,
  ASCII85Decode: ascii85,
  A85: ascii85,
  RunLengthDecode: runLength,
  RL: runLength,
  LZWDecode: lzwAsGiven,
  LZW: lzwAsGiven,
};

export const unpacksHere = (filter: string): boolean => Object.hasOwn(FILTERS, filter);

/** The stream's bytes through one filter (one of FILTERS), every byte counted by `spend`. */
export function unpack(filter: string, data: Uint8Array, spend: (chunk: Uint8Array) => void, parameters = ''): Uint8Array {
  const out = new Output(spend);
  FILTERS[filter](data, out, parameters);
  return out.bytes();
}
