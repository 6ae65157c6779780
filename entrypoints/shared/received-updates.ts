import * as decoding from 'lib0/decoding';
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import type * as Y from 'yjs';
import { largeMessageBeingRead } from './chunked-peer';
import { MESSAGE_SYNC } from './relay-updates';

type UpdateListener = (update: Uint8Array, origin: unknown, doc: Y.Doc, transaction: Y.Transaction) => void;
/** lib0's observable keeps its listeners here; Yjs encodes a transaction's update only when 'update' has some. */
type Observed = { _observers: Map<string, Set<UpdateListener>> };

/** The Yjs update inside a y-webrtc sync message ([sync, step 2 or update, its bytes]), or null when it is not one. */
export function updateOf(message: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
    const type = decoding.readVarUint(decoder);
    return type === messageYjsSyncStep2 || type === messageYjsUpdate ? decoding.readVarUint8Array(decoder) : null;
  } catch {
    return null;
  }
}

const changed = ({ beforeState, afterState, deleteSet }: Y.Transaction) =>
  deleteSet.clients.size > 0 || [...afterState].some(([client, clock]) => beforeState.get(client) !== clock);

/**
 * When a peer's large update (a school year for a fresh member) is applied, the doc's update
 * listeners (y-indexeddb, the relay) are handed the bytes that came instead of Yjs encoding the
 * transaction again: 9 MB and a fifth of a second for the same records. What came may hold more
 * than was new to the doc; both listeners take an update twice without harm.
 */
export function hearReceivedUpdates(doc: Y.Doc, reading: () => Uint8Array | null = largeMessageBeingRead): () => void {
  const observers = (doc as unknown as Observed)._observers;
  let held: { listeners: Set<UpdateListener>; update: Uint8Array; transaction: Y.Transaction } | undefined;
  // The listeners are back in place before they hear it, so that they may come and go as they would.
  const release = () => {
    if (!held) return;
    const { listeners, update, transaction } = held;
    held = undefined;
    observers.set('update', listeners);
    for (const listen of [...listeners]) listen(update, transaction.origin, doc, transaction);
  };
  const onCleanup = (transaction: Y.Transaction) => {
    const message = transaction.local ? null : reading();
    const update = message && updateOf(message);
    const listeners = observers.get('update');
    // Nothing new (a second peer sent the same): Yjs finds nothing to encode, and nothing is stored twice.
    if (!update || !listeners?.size || !changed(transaction)) return;
    // Yjs looks for 'update' listeners right after this event: none, so it encodes nothing; they hear
    // the bytes that came once the transaction is done (or before the next one, an observer's).
    held = { listeners, update, transaction };
    observers.delete('update');
  };
  doc.on('afterTransactionCleanup', onCleanup);
  doc.on('beforeObserverCalls', release);
  doc.on('afterAllTransactions', release);
  return () => {
    release();
    doc.off('afterTransactionCleanup', onCleanup);
    doc.off('beforeObserverCalls', release);
    doc.off('afterAllTransactions', release);
  };
}
