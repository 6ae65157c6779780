import fc from 'fast-check';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { expect, it } from 'vitest';
import * as string from 'lib0/string';
import { decodeShort, decodeShortStringsFast } from '@/core/team/fast-utf8';

const native = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const nativeOrError = (bytes: Uint8Array) => {
  try {
    return native.decode(bytes);
  } catch {
    return 'refused';
  }
};

it('reads what it reads exactly as the native decoder, and leaves the rest to it', () => {
  const unit = fc.oneof(fc.constantFrom('а', 'Я', 'ё', 'z', '"', '\n', '\u0000', '€', '😀', '\u00a0', '\ufeff'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
  const text = fc.array(unit, { maxLength: 80 }).map((units) => units.join(''));
  fc.assert(
    fc.property(text, (s) => {
      const bytes = new TextEncoder().encode(s);
      const read = decodeShort(bytes);
      if (read !== null) expect(read).toBe(s);
    }),
    { numRuns: 2000 },
  );
  // Any bytes at all, broken UTF-8 included: either the same string or left to the native decoder.
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
      const read = decodeShort(bytes);
      if (read !== null) expect(read).toBe(nativeOrError(bytes));
    }),
    { numRuns: 5000 },
  );
  expect(decodeShort(new TextEncoder().encode('Нарушение Правил коммуникации'))).toBe('Нарушение Правил коммуникации');
  for (const broken of [[0xc0, 0x80], [0xd0], [0xd0, 0x41], [0x80], [0xe2, 0x82, 0xac], [0xef, 0xbb, 0xbf]]) expect(decodeShort(Uint8Array.from(broken))).toBeNull();
});

it('is what lib0 (and so Yjs) reads strings with, once installed', () => {
  decodeShortStringsFast();
  decodeShortStringsFast();
  expect((string.utf8TextDecoder as unknown as { stewardFast?: boolean }).stewardFast).toBe(true);
  const encoder = encoding.createEncoder();
  for (const s of ['Иванова И.И.', 'x'.repeat(500), '€ и 😀', '']) encoding.writeVarString(encoder, s);
  const decoder = decoding.createDecoder(encoding.toUint8Array(encoder));
  expect([1, 2, 3, 4].map(() => decoding.readVarString(decoder))).toEqual(['Иванова И.И.', 'x'.repeat(500), '€ и 😀', '']);
  const broken = decoding.createDecoder(Uint8Array.from([2, 0xd0, 0x41]));
  expect(() => decoding.readVarString(broken)).toThrow();
});
