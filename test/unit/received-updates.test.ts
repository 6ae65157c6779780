import * as encoding from 'lib0/encoding';
import { describe, expect, it, vi } from 'vitest';
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import { hearReceivedUpdates, updateOf } from '../../entrypoints/shared/received-updates';
import { takeOverRoom } from '../../entrypoints/shared/relay-updates';

/** y-webrtc's sync message around an update: [sync, step 2, bytes]. */
function syncStep2(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

function year(records = 50): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (let i = 0; i < records; i++) doc.getMap('records').set(`r${i}`, { kind: 'violation', n: i });
  });
  return doc;
}

describe('a large update from a peer', () => {
  it('reaches the update listeners as the bytes that came, and later changes as Yjs encodes them', () => {
    const full = Y.encodeStateAsUpdate(year());
    const doc = new Y.Doc();
    const heard: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => heard.push(update));
    let reading: Uint8Array | null = null;
    hearReceivedUpdates(doc, () => reading);

    reading = syncStep2(full);
    Y.applyUpdate(doc, full, 'peer');
    reading = null;
    expect(heard).toHaveLength(1);
    expect(heard[0]).toEqual(full);
    expect(doc.getMap('records').size).toBe(50);

    doc.getMap('records').set('mine', { kind: 'note' });
    expect(heard).toHaveLength(2);
    const copy = new Y.Doc();
    heard.forEach((u) => Y.applyUpdate(copy, u));
    expect(copy.getMap('records').toJSON()).toEqual(doc.getMap('records').toJSON());
  });

  it('keeps a listener added while the update is applied', () => {
    const full = Y.encodeStateAsUpdate(year());
    const doc = new Y.Doc();
    const late: Uint8Array[] = [];
    const addLate = () => {
      doc.off('update', addLate);
      doc.on('update', (update: Uint8Array) => late.push(update));
    };
    doc.on('update', addLate);
    const message = syncStep2(full);
    hearReceivedUpdates(doc, () => message);
    Y.applyUpdate(doc, full, 'peer');
    doc.getMap('other').set('mine', 1);
    expect(late).toHaveLength(1);
  });

  it('does not lose a change an observer makes while the update is applied', () => {
    const full = Y.encodeStateAsUpdate(year());
    const doc = new Y.Doc();
    const heard: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => heard.push(update));
    doc.getMap('records').observe((event) => {
      if (!event.transaction.local) doc.getMap('checkpoints').set('me', 1);
    });
    const message = syncStep2(full);
    hearReceivedUpdates(doc, () => message);
    Y.applyUpdate(doc, full, 'peer');
    const copy = new Y.Doc();
    heard.forEach((u) => Y.applyUpdate(copy, u));
    expect(copy.getMap('checkpoints').get('me')).toBe(1);
    expect(copy.getMap('records').size).toBe(50);
  });

  it('stores nothing twice when a second peer sends what the doc holds', () => {
    const full = Y.encodeStateAsUpdate(year());
    const doc = new Y.Doc();
    const message = syncStep2(full);
    hearReceivedUpdates(doc, () => message);
    Y.applyUpdate(doc, full, 'peer');
    const heard = vi.fn();
    doc.on('update', heard);
    Y.applyUpdate(doc, full, 'another peer');
    expect(heard).not.toHaveBeenCalled();
  });

  it('leaves a message that is no sync message (or is broken) to Yjs', () => {
    const full = Y.encodeStateAsUpdate(year(3));
    expect(updateOf(new Uint8Array([1, 2, 3]))).toBeNull();
    expect(updateOf(new Uint8Array([0, 1, 200]))).toBeNull();
    expect(updateOf(syncStep2(full))).toEqual(full);
    const doc = new Y.Doc();
    const heard: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => heard.push(update));
    hearReceivedUpdates(doc, () => new Uint8Array([0, 1, 200]));
    Y.applyUpdate(doc, full, 'peer');
    expect(heard).toHaveLength(1);
    expect(doc.getMap('records').size).toBe(3);
  });
});

/** The sync messages a fake connection was sent (y-webrtc also sends it awareness). */
const syncsTo = (conn: { peer: { send: ReturnType<typeof vi.fn> } }) => conn.peer.send.mock.calls.map(([m]) => updateOf(m as Uint8Array)).filter((u) => u !== null);

describe("y-webrtc's room, taken over", () => {
  it('passes a peer\'s update on only when another peer is connected, and its own changes always', async () => {
    const doc = new Y.Doc();
    const provider = new WebrtcProvider(`relay-test-${Math.random()}`, doc, { signaling: [], password: 'secret' });
    try {
      await provider.key;
      const room = provider.room as unknown as Parameters<typeof takeOverRoom>[0];
      takeOverRoom(room);
      const first = { connected: true, peer: { send: vi.fn() }, destroy: () => {} };
      const second = { connected: true, peer: { send: vi.fn() }, destroy: () => {} };
      room.webrtcConns.set('a', first);

      Y.applyUpdate(doc, Y.encodeStateAsUpdate(year(5)), room);
      expect(syncsTo(first)).toHaveLength(0);

      doc.getMap('records').set('mine', 1);
      expect(syncsTo(first)).toHaveLength(1);
      const copy = new Y.Doc();
      Y.applyUpdate(copy, syncsTo(first)[0]);
      expect(copy.getMap('records').get('mine')).toBe(1);

      room.webrtcConns.set('b', second);
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(year(7)), room);
      expect(syncsTo(first)).toHaveLength(2);
      expect(syncsTo(second)).toHaveLength(1);

      // Going offline and back adds the handler again: still this one, and once.
      provider.disconnect();
      room.webrtcConns.set('a', first);
      room.webrtcConns.set('b', second);
      provider.connect();
      doc.getMap('records').set('again', 1);
      expect(syncsTo(first)).toHaveLength(3);
      expect(syncsTo(second)).toHaveLength(2);
    } finally {
      provider.destroy();
    }
  });
});
