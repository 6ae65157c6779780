import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import type { ModerationAction } from '@/core/moderation/actions';
import { parseEnvelope, toWire } from '@/core/team/signed-record';
import { claimOf, encodeWire, filedOf, FORM, signerOf, timeOf } from '@/core/team/wire-form';

const by = 'YSxfqgiBFUcGJzy9UeFF8L';
const record = {
  id: '01K000000000001',
  time: 1756714380000,
  actor: 'Петрова А.С.',
  chat: { site: 'max', id: '-70000000001', title: '6Б — класс' },
  subject: { id: 'u919', name: 'Участник 919' },
  clauses: ['4.5'],
  kind: 'violation',
  reason: 'Нарушение Правил коммуникации 😀',
} as ModerationAction;
const sig = 'aJDNuBlpXfNJBKfDl5l1Jvx5MlV9hGHQD8NCmBNRe026QC9IdRLvYINNtBkUWI-sEdJBSTQpml1_RLHpXaYZBQ';

/** Bytes as a peer could write them: the form, then whatever it likes. */
function written(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

describe('a record in the doc', () => {
  it('is written as bytes and read back as the envelope signed, its signer and time read without the rest', () => {
    const wire = toWire({ record, by, sig });
    expect(wire).toBeInstanceOf(Uint8Array);
    expect(parseEnvelope(record.id, wire)).toEqual({ ok: true, envelope: { record, by, sig } });
    expect(claimOf(wire)).toEqual({ by, sig });
    expect(timeOf(wire)).toBe(record.time);
  });

  it('is still read as an object, as members before form 1 wrote it', () => {
    const { id: _id, ...r } = record;
    const old = { r, by, sig };
    expect(parseEnvelope(record.id, old)).toEqual({ ok: true, envelope: { record, by, sig } });
    expect(claimOf(old)).toEqual({ by, sig });
    expect(timeOf(old)).toBe(record.time);
  });

  it('in a newer form is told apart from a broken one by the header every later form keeps: its signer, signature and time, the rest as it came', () => {
    for (const form of [FORM + 1, 200, 2 ** 40]) {
      const rest = Uint8Array.of(1, 2, 3, 250);
      const newer = written((e) => {
        encoding.writeVarUint(e, form);
        encoding.writeVarString(e, by);
        encoding.writeVarString(e, sig);
        encoding.writeVarUint(e, record.time);
        encoding.writeUint8Array(e, rest);
      });
      expect(parseEnvelope(record.id, newer)).toEqual({ ok: false, problem: 'newer', newer: { form, by, sig, time: record.time, rest }, claimedBy: by });
      expect(claimOf(newer)).toBeNull();
      expect(timeOf(newer)).toBeUndefined();
      // A newer form without the header is nothing this version can hold for anyone.
      const bare = written((e) => {
        encoding.writeVarUint(e, form);
        encoding.writeUint8Array(e, Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x0f));
      });
      expect(parseEnvelope(record.id, bare)).toMatchObject({ ok: false, problem: 'invalid' });
    }
  });

  it('broken or hostile bytes are refused as invalid, never thrown', () => {
    const { id: _id, time, ...rest } = record;
    const good = encodeWire({ by, sig, r: { time, ...rest } });
    const broken: Uint8Array[] = [
      new Uint8Array(0),
      Uint8Array.of(0),
      good.subarray(0, good.length - 1),
      Uint8Array.from([...good, 0]),
      // The signer's name as bytes that are no UTF-8.
      Uint8Array.of(FORM, 2, 0xd0, 0x41),
      // A length past the end.
      Uint8Array.of(FORM, 0xff, 0xff, 0xff, 0x0f),
      // The time twice: in the header and in the rest.
      written((e) => {
        encoding.writeVarUint(e, FORM);
        encoding.writeVarString(e, by);
        encoding.writeVarString(e, sig);
        encoding.writeVarUint(e, time);
        encoding.writeAny(e, { ...rest, time: 1 } as never);
      }),
      // The rest as a list, not a record.
      written((e) => {
        encoding.writeVarUint(e, FORM);
        encoding.writeVarString(e, by);
        encoding.writeVarString(e, sig);
        encoding.writeVarUint(e, time);
        encoding.writeAny(e, ['violation']);
      }),
    ];
    for (const bytes of broken) expect(parseEnvelope(record.id, bytes)).toMatchObject({ ok: false, problem: 'invalid' });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 0, max: good.length - 1 }), (bytes, cut) => {
        for (const value of [bytes, Uint8Array.from([FORM, ...bytes]), good.subarray(0, cut)]) {
          const parsed = parseEnvelope(record.id, value);
          expect(parsed.ok).toBe(false);
          expect(claimOf(value) === null || typeof claimOf(value)?.by === 'string').toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is filed by its signer, time, chat and participant read without the rest, as the full read finds them; anything else is left to the full read', () => {
    const { id: _id, time, ...rest } = record;
    const header = (e: encoding.Encoder) => {
      encoding.writeVarUint(e, FORM);
      encoding.writeVarString(e, by);
      encoding.writeVarString(e, sig);
      encoding.writeVarUint(e, time);
    };
    const withRest = (r: unknown) => written((e) => (header(e), encoding.writeAny(e, r as never)));
    const good = toWire({ record, by, sig });
    expect(filedOf(good)).toEqual({ by, time, chat: { site: 'max', id: '-70000000001' }, subject: 'u919' });
    // Odd values anywhere else are stepped over; a key written twice is read as the full read reads it, the last.
    const odd = withRest({ ...rest, extra: [1.5, -7, 2n ** 60n, null, undefined, true, new Uint8Array([1, 2]), { deep: [{}] }], chat: { title: 'x', id: 'first', site: 'vk' } });
    const twice = written((e) => {
      header(e);
      encoding.writeUint8(e, 118);
      encoding.writeVarUint(e, 2);
      encoding.writeVarString(e, 'chat');
      encoding.writeAny(e, { site: 'max', id: 'one' });
      encoding.writeVarString(e, 'chat');
      encoding.writeAny(e, { site: 'max', id: 'two' });
    });
    expect(filedOf(odd)).toMatchObject({ chat: { site: 'vk', id: 'first' } });
    expect(filedOf(twice)).toMatchObject({ chat: { id: 'two' }, subject: null });
    const { subject: _s, ...unnamed } = rest;
    expect(filedOf(withRest(unnamed))).toMatchObject({ subject: null });
    // Left to the full read: no chat, a chat id that is no string, a participant without an id, the
    // time twice, a form-0 object, another form, and any cut or damage.
    const left: unknown[] = [
      withRest({ ...rest, chat: undefined }),
      withRest({ ...rest, chat: { site: 'max', id: 7 } }),
      withRest({ ...rest, chat: 'max:-7' }),
      withRest({ ...rest, subject: { name: 'Без id' } }),
      withRest({ ...rest, time: 1 }),
      withRest(['violation']),
      { r: { time, ...rest }, by, sig },
      written((e) => (encoding.writeVarUint(e, FORM + 1), encoding.writeVarString(e, by))),
      // A count of keys far past the bytes there are: read to the end, not counted through.
      written((e) => (header(e), encoding.writeUint8(e, 118), encoding.writeVarUint(e, 2 ** 31), encoding.writeVarString(e, 'kind'))),
      Uint8Array.from([...good, 0]),
    ];
    for (const value of left) expect(filedOf(value)).toBeUndefined();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 0, max: 255 }), (cut, at, byte) => {
        expect(filedOf(good.subarray(0, cut))).toBeUndefined();
        const damaged = Uint8Array.from(good);
        damaged[at] = byte;
        const filed = filedOf(damaged);
        // Damage is seen, or left where the record's full read and check, later, will meet it.
        if (filed) expect(signerOf(damaged)).toBe(filed.by);
      }),
      { numRuns: 2000 },
    );
  });

  it('is never written with a time that is no instant (only checked records are written)', () => {
    for (const time of [-1, 1.5, Number.NaN, undefined]) expect(() => toWire({ record: { ...record, time } as ModerationAction, by, sig })).toThrow();
  });
});
