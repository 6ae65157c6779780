import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import type { ModerationAction } from '@/core/moderation/actions';
import { parseEnvelope, toWire } from '@/core/team/signed-record';
import { claimOf, encodeWire, FORM, timeOf } from '@/core/team/wire-form';

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

  it('is never written with a time that is no instant (only checked records are written)', () => {
    for (const time of [-1, 1.5, Number.NaN, undefined]) expect(() => toWire({ record: { ...record, time } as ModerationAction, by, sig })).toThrow();
  });
});
