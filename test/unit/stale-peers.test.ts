import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dropStalePeers, type PeerAttempt } from '@/entrypoints/shared/stale-peers';

class Attempt implements PeerAttempt {
  connected = false;
  readonly peer = {};
  destroyed = 0;
  constructor(readonly remotePeerId: string) {}
  destroy() {
    this.destroyed++;
  }
}

describe('dropStalePeers', () => {
  let conns: Attempt[];
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    conns = [];
  });
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });
  const start = (random: () => number) => {
    stop = dropStalePeers(() => conns, { baseMs: 1000, maxMs: 5000, tickMs: 100, random });
  };

  it('drops an attempt that has not connected by its deadline, and keeps one that has', () => {
    start(() => 0.5);
    const stuck = new Attempt('a');
    const open = new Attempt('b');
    conns.push(stuck, open);
    vi.advanceTimersByTime(1300);
    open.connected = true;
    expect(stuck.destroyed).toBe(0);
    vi.advanceTimersByTime(400);
    expect(stuck.destroyed).toBe(1);
    vi.advanceTimersByTime(10_000);
    expect(open.destroyed).toBe(0);
  });

  it('spreads the deadline by the random factor, so two peers retry at different moments', () => {
    let next = 0;
    start(() => [0, 0.9][next++ % 2]!);
    const early = new Attempt('a');
    const late = new Attempt('b');
    conns.push(early, late);
    vi.advanceTimersByTime(1200);
    expect([early.destroyed, late.destroyed]).toEqual([1, 0]);
    vi.advanceTimersByTime(800);
    expect(late.destroyed).toBe(1);
  });

  it('doubles the deadline for each failed attempt to the same peer, up to the cap, and forgets it once connected', () => {
    start(() => 0);
    const lifetimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const attempt = new Attempt('a');
      conns = [attempt];
      let waited = 0;
      while (!attempt.destroyed) {
        vi.advanceTimersByTime(100);
        waited += 100;
      }
      lifetimes.push(waited);
    }
    // First tick notes the attempt; deadlines 1 s, 2 s, 4 s, then the 5 s cap.
    expect(lifetimes).toEqual([1100, 2100, 4100, 5100, 5100]);

    const connected = new Attempt('a');
    connected.connected = true;
    conns = [connected];
    vi.advanceTimersByTime(100);
    const fresh = new Attempt('a');
    conns = [fresh];
    vi.advanceTimersByTime(1200);
    expect(fresh.destroyed).toBe(1);
  });

  it('drops a connection on which the peer has said nothing by the deadline (closed on its side unheard), and keeps one it spoke on', () => {
    const spoke = new Set<object>();
    stop = dropStalePeers(() => conns, { baseMs: 1000, maxMs: 5000, tickMs: 100, random: () => 0.5, heard: (conn) => spoke.has(conn.peer) });
    const silent = new Attempt('keeper');
    const live = new Attempt('b');
    conns.push(silent, live);
    vi.advanceTimersByTime(500);
    silent.connected = live.connected = true;
    spoke.add(live.peer);
    vi.advanceTimersByTime(800);
    expect(silent.destroyed).toBe(0);
    vi.advanceTimersByTime(400);
    expect(silent.destroyed).toBe(1);
    // Quiet afterwards is a quiet team, not a dead connection.
    vi.advanceTimersByTime(60_000);
    expect(live.destroyed).toBe(0);
  });

  it('stops watching when stopped', () => {
    start(() => 0);
    const stuck = new Attempt('a');
    conns.push(stuck);
    stop();
    vi.advanceTimersByTime(10_000);
    expect(stuck.destroyed).toBe(0);
  });
});
