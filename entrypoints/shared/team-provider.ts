import { heardFrom } from './chunked-peer';
import './quiet-tab-channel';
import { WebrtcProvider } from 'y-webrtc';
import type * as Y from 'yjs';
import type { Invite } from '@/core/team/invite';
import { FORM_FIELD } from '@/core/team/peer-forms';
import { FORM } from '@/core/team/wire-form';
import { useNostrSignaling } from './nostr-signaling';
import { hearReceivedUpdates } from './received-updates';
import { serveReadyYear, type ReadyKeep } from './ready-year';
import { relayUpdates } from './relay-updates';
import { dropStalePeers } from './stale-peers';

export interface TeamConnection {
  provider: WebrtcProvider;
  /** Leaves the room and closes the signaling socket too (destroy() alone leaves y-webrtc's shared socket open). */
  disconnect(): void;
}

/**
 * A member's connection to its team: y-webrtc in the room's derived topic, the secret as its
 * password, the invite's STUN/TURN servers, and attempts that never open dropped so that peers
 * reconnect by themselves. Signaling addresses in `nostr+wss://` meet through a public Nostr relay.
 * The always-on member passes `wrtc` (WebRTC for Node; browsers have their own) and where its
 * ready copy of a large doc is kept while the team sleeps (see ready-year.ts).
 */
export function connectTeam(doc: Y.Doc, invite: Invite, topic: string, node?: { wrtc: unknown; ready: ReadyKeep }): TeamConnection {
  useNostrSignaling();
  const config = invite.iceServers ? { iceServers: invite.iceServers, ...(invite.iceTransportPolicy ? { iceTransportPolicy: invite.iceTransportPolicy } : {}) } : null;
  const provider = new WebrtcProvider(topic, doc, {
    signaling: invite.signaling,
    password: invite.secret,
    peerOpts: { ...(config ? { config } : {}), ...(node ? { wrtc: node.wrtc } : {}) },
  });
  // Peers on another version see which record form this one writes (the team status names theirs).
  provider.awareness.setLocalStateField(FORM_FIELD, FORM);
  const stopWatchdog = dropStalePeers(() => provider.room?.webrtcConns.values() ?? [], { heard: (conn) => heardFrom(conn.peer) });
  relayUpdates(provider);
  const stopHearing = hearReceivedUpdates(doc);
  const stopServing = serveReadyYear(provider, doc, node?.ready);
  return {
    provider,
    disconnect() {
      stopWatchdog();
      stopHearing();
      stopServing();
      provider.disconnect();
      provider.destroy();
    },
  };
}
