/**
 * Framing for WebRTC data channels, which drop or refuse messages over their size limit (256 KiB
 * in Chrome, less between browsers) while a school year's sync message is megabytes. Large
 * messages are gzipped first (a school year's sync shrinks about 14 times, and the transfer is
 * what a fresh peer waits for). Each frame starts with one flag byte: MORE when the message
 * continues in the next frame, GZIP when the message is compressed.
 */
export const CHUNK_BYTES = 64 * 1024;
/** Below this, compressing costs more time than sending. */
export const COMPRESS_FROM = 16 * 1024;
const MORE = 1;
const GZIP = 2;

export function toFrames(message: Uint8Array, chunkBytes = CHUNK_BYTES, flags = 0): Uint8Array[] {
  const frames: Uint8Array[] = [];
  for (let offset = 0; offset < message.length || frames.length === 0; offset += chunkBytes) {
    const part = message.subarray(offset, offset + chunkBytes);
    const frame = new Uint8Array(part.length + 1);
    frame[0] = flags | (offset + chunkBytes >= message.length ? 0 : MORE);
    frame.set(part, 1);
    frames.push(frame);
  }
  return frames;
}

export interface Assembled {
  message: Uint8Array;
  gzip: boolean;
}

/** Reassembles frames in arrival order (data channels here are reliable and ordered). */
export function createAssembler(): (frame: Uint8Array) => Assembled | null {
  let parts: Uint8Array[] = [];
  return (frame) => {
    parts.push(frame.subarray(1));
    if (frame[0] & MORE) return null;
    const message = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const p of parts) {
      message.set(p, offset);
      offset += p.length;
    }
    parts = [];
    return { message, gzip: (frame[0] & GZIP) !== 0 };
  };
}

const through = async (data: Uint8Array, stream: CompressionStream | DecompressionStream) =>
  new Uint8Array(await new Response(new Blob([data as BlobPart]).stream().pipeThrough(stream)).arrayBuffer());

/**
 * Keeps messages in order although compressing takes a moment: small messages go out at once
 * unless a large one is still being compressed ahead of them.
 */
function ordered() {
  let tail: Promise<void> = Promise.resolve();
  let waiting = 0;
  return {
    get idle() {
      return waiting === 0;
    },
    after<T>(ready: Promise<T>, use: (value: T) => void, onError: (error: unknown) => void) {
      waiting++;
      tail = tail
        .then(() => ready)
        .then(use)
        .catch(onError)
        .finally(() => waiting--);
    },
  };
}

/** Returns a function that frames each message, compressing large ones, and hands frames to `send`. */
export function createSender(send: (frame: Uint8Array) => void, chunkBytes = CHUNK_BYTES, onError: (error: unknown) => void = () => {}) {
  const queue = ordered();
  return (message: Uint8Array) => {
    if (message.length < COMPRESS_FROM && queue.idle) return toFrames(message, chunkBytes).forEach(send);
    const frames =
      message.length < COMPRESS_FROM
        ? Promise.resolve(toFrames(message, chunkBytes))
        : through(message, new CompressionStream('gzip')).then((z) => (z.length < message.length ? toFrames(z, chunkBytes, GZIP) : toFrames(message, chunkBytes)));
    queue.after(frames, (all) => all.forEach(send), onError);
  };
}

/** Returns a function that takes frames as they arrive and hands whole messages, in order, to `deliver`. */
export function createReceiver(deliver: (message: Uint8Array) => void, onError: (error: unknown) => void = () => {}) {
  const assemble = createAssembler();
  const queue = ordered();
  return (frame: Uint8Array) => {
    const whole = assemble(frame);
    if (!whole) return;
    if (!whole.gzip && queue.idle) return deliver(whole.message);
    queue.after(whole.gzip ? through(whole.message, new DecompressionStream('gzip')) : Promise.resolve(whole.message), deliver, onError);
  };
}
