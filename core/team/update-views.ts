import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/**
 * Yjs's version-1 update decoder copies each binary value out of the update it reads (its version 2
 * keeps a view). A school year is 22 000 records, each a binary value: as many small buffers made,
 * and later collected, while a fresh member applies it (~50 ms of the sync host's thread, measured).
 * A record's bytes are never changed in place (a change is a new value), so the sync host reads them
 * as views into the update, as version 2 does: an update stays in memory while a record of it does,
 * and a record's bytes are copied (never sent on as the view) wherever they leave the doc.
 */
export function binaryAsViews(): void {
  const proto = Y.UpdateDecoderV1.prototype as unknown as { readBuf(): Uint8Array; stewardViews?: true };
  if (proto.stewardViews) return;
  proto.readBuf = function (this: { restDecoder: decoding.Decoder }) {
    return decoding.readVarUint8Array(this.restDecoder);
  };
  proto.stewardViews = true;
}
