// y-webrtc sends a whole sync message in one data-channel message, which fails once a team's doc
// passes the channel's size limit (yjs/y-webrtc#20, #61). This frames every message into chunks
// on the simple-peer instances y-webrtc creates, and reassembles them on arrival. Every member
// runs the same extension, so both ends of a channel speak the framing.
import Peer from 'simple-peer/simplepeer.min.js';
import { createAssembler, toFrames } from '@/core/chunking';

interface PeerLike {
  send(data: Uint8Array): void;
  emit(event: string, ...args: unknown[]): boolean;
}

const proto = (Peer as unknown as { prototype: PeerLike & { __stewardChunked?: boolean } }).prototype;
const assemblers = new WeakMap<object, ReturnType<typeof createAssembler>>();

if (!proto.__stewardChunked) {
  proto.__stewardChunked = true;
  const send = proto.send;
  proto.send = function (this: PeerLike, data: Uint8Array) {
    for (const frame of toFrames(data)) send.call(this, frame);
  };
  const emit = proto.emit;
  proto.emit = function (this: PeerLike, event: string, ...args: unknown[]) {
    if (event !== 'data') return emit.call(this, event, ...args);
    let assemble = assemblers.get(this);
    if (!assemble) assemblers.set(this, (assemble = createAssembler()));
    const message = assemble(args[0] as Uint8Array);
    return message ? emit.call(this, 'data', message) : true;
  };
}
