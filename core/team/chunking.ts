import { concatBytes } from '../bytes';

/**
 * Framing for WebRTC data channels, which drop or refuse messages over their size limit (256 KiB
 * in Chrome, less between browsers) while a school year's sync message is megabytes. Large
 * messages are gzipped as they go (a school year's sync shrinks about 5 times, and the transfer
 * is what a fresh peer waits for). Each frame starts with one flag byte: MORE when the message
 * continues in the next frame, GZIP when its bytes are part of a gzip stream.
 */
export const CHUNK_BYTES = 64 * 1024;
/** Below this, compressing costs more time than sending. */
export const COMPRESS_FROM = 16 * 1024;
const MORE = 1;
const GZIP = 2;

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
async function sendCompressed(message: Uint8Array, chunkBytes: number, send: (frame: Uint8Array) => void): Promise<void> {
  const reader = new Blob([message as BlobPart]).stream().pipeThrough(new CompressionStream('gzip')).getReader();
  let frame = new Uint8Array(chunkBytes + 1);
  let filled = 0;
  const flush = (last: boolean) => {
    frame[0] = GZIP | (last ? 0 : MORE);
    send(frame.subarray(0, filled + 1));
    frame = new Uint8Array(chunkBytes + 1);
    filled = 0;
  };
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    for (let chunk = read.value; chunk.length; ) {
      const take = Math.min(chunkBytes - filled, chunk.length);
      frame.set(chunk.subarray(0, take), filled + 1);
      filled += take;
      chunk = chunk.subarray(take);
      if (filled === chunkBytes) flush(false);
    }
  }
  flush(true);
}

/** A message gzipped into frames now, to be sent later as they are (a school year kept ready for newcomers). */
export async function compressedFrames(message: Uint8Array, chunkBytes = CHUNK_BYTES): Promise<ReadyFrames> {
  const frames: Uint8Array[] = [];
  await sendCompressed(message, chunkBytes, (frame) => frames.push(frame));
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

/** Returns a function that frames each message, compressing large ones as it sends them (or sends frames made beforehand), and hands frames to `send`. */
export function createSender(send: (frame: Uint8Array) => void, chunkBytes = CHUNK_BYTES, onError: (error: unknown) => void = () => {}) {
  const queue = ordered();
  return (message: Uint8Array | ReadyFrames) => {
    // Frames known now go out at once unless a message is still being compressed ahead of them.
    const frames = !(message instanceof Uint8Array) ? message.frames : message.length < COMPRESS_FROM ? toFrames(message, chunkBytes) : null;
    if (frames && queue.idle) return frames.forEach(send);
    queue.run(() => (frames ? frames.forEach(send) : sendCompressed(message as Uint8Array, chunkBytes, send)), onError);
  };
}

/** Returns a function that takes frames as they arrive (inflating compressed ones meanwhile) and hands whole messages, in order, to `deliver`. */
export function createReceiver(deliver: (message: Uint8Array) => void, onError: (error: unknown) => void = () => {}) {
  const assemble = createAssembler();
  const queue = ordered();
  let inflating: ReturnType<typeof inflater> | null = null;
  return (frame: Uint8Array) => {
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
