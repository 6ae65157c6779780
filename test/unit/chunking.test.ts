import fc from 'fast-check';
import { expect, it, vi } from 'vitest';
import { CHUNK_BYTES, COMPRESS_FROM, compressedFrames, createAssembler, createReceiver, createSender, MAX_INFLATED, SILENT_MS, toFrames, WINDOW } from '@/core/team/chunking';

/** A sender wired to a receiver, as two peers' ends of one channel: frames one way, the receiver's ACKs the other. */
function channel(chunkBytes = CHUNK_BYTES) {
  const frames: Uint8Array[] = [];
  const received: Uint8Array[] = [];
  const acks: Uint8Array[] = [];
  const receive = createReceiver((m) => received.push(m), undefined, {
    ack: (frame) => {
      acks.push(frame);
      queueMicrotask(() => send.acked());
    },
    acked: () => {},
  });
  const send = createSender((frame) => {
    frames.push(frame);
    receive(frame);
  }, chunkBytes);
  return { send, frames, received, acks };
}

/** Compression takes a moment: wait until `count` messages have arrived. */
const arrived = (received: Uint8Array[], count: number) => vi.waitFor(() => expect(received).toHaveLength(count));
/** Text-like bytes: compressible, as Yjs updates of JSON records are. */
const textLike = (bytes: number) => new TextEncoder().encode('{"kind":"violation","reason":"спам в чате"},'.repeat(Math.ceil(bytes / 50))).subarray(0, bytes);

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

it('splits a multi-megabyte message into 64 KiB frames', () => {
  const message = new Uint8Array(3 * 1024 * 1024 + 5).map((_, i) => i % 251);
  const frames = toFrames(message);
  expect(frames).toHaveLength(Math.ceil(message.length / CHUNK_BYTES));
  const assemble = createAssembler();
  const results = frames.map(assemble);
  expect(results.slice(0, -1).every((r) => r === null)).toBe(true);
  expect(Buffer.from(results.at(-1)!).equals(Buffer.from(message))).toBe(true);
});

it('compresses a large message on the wire and delivers it whole', async () => {
  const big = textLike(3 * 1024 * 1024);
  const { send, frames, received } = channel();
  send(big);
  await arrived(received, 1);
  const wire = frames.reduce((n, f) => n + f.length, 0);
  expect(wire).toBeLessThan(big.length / 10);
  expect(frames.every((f) => f.length <= CHUNK_BYTES + 1)).toBe(true);
  expect(Buffer.from(received[0]).equals(Buffer.from(big))).toBe(true);
});

it('sends a small message at once, and an incompressible large one whole, hardly larger', async () => {
  const { send, frames, received } = channel();
  send(new Uint8Array([1, 2, 3]));
  expect(received).toEqual([new Uint8Array([1, 2, 3])]);
  const noise = new Uint8Array(COMPRESS_FROM * 2).map(() => Math.floor(Math.random() * 256));
  send(noise);
  await arrived(received, 2);
  expect(frames.slice(1).reduce((n, f) => n + f.length - 1, 0)).toBeLessThan(noise.length * 1.01 + 100);
  expect(Buffer.from(received[1]).equals(Buffer.from(noise))).toBe(true);
});

it('starts sending a large message before it is all compressed', async () => {
  const big = textLike(8 * 1024 * 1024).map((b, i) => (i % 7 === 0 ? (b * 31 + i) & 0xff : b));
  // Turns of the event loop: frames sent in one go (compressed first, then sent) all see the same turn.
  let turn = 0;
  const ticking = setInterval(() => turn++, 0);
  const sentAt: number[] = [];
  const received: Uint8Array[] = [];
  const receive = createReceiver((m) => received.push(m));
  const send = createSender((frame) => {
    sentAt.push(turn);
    receive(frame);
  });
  send(big);
  await vi.waitFor(() => expect(received).toHaveLength(1), { timeout: 10_000 });
  clearInterval(ticking);
  expect(Buffer.from(received[0]).equals(Buffer.from(big))).toBe(true);
  expect(sentAt.length).toBeGreaterThan(2);
  expect(sentAt[0]).toBeLessThan(sentAt.at(-1)!);
});

it('drops a message that inflates past its limit or is no gzip, and goes on with the next', async () => {
  const { gzipSync } = await import('node:zlib');
  const received: Uint8Array[] = [];
  const errors: unknown[] = [];
  const receive = createReceiver((m) => received.push(m), (e) => errors.push(e));
  const frame = (flags: number, bytes: Uint8Array) => new Uint8Array([flags, ...bytes]);
  // A bomb: a few hundred kilobytes that inflate past MAX_INFLATED.
  const bomb = gzipSync(new Uint8Array(MAX_INFLATED + 1024));
  for (let i = 0; i < bomb.length; i += 60_000) receive(frame(2 | (i + 60_000 < bomb.length ? 1 : 0), bomb.subarray(i, i + 60_000)));
  receive(frame(2, new Uint8Array([1, 2, 3, 4, 5])));
  receive(frame(0, new Uint8Array([7])));
  await vi.waitFor(() => expect(received).toEqual([new Uint8Array([7])]), { timeout: 20_000 });
  expect(errors).toHaveLength(2);
  // Inflating 256 MB takes seconds on a busy machine: the test may take as long as its wait.
}, 30_000);

/** Frames of a compressed message that does not shrink much: many of them. */
function noisy(bytes: number): Uint8Array {
  let x = 2463534242;
  return new Uint8Array(bytes).map(() => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x & 0xff;
  });
}

it('keeps no more than a few frames of a large message ahead of the peer’s ACKs, and ACKs only what asks for it', async () => {
  const ready = await compressedFrames(noisy(10 * CHUNK_BYTES));
  expect(ready.frames.length).toBeGreaterThan(WINDOW * 2);
  const sent: Uint8Array[] = [];
  const received: Uint8Array[] = [];
  const acks: Uint8Array[] = [];
  const receive = createReceiver((m) => received.push(m), undefined, { ack: (frame) => acks.push(frame), acked: () => {} });
  const send = createSender((frame) => {
    sent.push(frame);
    receive(frame);
  });
  send(new Uint8Array([1, 2, 3]));
  expect(acks).toHaveLength(0);
  send(ready);
  await vi.waitFor(() => expect(sent).toHaveLength(1 + WINDOW));
  await new Promise((r) => setTimeout(r, 50));
  expect(sent).toHaveLength(1 + WINDOW);
  // Each ACK lets one more go.
  for (let n = 1; n <= ready.frames.length - WINDOW; n++) {
    send.acked();
    await vi.waitFor(() => expect(sent).toHaveLength(1 + WINDOW + n));
  }
  await vi.waitFor(() => expect(received).toHaveLength(2));
  expect(acks).toHaveLength(ready.frames.length);
  // ACK frames are never messages, and stray ones change nothing here.
  receive(acks[0]);
  receive(acks[0]);
  expect(received).toHaveLength(2);
});

it('sends the rest at once to a peer that never ACKs (an earlier version), and does not wait for it again', async () => {
  vi.useFakeTimers();
  try {
    const ready = await compressedFrames(noisy(8 * CHUNK_BYTES));
    const sent: Uint8Array[] = [];
    const send = createSender((frame) => sent.push(frame));
    send(ready);
    await vi.advanceTimersByTimeAsync(SILENT_MS / 2);
    expect(sent).toHaveLength(WINDOW);
    await vi.advanceTimersByTimeAsync(SILENT_MS);
    expect(sent).toHaveLength(ready.frames.length);
    send(ready);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(2 * ready.frames.length);
  } finally {
    vi.useRealTimers();
  }
});

it('lets a flood of ACKs send no further ahead than ACKs for frames sent would', async () => {
  const ready = await compressedFrames(noisy(8 * CHUNK_BYTES));
  const sent: Uint8Array[] = [];
  const send = createSender((frame) => sent.push(frame));
  for (let i = 0; i < 1000; i++) send.acked();
  send(ready);
  await vi.waitFor(() => expect(sent).toHaveLength(WINDOW));
  await new Promise((r) => setTimeout(r, 50));
  expect(sent).toHaveLength(WINDOW);
  send.acked();
  await vi.waitFor(() => expect(sent).toHaveLength(WINDOW + 1));
});

it('keeps any mix of small and large messages in order', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: COMPRESS_FROM, max: COMPRESS_FROM * 4 }).map(textLike)), { minLength: 1, maxLength: 8 }), async (messages) => {
      const { send, received } = channel(4096);
      messages.forEach(send);
      await arrived(received, messages.length);
      expect(received.map((m) => Buffer.from(m).toString('hex'))).toEqual(messages.map((m) => Buffer.from(m).toString('hex')));
    }),
    { numRuns: 30 },
  );
});
