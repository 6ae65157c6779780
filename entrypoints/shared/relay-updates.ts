import * as encoding from 'lib0/encoding';
import type { WebrtcProvider } from 'y-webrtc';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/** y-webrtc's message type for sync messages and updates (it does not export it). */
export const MESSAGE_SYNC = 0;

type UpdateHandler = (update: Uint8Array, origin: unknown) => void;
/** What this needs of y-webrtc's room (10.x keeps its update handler there, added to the doc on each connect). */
interface RoomLike {
  doc: Y.Doc;
  bcconnected: boolean;
  webrtcConns: Map<string, { connected: boolean; peer: { send(message: Uint8Array): void } }>;
  _docUpdateHandler: UpdateHandler;
}

/**
 * y-webrtc sends every update of the doc to every peer and, encrypted, to the browser's other
 * tabs, the updates it received from a peer included: a new member's school year went straight
 * back to the one peer it came from, encoded, compressed and encrypted again (9 MB, seconds of
 * the member's wait). Here the room's handler is replaced: updates go to the peers as before,
 * but one that came from a peer is passed on only when another peer is connected (it can be news
 * to that one, in a partial mesh). No other tab of this browser holds the team's doc, so nothing
 * goes to the tab channel.
 */
export function takeOverRoom(room: RoomLike): void {
  const own = room._docUpdateHandler;
  const relay: UpdateHandler = (update, origin) => {
    const conns = [...room.webrtcConns.values()].filter((conn) => conn.connected);
    if (origin === room && conns.length <= 1) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    const message = encoding.toUint8Array(encoder);
    for (const conn of conns) {
      try {
        conn.peer.send(message);
      } catch {
        // A closing channel: y-webrtc syncs the whole state again when the peer reconnects.
      }
    }
  };
  room._docUpdateHandler = relay;
  // Connected already (the room connects as soon as it exists): swap the listener too.
  if (room.bcconnected) {
    room.doc.off('update', own);
    room.doc.on('update', relay);
  }
}

/** Takes over the provider's room once its key is derived and the room exists. */
export function relayUpdates(provider: WebrtcProvider): void {
  void provider.key.then(() => {
    const room = provider.room as unknown as RoomLike | null;
    if (room) takeOverRoom(room);
  });
}
