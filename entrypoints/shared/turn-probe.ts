import type { Invite } from '@/core/team/invite';
import type { TurnState } from '@/core/team/config';

type IceServer = NonNullable<Invite['iceServers']>[number];

const PROBE_MS = 8000;
/** STUN's "Unauthorized": the TURN server refused the username or password. */
const UNAUTHORIZED = 401;

/**
 * Asks a TURN server for a relay address, as a connection would, and says what came of it. A sync
 * that fails through a relay says nothing of why; this names the one thing a teacher can fix.
 */
export function probeTurn(server: IceServer, timeoutMs = PROBE_MS): Promise<Exclude<TurnState, 'checking'>> {
  const Connection = globalThis.RTCPeerConnection;
  if (!Connection) return Promise.resolve('unreachable');
  const pc = new Connection({ iceServers: [server], iceTransportPolicy: 'relay' });
  let refused = false;
  return new Promise((resolve) => {
    const done = (state: Exclude<TurnState, 'checking'>) => {
      clearTimeout(timer);
      pc.close();
      resolve(state);
    };
    const timer = setTimeout(() => done(refused ? 'auth' : 'unreachable'), timeoutMs);
    pc.onicecandidate = (event) => {
      if (event.candidate?.candidate.includes(' typ relay')) done('ok');
      else if (!event.candidate) done(refused ? 'auth' : 'unreachable');
    };
    pc.onicecandidateerror = (event) => {
      if ((event as RTCPeerConnectionIceErrorEvent).errorCode === UNAUTHORIZED) refused = true;
    };
    pc.createDataChannel('probe');
    pc.createOffer().then((offer) => pc.setLocalDescription(offer)).catch(() => done('unreachable'));
  });
}

/** The invite's TURN servers, one address each (a server listing several is probed by its first). */
export const turnServersOf = (invite: Invite): IceServer[] =>
  (invite.iceServers ?? []).flatMap((server) => {
    const url = [server.urls].flat().find((u) => /^turns?:/.test(u));
    return url ? [{ ...server, urls: url }] : [];
  });
