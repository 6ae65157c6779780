import * as encoding from 'lib0/encoding';
import type { WebrtcProvider } from 'y-webrtc';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/** y-webrtc's message type for sync messages and updates. */
const MESSAGE_SYNC = 0;

/**
 * y-webrtc sends every update of the doc to every peer and, encrypted, to the browser's other
 * tabs, the updates it received from a peer included: a new member's school year went straight
 * back to the one peer it came from, encoded, compressed and encrypted again (9 MB, seconds of
 * the member's wait). Here updates go to the peers as before, but one that came from a peer is
 * passed on only when another peer is connected (it can be news to that one, in a partial mesh).
 * No other tab of this browser holds the team's doc, so nothing goes to the tab channel.
 */
export function relayUpdates(provider: WebrtcProvider, doc: Y.Doc): () => void {
  const own = (provider as unknown as { _docUpdateHandler: (update: Uint8Array, origin: unknown) => void })._docUpdateHandler;
  doc.off('update', own);
  const relay = (update: Uint8Array, origin: unknown) => {
    const room = provider.room;
    if (!room) return;
    const connected = [...room.webrtcConns.values()].filter((conn) => conn.connected).length;
    if (origin === room && connected <= 1) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    const message = encoding.toUint8Array(encoder);
    for (const conn of room.webrtcConns.values()) {
      try {
        conn.peer.send(message);
      } catch {
        // A closing channel: y-webrtc syncs the whole state again when the peer reconnects.
      }
    }
  };
  doc.on('update', relay);
  return () => doc.off('update', relay);
}
