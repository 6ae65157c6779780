import * as bc from 'lib0/broadcastchannel';
import { expect, it, vi } from 'vitest';
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import '../../entrypoints/shared/quiet-tab-channel';

function yearOf(count: number): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (let i = 0; i < count; i++) doc.getMap('records').set(`r${i}`, { kind: 'violation', reason: `Нарушение правил чата номер ${i}` });
  });
  return doc;
}

/** Every message y-webrtc posts to the tab channel of `room`, as this tab's other listeners would get it. */
function listen(room: string) {
  const heard: Uint8Array[] = [];
  const listener = (data: ArrayBuffer) => void heard.push(new Uint8Array(data));
  bc.subscribe(room, listener);
  return { heard, stop: () => bc.unsubscribe(room, listener) };
}

it('connects a room without encoding the doc for the tab channel, and without reading its own posts back', async () => {
  const doc = yearOf(3000);
  const size = Y.encodeStateAsUpdate(doc).length;
  const name = `quiet-${Math.random()}`;
  const channel = listen(name);
  const echoes: unknown[] = [];
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.origin === provider.room) echoes.push(transaction.origin);
  });
  const provider = new WebrtcProvider(name, doc, { signaling: [], password: 'secret' });
  try {
    // y-webrtc posts five messages as a room connects (its id, sync steps 1 and 2, awareness twice).
    await vi.waitFor(() => expect(channel.heard.length).toBeGreaterThanOrEqual(5));
    const posted = channel.heard.reduce((sum, m) => sum + m.length, 0);
    expect(size).toBeGreaterThan(100_000);
    expect(posted).toBeLessThan(2000);
    await new Promise((r) => setTimeout(r, 100));
    expect(echoes).toHaveLength(0);

    // Offline and back: as quiet.
    provider.disconnect();
    channel.heard.length = 0;
    provider.connect();
    await vi.waitFor(() => expect(channel.heard.length).toBeGreaterThanOrEqual(5));
    expect(channel.heard.reduce((sum, m) => sum + m.length, 0)).toBeLessThan(2000);
    await new Promise((r) => setTimeout(r, 100));
    expect(echoes).toHaveLength(0);
  } finally {
    provider.destroy();
    channel.stop();
  }
});

it('still sends peers what changes in the doc after connecting', async () => {
  const doc = yearOf(10);
  const provider = new WebrtcProvider(`quiet-${Math.random()}`, doc, { signaling: [], password: 'secret' });
  try {
    await provider.key;
    const peer = { send: vi.fn() };
    (provider.room as unknown as { webrtcConns: Map<string, unknown> }).webrtcConns.set('peer', { connected: true, peer, destroy: () => {} });
    doc.getMap('records').set('new', { kind: 'note' });
    expect(peer.send).toHaveBeenCalledTimes(1);
  } finally {
    provider.destroy();
  }
});
