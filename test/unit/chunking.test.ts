import fc from 'fast-check';
import { expect, it } from 'vitest';
import { CHUNK_BYTES, createAssembler, toFrames } from '@/core/chunking';

it('keeps every frame within the data channel limit and reassembles any message', () => {
  fc.assert(
    fc.property(fc.array(fc.uint8Array({ maxLength: 5000 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 700 }), (messages, size) => {
      const assemble = createAssembler();
      const out: Uint8Array[] = [];
      for (const m of messages) {
        for (const frame of toFrames(m, size)) {
          expect(frame.length).toBeLessThanOrEqual(size + 1);
          const whole = assemble(frame);
          if (whole) out.push(whole);
        }
      }
      expect(out).toEqual(messages);
    }),
  );
});

it('splits a multi-megabyte sync message into 64 KiB frames', () => {
  const message = new Uint8Array(3 * 1024 * 1024 + 5).map((_, i) => i % 251);
  const frames = toFrames(message);
  expect(frames).toHaveLength(Math.ceil(message.length / CHUNK_BYTES));
  const assemble = createAssembler();
  const results = frames.map(assemble);
  expect(results.slice(0, -1).every((r) => r === null)).toBe(true);
  expect(Buffer.from(results.at(-1)!).equals(Buffer.from(message))).toBe(true);
});
