import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebrtcProvider } from 'y-webrtc';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { compressedFrames, type ReadyFrames } from '@/core/team/chunking';
import { recordsMap } from '@/core/team/doc';
import { answerBeforeYWebrtc } from './chunked-peer';
import { MESSAGE_SYNC } from './relay-updates';

/** Below this, an answer is made when asked, as y-webrtc does. */
const READY_FROM = 1 << 20;
/** A peer that lacks more than this many of the doc's items, and most of them (a newcomer), is answered from the ready copy. */
const FAR_BEHIND = 1000;
/** The ready copy is made again once what changed since it was made is this share of its size. */
const STALE_SHARE = 0.1;
/** A member that holds a large doc makes the ready copy this long after connecting, once settled. */
const PREPARE_AFTER_MS = 2000;

interface Ready {
  /** The doc's state vector when the copy was made: what changed since goes after it. */
  state: Uint8Array;
  frames: ReadyFrames;
  bytes: number;
}

/**
 * Where a room's ready copy is kept: by default only while the room is connected; the keeper keeps
 * it while a team sleeps (its doc does not change meanwhile), so the member who wakes the team is
 * answered without the year being encoded again.
 */
export interface ReadyKeep {
  copy: Promise<Ready | null> | null;
}

type Send = (message: Uint8Array | ReadyFrames) => void;

/** The state vector a sync request (y-webrtc's sync step 1) carries; null for any other message or a broken one. */
export function syncRequest(message: Uint8Array): Map<number, number> | null {
  try {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC || decoding.readVarUint(decoder) !== syncProtocol.messageYjsSyncStep1) return null;
    const state = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    return decoding.hasContent(decoder) ? null : state;
  } catch {
    return null;
  }
}

/** Whether a peer with this state vector lacks most of the doc, and more than a few items: a newcomer, not a member back from a while offline. */
function farBehind(doc: Y.Doc, theirs: Map<number, number>): boolean {
  let missing = 0;
  let all = 0;
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
    missing += Math.max(0, clock - (theirs.get(client) ?? 0));
    all += clock;
  }
  return missing >= FAR_BEHIND && missing * 2 > all;
}

const syncAnswer = (update: Uint8Array): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
};

/**
 * A newcomer's sync request is answered with the whole doc: for a school year that is 9 MB to
 * encode and compress while the newcomer waits (a third of a second). A member holding a large doc
 * keeps it ready instead — encoded, compressed and framed once — and answers a newcomer with it
 * and then with what changed since it was made (a second, small answer; Yjs merges the two). The
 * copy is made again, when next asked for, once those changes grow or a record was deleted. Peers
 * that are only a little behind are answered by y-webrtc as before.
 */
export function readyYear(doc: Y.Doc, keep: ReadyKeep = { copy: null }) {
  // A record deleted or replaced (the team's retention, a restore) must not travel again in the
  // copy. Other maps' replaced entries (a member's newer checkpoint or request) may: the team has them.
  const records = recordsMap(doc);
  const onRecords = (event: Y.YMapEvent<unknown>) => {
    for (const { action } of event.changes.keys.values()) if (action !== 'add') keep.copy = null;
  };
  records.observe(onRecords);

  const readyCopy = (): Promise<Ready | null> =>
    (keep.copy ??= (async () => {
      const state = Y.encodeStateVector(doc);
      const update = Y.encodeStateAsUpdate(doc);
      if (update.length < READY_FROM) return null;
      return { state, frames: await compressedFrames(syncAnswer(update)), bytes: update.length };
    })().then((made) => {
      // A small doc is answered as asked, and looked at again next time.
      if (!made) keep.copy = null;
      return made;
    }));

  async function serve(theirs: Map<number, number>, send: Send): Promise<void> {
    const copy = await readyCopy();
    if (!copy) return send(syncAnswer(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(theirs))));
    send(copy.frames);
    const since = Y.encodeStateAsUpdate(doc, copy.state);
    send(syncAnswer(since));
    if (since.length > copy.bytes * STALE_SHARE) keep.copy = null;
  }

  return {
    /** Answers a sync request from far behind; false for anything else, which y-webrtc reads. */
    answer(message: Uint8Array, send: Send): boolean {
      const theirs = syncRequest(message);
      if (!theirs || !farBehind(doc, theirs)) return false;
      // A channel that closes meanwhile: y-webrtc syncs again when the peer reconnects.
      serve(theirs, send).catch(() => {});
      return true;
    },
    /** Makes the ready copy now if the doc is large. */
    prepare: () => readyCopy().then(() => undefined),
    /** Whether a ready copy is made or being made (for tests). */
    get holdsCopy() {
      return keep.copy !== null;
    },
    stop: () => records.unobserve(onRecords),
  };
}

interface Served {
  year: ReturnType<typeof readyYear>;
  conns(): Iterable<{ peer: { send: Send } }>;
}

const served = new Set<Served>();
answerBeforeYWebrtc((peer, message) => {
  // Most messages are updates and awareness: only a sync request (two zero bytes first) is looked at further.
  if (message[0] !== MESSAGE_SYNC || message[1] !== syncProtocol.messageYjsSyncStep1) return false;
  for (const room of served) for (const conn of room.conns()) if (conn.peer === peer) return room.year.answer(message, (m) => conn.peer.send(m));
  return false;
});

/**
 * Newcomers to this provider's room are answered from a ready copy of the doc (`keep`'s, if it
 * holds one); a member that already holds a large doc makes it once settled. Returns a function
 * that stops this.
 */
export function serveReadyYear(provider: WebrtcProvider, doc: Y.Doc, keep?: ReadyKeep): () => void {
  const room: Served = {
    year: readyYear(doc, keep),
    conns: () => (provider.room?.webrtcConns.values() ?? []) as Iterable<{ peer: { send: Send } }>,
  };
  served.add(room);
  const large = farBehind(doc, new Map());
  const timer = large ? setTimeout(() => void room.year.prepare(), PREPARE_AFTER_MS) : undefined;
  return () => {
    clearTimeout(timer);
    served.delete(room);
    room.year.stop();
  };
}
