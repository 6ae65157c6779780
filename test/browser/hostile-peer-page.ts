// Bundled into a plain web page by team-sync.test.ts: not the extension, just yjs + y-webrtc (and
// the extension's wire framing) with a team's room and secret, as a leaked invite would allow.
import '../../entrypoints/shared/chunked-peer';
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import { signalingTopic } from '../../core/team/invite';

const doc = new Y.Doc();
const records = doc.getMap<Record<string, unknown>>('records');

const hostile = {
  /** Joins the room and names itself in the doc, as a member's extension does. */
  async join(room: string, secret: string, signaling: string) {
    doc.getMap('members').set('intruder', { id: 'intruder', name: 'Посторонний', joinedAt: Date.now() });
    doc.getMap('clients').set(String(doc.clientID), 'intruder');
    new WebrtcProvider(await signalingTopic({ room, secret }), doc, { signaling: [signaling], password: secret });
  },
  ids: () => [...records.keys()].sort(),
  get: (id: string) => records.get(id) ?? null,
  /** Writes anything into any of the doc's maps. */
  write(entries: Array<[string, string, unknown]>) {
    doc.transact(() => {
      for (const [map, key, value] of entries) doc.getMap(map).set(key, value);
    });
  },
  /** Deletes some records and overwrites others, in one update. */
  tamper(deletions: string[], rewrites: Array<[string, Record<string, unknown>]>) {
    doc.transact(() => {
      for (const id of deletions) records.delete(id);
      for (const [id, value] of rewrites) records.set(id, value);
    });
  },
};

Object.assign(globalThis, { hostile });
