// y-webrtc also syncs a room with the browser's other tabs over a BroadcastChannel. Each time a
// room connects it encodes the whole doc for that channel (a school year: 9 MB), encrypts it and
// posts it, and the room's own subscriber hears it back, decrypts it and reads all 9 MB again:
// about half a second of a member's or a waking keeper's one thread, just as peers arrive. Only
// one page of the extension (the sync host), or the keeper, holds a team's doc, so nothing listens
// there: rooms connect telling the channel of an empty doc, and stop hearing it.
import * as bc from 'lib0/broadcastchannel';
import { Room } from 'y-webrtc';
import * as Y from 'yjs';

interface RoomLike {
  doc: Y.Doc;
  name: string;
  _docUpdateHandler: (update: Uint8Array, origin: unknown) => void;
  _bcSubscriber: (data: ArrayBuffer) => void;
}

const proto = Room.prototype as unknown as RoomLike & { connect(): void; __stewardQuiet?: boolean };

if (!proto.__stewardQuiet) {
  proto.__stewardQuiet = true;
  const connect = proto.connect;
  proto.connect = function (this: RoomLike) {
    const { doc } = this;
    // A stand-in with the doc's client id: what y-webrtc tells the channel is of an empty doc.
    const empty = new Y.Doc();
    empty.clientID = doc.clientID;
    this.doc = empty;
    try {
      connect.call(this);
    } finally {
      this.doc = doc;
      empty.off('update', this._docUpdateHandler);
      empty.destroy();
    }
    doc.on('update', this._docUpdateHandler);
    bc.unsubscribe(this.name, this._bcSubscriber);
  };
}
