// Bundled into a plain web page by the team tests: not the extension, just yjs + y-webrtc (and the
// extension's wire framing and record format) with a team's invite, as a leaked invite allows. It
// asks to join under a name of its choosing (nobody approves it), and signs with its own key.
import '../../entrypoints/shared/chunked-peer';
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import type { ModerationAction } from '../../core/moderation/actions';
import { recordsMap, requestsMap } from '../../core/team/doc';
import { createIdentity, type Identity } from '../../core/team/identity';
import { decodeInvite, signalingTopic, type Invite } from '../../core/team/invite';
import { signRequest } from '../../core/team/roster';
import { signRecord, toWire } from '../../core/team/signed-record';
import { readWire } from '../../core/team/wire-form';

const doc = new Y.Doc();
const records = recordsMap(doc);
let me: Identity;
let invite: Invite;
let provider: WebrtcProvider | null = null;

const hostile = {
  async join(code: string, signaling: string, name = 'Посторонний') {
    invite = decodeInvite(code)!;
    me = await createIdentity();
    requestsMap(doc).set(me.id, await signRequest(me, invite.teamId, { name, invite: invite.id, at: Date.now() }));
    provider = new WebrtcProvider(await signalingTopic(invite), doc, { signaling: [signaling], password: invite.secret });
    // Its empty presence renewed at once, as y-webrtc does every 15 s: peers see it without waiting.
    provider.awareness.setLocalState({});
  },
  leave() {
    provider?.destroy();
    provider = null;
  },
  ids: () => [...records.keys()].sort(),
  /** The record inside the envelope held under `id`. */
  get: (id: string) => {
    const read = readWire(records.get(id));
    return read.ok ? { ...read.parts.r, id } : null;
  },
  /** Writes anything into any of the doc's maps. */
  write(entries: Array<[string, string, unknown]>) {
    doc.transact(() => {
      for (const [map, key, value] of entries) doc.getMap(map).set(key, value);
    });
  },
  /** Records signed with this page's own key, as a member's extension would write them. */
  async writeSigned(fresh: Array<Record<string, unknown>>) {
    const envelopes = await Promise.all(fresh.map((r) => signRecord(me, invite.teamId, r as unknown as ModerationAction)));
    doc.transact(() => envelopes.forEach((e) => records.set(e.record.id, toWire(e))));
  },
  /** Deletes some records and overwrites others (signed with this page's key), in one update. */
  async tamper(deletions: string[], rewrites: Array<[string, Record<string, unknown>]>) {
    const envelopes = await Promise.all(rewrites.map(([, r]) => signRecord(me, invite.teamId, r as unknown as ModerationAction)));
    doc.transact(() => {
      for (const id of deletions) records.delete(id);
      rewrites.forEach(([id], i) => records.set(id, toWire(envelopes[i])));
    });
  },
};

Object.assign(globalThis, { hostile });
