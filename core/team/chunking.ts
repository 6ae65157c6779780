import { concatBytes } from '../bytes';

/**
 * Framing for WebRTC data channels, which drop or refuse messages over their size limit (256 KiB
 * in Chrome, less between browsers) while a school year's sync message is megabytes. Large
 * messages are gzipped as they go (a school year's sync shrinks about 5 times, and the transfer
 * is what a fresh peer waits for). Each frame starts with one flag byte: MORE when the message
 * continues in the next frame, GZIP when its bytes are part of a gzip stream, ACK_ME when the
 * sender paces itself by the peer's ACKs (a frame of its own, never a message).
 */
export const CHUNK_BYTES = 64 * 1024;
/** Below this, compressing costs more time than sending. */
export const COMPRESS_FROM = 16 * 1024;
const MORE = 1;
const GZIP = 2;
const ACK_ME = 4;
const ACK = 8;
const ACK_FRAME = new Uint8Array([ACK]);

/**
 * Frames of a compressed message in flight before the peer has acknowledged them. A school year's
 * thirty frames sent at once were at times partly lost on the way even over loopback (a receiving
 * socket's buffer overflows while the browser is busy), and the transport's retransmission timer
 * then held the sync for seconds; three frames fit in such a buffer.
 */
export const WINDOW = 3;
/** A peer that acknowledges nothing this long runs a version that does not: the rest goes at once, as it expects. */
export const SILENT_MS = 400;

export function toFrames(message: Uint8Array, chunkBytes = CHUNK_BYTES): Uint8Array[] {
  const frames: Uint8Array[] = [];
  for (let offset = 0; offset < message.length || frames.length === 0; offset += chunkBytes) {
    const part = message.subarray(offset, offset + chunkBytes);
    const frame = new Uint8Array(part.length + 1);
    frame[0] = offset + chunkBytes >= message.length ? 0 : MORE;
    frame.set(part, 1);
    frames.push(frame);
  }
  return frames;
}

/** Reassembles uncompressed frames in arrival order (data channels here are reliable and ordered). */
export function createAssembler(): (frame: Uint8Array) => Uint8Array | null {
  let parts: Uint8Array[] = [];
  return (frame) => {
    parts.push(frame.subarray(1));
    if (frame[0] & MORE) return null;
    const message = concatBytes(parts);
    parts = [];
    return message;
  };
}

/** What one message may inflate to: a decade of a school's records is far less; a gzip bomb is not. */
export const MAX_INFLATED = 256 * 1024 * 1024;

/** Runs tasks one after another, so that messages stay in order although compressing takes a moment. */
function ordered() {
  let tail: Promise<void> = Promise.resolve();
  let waiting = 0;
  return {
    get idle() {
      return waiting === 0;
    },
    run(task: () => Promise<void> | void, onError: (error: unknown) => void) {
      waiting++;
      tail = tail
        .then(task)
        .catch(onError)
        .finally(() => waiting--);
    },
  };
}

/** Compresses as it sends: each frame of the gzip stream goes out when it is full, so the peer inflates while the rest is still being compressed. */
async function sendCompressed(message: Uint8Array, chunkBytes: number, send: (frame: Uint8Array) => void | Promise<void>): Promise<void> {
  const reader = new Blob([message as BlobPart]).stream().pipeThrough(new CompressionStream('gzip')).getReader();
  let frame = new Uint8Array(chunkBytes + 1);
  let filled = 0;
  const flush = async (last: boolean) => {
    frame[0] = GZIP | ACK_ME | (last ? 0 : MORE);
    const full = frame.subarray(0, filled + 1);
    frame = new Uint8Array(chunkBytes + 1);
    filled = 0;
    await send(full);
  };
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    for (let chunk = read.value; chunk.length; ) {
      const take = Math.min(chunkBytes - filled, chunk.length);
      frame.set(chunk.subarray(0, take), filled + 1);
      filled += take;
      chunk = chunk.subarray(take);
      if (filled === chunkBytes) await flush(false);
    }
  }
  await flush(true);
}

/** A message gzipped into frames now, to be sent later as they are (a school year kept ready for newcomers). */
export async function compressedFrames(message: Uint8Array, chunkBytes = CHUNK_BYTES): Promise<ReadyFrames> {
  const frames: Uint8Array[] = [];
  await sendCompressed(message, chunkBytes, (frame) => void frames.push(frame));
  return { frames };
}

/** Frames made beforehand (by `compressedFrames`), sent as they are. */
export interface ReadyFrames {
  frames: Uint8Array[];
}

/** A gzip stream fed frame by frame; `output` is the whole message, or fails past MAX_INFLATED or on a broken stream. */
function inflater() {
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const output = (async () => {
    const reader = stream.readable.getReader();
    const parts: Uint8Array[] = [];
    let size = 0;
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.length;
      if (size > MAX_INFLATED) {
        await reader.cancel();
        throw new Error(`a message inflates past ${MAX_INFLATED} bytes`);
      }
      parts.push(read.value);
    }
    return concatBytes(parts);
  })();
  // A broken stream fails `output`; the writes' own failures say the same.
  const write = (part: Uint8Array) => void writer.write(part as Uint8Array<ArrayBuffer>).catch(() => {});
  const end = () => void writer.close().catch(() => {});
  writer.closed.catch(() => {});
  // Awaited in turn, maybe later than it fails.
  output.catch(() => {});
  return { write, end, output };
}

/**
 * Sends frames that ask for ACKs at most WINDOW ahead of them. A peer that has never acknowledged
 * anything for SILENT_MS is an earlier version: from then on its frames go at once. One that has
 * but falls silent (a busy receiver) gets one more frame each SILENT_MS, so nothing waits forever.
 */
function pacer(send: (frame: Uint8Array) => void) {
  let inFlight = 0;
  let heard = false;
  let earlier = false;
  let wake: (() => void) | null = null;
  const acked = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        if (!heard) earlier = true;
        wake = null;
        resolve();
      }, SILENT_MS);
      wake = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
    });
  return {
    async send(frame: Uint8Array): Promise<void> {
      if (inFlight >= WINDOW && !earlier && frame[0] & ACK_ME) await acked();
      send(frame);
      if (frame[0] & ACK_ME) inFlight++;
    },
    /** The peer acknowledged a frame (however many it claims: a peer's ACKs only ever let frames go sooner). */
    acked() {
      heard = true;
      inFlight = Math.max(0, inFlight - 1);
      wake?.();
    },
  };
}

/**
 * Returns a function that frames each message, compressing large ones as it sends them (or sends
 * frames made beforehand), and hands frames to `send`; compressed frames go paced by the peer's
 * ACKs, which `acked` is told of.
 */
export function createSender(send: (frame: Uint8Array) => void, chunkBytes = CHUNK_BYTES, onError: (error: unknown) => void = () => {}) {
  const queue = ordered();
  const paced = pacer(send);
  const sendAll = async (frames: Uint8Array[]) => {
    for (const frame of frames) await paced.send(frame);
  };
  const sender = (message: Uint8Array | ReadyFrames) => {
    // A small message goes out at once unless a message is still going ahead of it.
    const small = message instanceof Uint8Array && message.length < COMPRESS_FROM ? toFrames(message, chunkBytes) : null;
    if (small && queue.idle) return small.forEach(send);
    queue.run(() => (small ? small.forEach(send) : message instanceof Uint8Array ? sendCompressed(message, chunkBytes, paced.send) : sendAll(message.frames)), onError);
  };
  return Object.assign(sender, { acked: paced.acked });
}

/** What a receiver says back to its peer's sender: an ACK for each frame that asks for one, and the ACKs that came. */
export interface AckLink {
  ack(frame: Uint8Array): void;
  acked(): void;
}

/** Returns a function that takes frames as they arrive (inflating compressed ones meanwhile) and hands whole messages, in order, to `deliver`. */
export function createReceiver(deliver: (message: Uint8Array) => void, onError: (error: unknown) => void = () => {}, link?: AckLink) {
  const assemble = createAssembler();
  const queue = ordered();
  let inflating: ReturnType<typeof inflater> | null = null;
  return (frame: Uint8Array) => {
    if (frame[0] & ACK) return link?.acked();
    if (frame[0] & ACK_ME) link?.ack(ACK_FRAME);
    if (frame[0] & GZIP) {
      inflating ??= inflater();
      inflating.write(frame.subarray(1));
      if (frame[0] & MORE) return;
      const { end, output } = inflating;
      inflating = null;
      end();
      return queue.run(async () => deliver(await output), onError);
    }
    const whole = assemble(frame);
    if (!whole) return;
    if (queue.idle) return deliver(whole);
    queue.run(() => deliver(whole), onError);
  };
}
