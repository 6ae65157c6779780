// Bundled into two pages by team-sync.ts: the real yjs + y-webrtc, one peer holding a school year.
import '../../entrypoints/shared/chunked-peer';
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import { recordsMap } from '../../core/team/doc';
import { shortStringsFast } from '../../core/team/fast-utf8';
import { binaryAsViews } from '../../core/team/update-views';
import { serveReadyYear } from '../../entrypoints/shared/ready-year';

// As the extension's sync host does (team-host.ts, team-provider.ts).
shortStringsFast();
binaryAsViews();

interface Peer {
  join(room: string, password: string, signaling: string, state?: string): Promise<void>;
  /** Resolves with the milliseconds from joining until the doc holds `expected` records. */
  syncTime(room: string, password: string, signaling: string, expected: number): Promise<number>;
}

const doc = new Y.Doc();

const peer: Peer = {
  async join(room, password, signaling, state) {
    if (state) Y.applyUpdate(doc, Uint8Array.from(atob(state), (c) => c.charCodeAt(0)));
    const provider = new WebrtcProvider(room, doc, { signaling: [signaling], password });
    serveReadyYear(provider, doc);
    // The holder has been in the room before the fresh peer comes, as in real use. (Peers that
    // announce at once can collide; the extension retries within seconds, see stale-peers.ts,
    // and the browser tests cover that; this figure is the clean join.)
    while (!provider.signalingConns.every((c) => c.connected)) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 500));
  },
  syncTime(room, password, signaling, expected) {
    const start = performance.now();
    return new Promise((resolve) => {
      const check = () => {
        if (recordsMap(doc).size >= expected) resolve(performance.now() - start);
      };
      doc.on('update', check);
      new WebrtcProvider(room, doc, { signaling: [signaling], password });
    });
  },
};

(globalThis as unknown as { peer: Peer }).peer = peer;
