import fc from 'fast-check';
import { base64urlnopad } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { digestOf } from '@/core/team/checkpoint';

/** The checkpoint's hash as the protocol defines it (members of every version compare it): the lines joined, then encoded whole as UTF-8. */
async function joinedDigest(keys: string[], valueOf: (key: string) => unknown): Promise<string> {
  const text = keys.map((k) => `${k}\n${JSON.stringify(valueOf(k))}`).join('\n');
  return base64urlnopad.encode(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
}

describe("a checkpoint's digest", () => {
  it('is the hash of the joined text, for any keys and values (lone surrogates, emoji, Cyrillic, long texts)', async () => {
    const unit = fc.oneof(fc.constantFrom('а', 'Я', '\n', '😀', '\ud800', '\udc00', '"'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
    const text = (max: number) => fc.array(unit, { maxLength: max }).map((units) => units.join(''));
    // Long texts too, past the buffer the hash starts with (64 KiB), in one-, two- and four-byte characters.
    const long = fc.tuple(fc.constantFrom('a', 'я', '😀'), fc.integer({ min: 10_000, max: 60_000 })).map(([c, n]) => c.repeat(n));
    const entries = fc.uniqueArray(fc.tuple(text(12), fc.oneof(text(200), fc.jsonValue(), long)), { selector: ([k]) => k, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(entries, async (pairs) => {
        const values = new Map(pairs);
        const keys = [...values.keys()].sort();
        expect(await digestOf(keys, (k) => values.get(k))).toBe(await joinedDigest(keys, (k) => values.get(k)));
      }),
      { numRuns: 150 },
    );
  });

  it('hashes a record in form 1 as its bytes, between the others as they are', async () => {
    const bytes = Uint8Array.of(1, 0xd0, 0x41, 10, 0xff);
    const values = new Map<string, unknown>([['a', { r: 'я' }], ['b', bytes], ['c', 'текст']]);
    const text = new TextEncoder();
    const expected = new Uint8Array([...text.encode(`a\n${JSON.stringify({ r: 'я' })}\nb\n`), ...bytes, ...text.encode(`\nc\n"текст"`)]);
    const hash = base64urlnopad.encode(new Uint8Array(await crypto.subtle.digest('SHA-256', expected)));
    expect(await digestOf(['a', 'b', 'c'], (k) => values.get(k))).toBe(hash);
    // Not the hash of its JSON (which would say nothing of the bytes' order).
    expect(await digestOf(['b'], (k) => values.get(k))).not.toBe(await joinedDigest(['b'], (k) => values.get(k)));
  });

  it('is null when one value has no JSON, and the hash of nothing for no keys', async () => {
    expect(await digestOf(['a', 'b'], (k) => (k === 'b' ? 1n : 1))).toBeNull();
    expect(await digestOf(['a'], () => undefined)).toBeNull();
    expect(await digestOf([], () => 1)).toBe(await joinedDigest([], () => 1));
  });
});
