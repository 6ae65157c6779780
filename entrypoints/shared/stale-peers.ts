/** What the watchdog needs of y-webrtc's WebrtcConn. */
export interface PeerAttempt {
  readonly remotePeerId: string;
  readonly connected: boolean;
  /** Its simple-peer instance. */
  readonly peer: object;
  destroy(): void;
}

export interface StalePeerOptions {
  /** First deadline for a connection attempt; doubles per failed attempt to the same peer. */
  baseMs?: number;
  maxMs?: number;
  tickMs?: number;
  random?: () => number;
  /** Whether the peer has sent anything on this connection (every peer sends its sync request as it connects). */
  heard?: (conn: PeerAttempt) => boolean;
}

/**
 * y-webrtc keeps a connection attempt that never opens (two peers offered at the same instant and
 * one side's offer failed, or the signaling server lost the offer or its answer) until ICE gives
 * up, or for ever when no answer came, and meanwhile ignores that peer's announcements. Dropping the attempt makes
 * y-webrtc announce again; the randomised deadline makes the two sides retry at different moments,
 * and the backoff leaves slow networks (TURN) the time they need. A connection that opened but on
 * which the peer has said nothing by then is dropped too: the other side has closed it without this
 * side hearing (a busy machine, a lost close), and it would otherwise count as a peer for ever
 * while nothing syncs.
 */
export function dropStalePeers(conns: () => Iterable<PeerAttempt>, options: StalePeerOptions = {}): () => void {
  const { baseMs = 3000, maxMs = 60_000, tickMs = 250, random = Math.random, heard = () => true } = options;
  const deadlines = new WeakMap<PeerAttempt, number>();
  const failures = new Map<string, number>();
  const timer = setInterval(() => {
    const now = Date.now();
    for (const conn of conns()) {
      if (conn.connected && heard(conn)) {
        failures.delete(conn.remotePeerId);
        continue;
      }
      const deadline = deadlines.get(conn);
      if (deadline === undefined) {
        const failed = failures.get(conn.remotePeerId) ?? 0;
        deadlines.set(conn, now + Math.min(maxMs, baseMs * 2 ** failed) * (1 + random()));
      } else if (now >= deadline) {
        failures.set(conn.remotePeerId, (failures.get(conn.remotePeerId) ?? 0) + 1);
        // y-webrtc removes it from the room when its peer reports the close, a moment later.
        deadlines.set(conn, Infinity);
        conn.destroy();
      }
    }
  }, tickMs);
  return () => clearInterval(timer);
}
