import fc from 'fast-check';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { expect, it } from 'vitest';
import * as string from 'lib0/string';
import * as Y from 'yjs';
import { decodeShort, encodeShort, readAny, shortStringsFast } from '@/core/team/fast-utf8';

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

it('reads a short string seen before as it reads it the first time, whatever else came between', () => {
  // Enough distinct strings of the same few lengths that many share a place in what is kept.
  const texts = Array.from({ length: 40_000 }, (_, i) => (i % 3 ? `Участник ${i % 9000}` : `u${(i * 7919) % 20_000}`));
  for (const round of [texts, [...texts].reverse()]) for (const s of round) expect(decodeShort(new TextEncoder().encode(s))).toBe(s);
  // What is kept is the string, compared with the bytes each time: bytes changed after they were read are read as they are now.
  const bytes = new TextEncoder().encode('Сидоров П.П.');
  expect(decodeShort(bytes)).toBe('Сидоров П.П.');
  bytes.set(new TextEncoder().encode('Ив'));
  expect(decodeShort(bytes)).toBe('Ивдоров П.П.');
  // Broken bytes are never kept, however often they come.
  for (let i = 0; i < 3; i++) expect(decodeShort(Uint8Array.from([0xd0, 0x41]))).toBeNull();
});

it('writes what it writes exactly as the native encoder, and leaves the rest to it', () => {
  const unit = fc.oneof(fc.constantFrom('а', 'Я', 'ё', 'z', '"', '\u0000', '\u07ff', '\u0800', '€', '😀', '\ud800', '\udc00'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 80 }), fc.integer({ min: 0, max: 400 }), (units, room) => {
      const s = units.join('');
      const [ours, theirs] = [new Uint8Array(room), new Uint8Array(room)];
      const wrote = encodeShort(s, ours);
      if (wrote === null) return;
      expect(wrote).toEqual(new TextEncoder().encodeInto(s, theirs));
      expect(ours).toEqual(theirs);
    }),
    { numRuns: 3000 },
  );
  expect(encodeShort('Иванова И.И.', new Uint8Array(100))).toEqual({ read: 12, written: 21 });
  for (const other of ['€', '😀', '\ud800', 'x'.repeat(129)]) expect(encodeShort(other, new Uint8Array(1000))).toBeNull();
  expect(encodeShort('Яя', new Uint8Array(3))).toBeNull();
});

it('is what lib0 (and so Yjs) reads and writes strings with, once installed', () => {
  shortStringsFast();
  shortStringsFast();
  expect((string.utf8TextDecoder as unknown as { stewardFast?: boolean }).stewardFast).toBe(true);
  expect((string.utf8TextEncoder as unknown as { stewardFast?: boolean }).stewardFast).toBe(true);
  const encoder = encoding.createEncoder();
  for (const s of ['Иванова И.И.', 'x'.repeat(500), '€ и 😀', '']) encoding.writeVarString(encoder, s);
  // What the installed encoder wrote is byte for byte what the native one writes.
  const native = encoding.createEncoder();
  for (const s of ['Иванова И.И.', 'x'.repeat(500), '€ и 😀', '']) encoding.writeVarUint8Array(native, new TextEncoder().encode(s));
  expect(encoding.toUint8Array(encoder)).toEqual(encoding.toUint8Array(native));
  const decoder = decoding.createDecoder(encoding.toUint8Array(encoder));
  expect([1, 2, 3, 4].map(() => decoding.readVarString(decoder))).toEqual(['Иванова И.И.', 'x'.repeat(500), '€ и 😀', '']);
  const broken = decoding.createDecoder(Uint8Array.from([2, 0xd0, 0x41]));
  expect(() => decoding.readVarString(broken)).toThrow();
});

/** What lib0 reads from these bytes (or that it fails), and where it stops. */
function lib0Reads(bytes: Uint8Array) {
  const decoder = decoding.createDecoder(bytes);
  try {
    return { value: decoding.readAny(decoder), pos: decoder.pos };
  } catch {
    return 'fails';
  }
}
function oursReads(bytes: Uint8Array) {
  const decoder = decoding.createDecoder(bytes);
  try {
    return { value: readAny(decoder), pos: decoder.pos };
  } catch {
    return 'fails';
  }
}

it('reads any value exactly as lib0 does, broken and hostile bytes included', () => {
  const text = fc.string({ unit: fc.oneof(fc.constantFrom('а', 'Я', 'z', '€', '😀', '\ud800'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 150 });
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      text,
      fc.integer(),
      fc.double(),
      fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.uint8Array({ maxLength: 20 }),
      fc.array(tie('value'), { maxLength: 5 }),
      fc.dictionary(text, tie('value'), { maxKeys: 5 }),
    ),
  }));
  fc.assert(
    fc.property(value, (v) => {
      const encoder = encoding.createEncoder();
      encoding.writeAny(encoder, v as never);
      const bytes = encoding.toUint8Array(encoder);
      expect(oursReads(bytes)).toEqual(lib0Reads(bytes));
      // Cut short anywhere, or one byte changed: the same value, or both fail.
      const cut = bytes.subarray(0, bytes.length >> 1);
      expect(oursReads(cut)).toEqual(lib0Reads(cut));
    }),
    { numRuns: 3000 },
  );
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 60 }), (bytes) => {
      expect(oursReads(bytes)).toEqual(lib0Reads(bytes));
    }),
    { numRuns: 5000 },
  );
});

it('is what Yjs reads a record’s values with, once installed: a doc reads back the same', () => {
  shortStringsFast();
  const doc = new Y.Doc();
  const records = doc.getMap('records');
  records.set('01K', { r: { reason: 'Нарушение правил', clauses: ['4.5'], time: 1756713600000, ok: true, none: null }, by: 'Иванова', sig: 'x'.repeat(86) });
  records.set('€ key 😀', ['a', 1, { 'ключ': 'значение' }]);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  expect(copy.getMap('records').toJSON()).toEqual(records.toJSON());
  const v2 = new Y.Doc();
  Y.applyUpdateV2(v2, Y.encodeStateAsUpdateV2(doc));
  expect(v2.getMap('records').toJSON()).toEqual(records.toJSON());
  expect((Y.UpdateDecoderV1.prototype as unknown as { stewardFast?: boolean }).stewardFast).toBe(true);
});
