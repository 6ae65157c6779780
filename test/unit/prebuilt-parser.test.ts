import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { moderationActionSchema, type ModerationAction } from '../../core/moderation/actions';
import { prebuilt } from '../../core/moderation/action-schema.prebuilt';
import { fastActionSchema } from '../../core/moderation/fast-action-schema';
import { precompiled, prebuiltModule, type Prebuilt } from '../../core/prebuilt-parser';
import { PREBUILT_SCHEMAS } from '../../core/prebuilt-schemas';
import { zodErrors } from '../../core/zod-lang';
import { chat } from './team-fixture';

const subject = { id: 'u1', name: 'Участник 1' };
const at = { id: '01K000000000001', time: Date.parse('2026-10-01T08:00:00Z'), actor: 'Иванова И.И.', chat, clauses: ['4.5'] };
const valid: ModerationAction[] = [
  { ...at, kind: 'violation', subject, reason: 'Оскорбление участника' },
  { ...at, kind: 'blocked', subject, reason: 'Более трёх нарушений', until: at.time + 86_400_000, directorAuthorisation: 'директор Иванова И.И.' },
  { ...at, kind: 'unblocked', subject, apology: true, objections: false },
  { ...at, kind: 'removed', subject, leaver: 'student', parents: [{ id: 'p1', name: 'Родитель' }] },
  { ...at, kind: 'rules-reminder', clauses: [] },
  { ...at, kind: 'note', text: 'Проверить жалобу', evidence: 'цитата', messageId: 'm-1' },
  { ...at, kind: 'content-override', categories: ['obscenity'] },
];

/** Broken and hostile shapes of each valid record: what a peer or a file may hand over. */
function hostile(record: ModerationAction): unknown[] {
  const r = record as unknown as Record<string, unknown>;
  return [
    null,
    'violation',
    [],
    { ...r, kind: 'no-such-kind' },
    { ...r, time: -1 },
    { ...r, time: 1.5 },
    { ...r, time: Number.NaN },
    { ...r, time: '2026-10-01' },
    { ...r, actor: '   ' },
    { ...r, actor: `  ${r.actor}  ` },
    { ...r, id: 'x'.repeat(101) },
    { ...r, chat: { ...chat, site: 'telegram' } },
    { ...r, chat: null },
    { ...r, clauses: undefined },
    { ...r, clauses: Array(21).fill('1') },
    { ...r, clauses: [1] },
    { ...r, subject: { id: ' u1 ', name: 42 } },
    { ...r, reason: 'ab' },
    { ...r, extra: 'kept out' },
    JSON.parse(`{"__proto__": {"polluted": true}, "kind": ${JSON.stringify(r.kind)}}`),
    Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'subject')),
  ];
}

describe('prebuilt record parser', () => {
  it('is the code zod writes for the schema now (else: npm run compile-schemas)', () => {
    for (const { schema, file, origin } of PREBUILT_SCHEMAS) expect(readFileSync(file, 'utf8')).toBe(prebuiltModule(schema, origin));
  });

  it('answers as zod does, valid, broken and hostile records alike, with the same errors', () => {
    expect(valid.every((r) => fastActionSchema.safeParse(r).success)).toBe(true);
    const inputs = [...valid, ...valid.flatMap(hostile)];
    for (const input of inputs) {
      const fast = fastActionSchema.safeParse(input, zodErrors('ru'));
      const slow = moderationActionSchema.safeParse(input, zodErrors('ru'));
      expect(fast.success).toBe(slow.success);
      if (slow.success) expect(fast.data).toEqual(slow.data);
      else expect(fast.error!.issues).toEqual(slow.error.issues);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads signers and signatures as zod does', async () => {
    const { parseEnvelope, signedBySchema } = await import('../../core/team/signed-record');
    const { encodeWire } = await import('../../core/team/wire-form');
    const by = 'A'.repeat(22);
    const { id: _id, ...r } = valid[0];
    for (const [signer, sig] of [[by, 'c2ln'], [by, ''], [by, 'x'.repeat(201)], ['A'.repeat(21), 'c2ln'], [`${'A'.repeat(21)}!`, 'c2ln'], [by, 7]] as const) {
      const expected = signedBySchema.safeParse({ by: signer, sig }).success;
      const read = parseEnvelope(valid[0].id, typeof sig === 'string' ? encodeWire({ r, by: signer, sig }) : { r, by: signer, sig });
      expect(read.ok).toBe(expected);
    }
  });

  it('runs the code written at build time, without generating any', () => {
    let calls = 0;
    const counting: Prebuilt = {
      hash: prebuilt.hash,
      factory: (...constants) => {
        const parse = prebuilt.factory(...constants);
        return (input) => (calls++, parse(input));
      },
    };
    const native = globalThis.Function;
    let generated = 0;
    // As in an extension page: generating code is refused.
    globalThis.Function = function () {
      generated++;
      throw new EvalError('Refused to evaluate a string as JavaScript');
    } as unknown as FunctionConstructor;
    try {
      const schema = precompiled(moderationActionSchema, counting);
      globalThis.Function = native;
      expect(schema.safeParse(valid[0]).success).toBe(true);
    } finally {
      globalThis.Function = native;
    }
    expect(calls).toBe(1);
    expect(generated).toBe(0);
  });

  it('takes each schema\u2019s written-out parser as it is, without calling it out of date', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      for (const { schema, file } of PREBUILT_SCHEMAS) {
        const { prebuilt: written } = (await import(`../../${file}`)) as { prebuilt: Prebuilt };
        precompiled(schema, written);
      }
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('keeps zod\u2019s ordinary parser when the code written out is not what zod writes now', () => {
    let calls = 0;
    const stale: Prebuilt = { hash: '1:0', factory: () => () => (calls++, undefined) };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const schema = precompiled(moderationActionSchema, stale);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('npm run compile-schemas'));
    warn.mockRestore();
    expect(schema.safeParse(valid[0])).toEqual(moderationActionSchema.safeParse(valid[0]));
    expect(schema.safeParse({ kind: 'violation' }).success).toBe(false);
    expect(calls).toBe(0);
  });
});
