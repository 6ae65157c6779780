// y-webrtc sends a whole sync message in one data-channel message, which fails once a team's doc
// passes the channel's size limit (yjs/y-webrtc#20, #61). This frames (and compresses large)
// messages on the simple-peer instances y-webrtc creates, and restores them on arrival. Every
// member runs the same extension, so both ends of a channel speak the framing.
import Peer from 'simple-peer/simplepeer.min.js';
import { createReceiver, createSender, type ReadyFrames } from '@/core/team/chunking';
import { markStage } from '@/core/team/sync-stages';

interface PeerLike {
  send(data: Uint8Array | ReadyFrames): void;
  emit(event: string, ...args: unknown[]): boolean;
}

/** A message this large is a sync of many records: its arrival is a stage of the sync. */
const LARGE = 1 << 20;

/** The large message y-webrtc is reading at this moment (it reads synchronously), for received-updates.ts. */
let reading: Uint8Array | null = null;
export const largeMessageBeingRead = (): Uint8Array | null => reading;

/** Peers that have sent a frame (stale-peers.ts drops an open connection on which nothing came). */
const heard = new WeakSet<object>();
export const heardFrom = (peer: object): boolean => heard.has(peer);

/** Answers a peer's small message before y-webrtc reads it; true when it did (ready-year.ts answers a newcomer's sync request). */
type Answerer = (peer: object, message: Uint8Array) => boolean;
let answerFirst: Answerer = () => false;
export const answerBeforeYWebrtc = (answer: Answerer): void => void (answerFirst = answer);

const proto = (Peer as unknown as { prototype: PeerLike & { __stewardChunked?: boolean } }).prototype;
const senders = new WeakMap<object, ReturnType<typeof createSender>>();
const receivers = new WeakMap<object, (frame: Uint8Array) => void>();
// A message that cannot be sent or read means a closing or broken channel: y-webrtc syncs the
// whole state again on the next connection, so nothing is lost by dropping it.
const dropped = (error: unknown) => console.warn('chat-steward: data channel message dropped', error);

if (!proto.__stewardChunked) {
  proto.__stewardChunked = true;
  const send = proto.send;
  const senderOf = (peer: PeerLike) => {
    let sender = senders.get(peer);
    if (!sender) senders.set(peer, (sender = createSender((frame) => send.call(peer, frame), undefined, dropped)));
    return sender;
  };
  proto.send = function (this: PeerLike, data: Uint8Array | ReadyFrames) {
    senderOf(this)(data);
  };
  const emit = proto.emit;
  const deliver = (peer: PeerLike, message: Uint8Array) => {
    if (message.length < LARGE) {
      if (!answerFirst(peer, message)) emit.call(peer, 'data', message);
      return;
    }
    markStage('message');
    reading = message;
    try {
      emit.call(peer, 'data', message);
    } finally {
      reading = null;
    }
  };
  proto.emit = function (this: PeerLike, event: string, ...args: unknown[]) {
    if (event !== 'data') return emit.call(this, event, ...args);
    heard.add(this);
    let receive = receivers.get(this);
    if (!receive) {
      // ACKs go straight out (not behind what this end is sending), and those that come let its own sender go on.
      const ack = (frame: Uint8Array) => {
        try {
          send.call(this, frame);
        } catch (error) {
          dropped(error);
        }
      };
      receivers.set(this, (receive = createReceiver((message) => deliver(this, message), dropped, { ack, acked: () => senderOf(this).acked() })));
    }
    receive(args[0] as Uint8Array);
    return true;
  };
}
