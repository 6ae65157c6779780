/**
 * Framing for WebRTC data channels, which drop or refuse messages over their size limit (256 KiB
 * in Chrome, less between browsers) while a school year's sync message is megabytes. Each frame
 * carries one flag byte: MORE when the message continues in the next frame, LAST when it ends.
 */
export const CHUNK_BYTES = 64 * 1024;
const LAST = 0;
const MORE = 1;

export function toFrames(message: Uint8Array, chunkBytes = CHUNK_BYTES): Uint8Array[] {
  const frames: Uint8Array[] = [];
  for (let offset = 0; offset < message.length || frames.length === 0; offset += chunkBytes) {
    const part = message.subarray(offset, offset + chunkBytes);
    const frame = new Uint8Array(part.length + 1);
    frame[0] = offset + chunkBytes >= message.length ? LAST : MORE;
    frame.set(part, 1);
    frames.push(frame);
  }
  return frames;
}

/** Reassembles frames in arrival order (data channels here are reliable and ordered). */
export function createAssembler(): (frame: Uint8Array) => Uint8Array | null {
  let parts: Uint8Array[] = [];
  return (frame) => {
    parts.push(frame.subarray(1));
    if (frame[0] === MORE) return null;
    const message = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const p of parts) {
      message.set(p, offset);
      offset += p.length;
    }
    parts = [];
    return message;
  };
}
