import { finalizeEvent, generateSecretKey, getPublicKey } from 'nostr-tools/pure';
import { describe, expect, it } from 'vitest';
import { decodeInvite, encodeInvite, newTeam } from '@/core/team/invite';
import { describeRendezvous, PUBLIC_RELAYS, rendezvousAddresses, turnServer } from '@/core/team/rendezvous';
import { NostrSignalingSocket, signalFrom, SIGNAL_KIND } from '@/entrypoints/shared/nostr-signaling';
import { createIdentity } from '@/core/team/identity';

const SUB = 'steward-test';
const me = getPublicKey(generateSecretKey());
const event = (over: Record<string, unknown> = {}) => ({
  ...finalizeEvent({ kind: SIGNAL_KIND, created_at: 1, tags: [['x', 'topic-1']], content: JSON.stringify('ciphertext') }, generateSecretKey()),
  ...over,
});

describe('the rendezvous a team is created with', () => {
  it('turns public relays into nostr+ addresses and keeps a school server as it is', () => {
    expect(rendezvousAddresses('public', PUBLIC_RELAYS.join('\n'))).toEqual(PUBLIC_RELAYS.map((r) => `nostr+${r}`));
    expect(rendezvousAddresses('school', ' wss://signal.school.ru/ \n ws://10.0.0.5:4444 ')).toEqual(['wss://signal.school.ru/', 'ws://10.0.0.5:4444']);
    expect(describeRendezvous(['nostr+wss://nos.lol', 'nostr+wss://relay.damus.io/'])).toEqual({ kind: 'public', hosts: ['nos.lol', 'relay.damus.io'] });
    expect(describeRendezvous(['wss://signal.school.ru'])).toEqual({ kind: 'school', hosts: ['signal.school.ru'] });
  });

  it('names the address that will not do, and refuses none or too many', () => {
    for (const bad of ['https://relay.example', 'javascript:alert(1)', 'wss://', 'relay.damus.io', `wss://${'a'.repeat(600)}.ru`]) {
      expect(rendezvousAddresses('public', `wss://nos.lol ${bad}`)).toEqual({ problem: 'bad-address', address: bad });
    }
    expect(rendezvousAddresses('school', '  \n ')).toEqual({ problem: 'no-address' });
    expect(rendezvousAddresses('school', Array.from({ length: 11 }, (_, i) => `wss://s${i}.ru`).join('\n'))).toEqual({ problem: 'too-many' });
  });

  it('takes a TURN server only as turn: or turns:', () => {
    expect(turnServer('', 'u', 'p')).toBeNull();
    expect(turnServer('turn:turn.school.ru:3478', ' user ', 'p@ss')).toEqual({ urls: 'turn:turn.school.ru:3478', username: 'user', credential: 'p@ss' });
    for (const bad of ['http://turn.school.ru', 'stun:x', 'turn: spaced out', 'turn:']) expect(turnServer(bad, '', '')).toBe('bad-turn');
  });

  it('carries the relays and relay-only in the invite, and an invite with other schemes is refused', async () => {
    const owner = await createIdentity();
    const invite = newTeam('7Б', { id: owner.id, name: 'Иванова', key: owner.public }, ['nostr+wss://nos.lol'], [{ urls: 'turn:t.ru:3478', username: 'u', credential: 'p' }], Date.now(), true);
    const decoded = decodeInvite(encodeInvite(invite))!;
    expect(decoded.signaling).toEqual(['nostr+wss://nos.lol']);
    expect(decoded.iceTransportPolicy).toBe('relay');
    // Relay-only without a TURN server would be a team nobody reaches: not set.
    expect(newTeam('7Б', { id: owner.id, name: 'Иванова', key: owner.public }, ['wss://s.ru'], undefined, Date.now(), true).iceTransportPolicy).toBeUndefined();
    const forged = 'STEWARD2:' + Buffer.from(JSON.stringify({ ...invite, signaling: ['nostr+https://evil.example'] })).toString('base64url');
    expect(decodeInvite(forged)).toBeNull();
  });
});

describe('what a Nostr relay sends, read as y-webrtc signaling', () => {
  it('passes a peer’s event on our subscription as the topic and its message', () => {
    expect(signalFrom(JSON.stringify(['EVENT', SUB, event()]), SUB, me)).toEqual({ topic: 'topic-1', data: 'ciphertext' });
  });

  it('drops anything else a hostile or broken relay sends', () => {
    const junk = [
      'not json',
      JSON.stringify(['NOTICE', 'rate-limited']),
      JSON.stringify(['EOSE', SUB]),
      JSON.stringify(['EVENT', 'another-sub', event()]),
      JSON.stringify(['EVENT', SUB, null]),
      JSON.stringify(['EVENT', SUB, event({ kind: 1 })]),
      JSON.stringify(['EVENT', SUB, event({ pubkey: me })]),
      JSON.stringify(['EVENT', SUB, event({ tags: [['t', 'topic-1']] })]),
      JSON.stringify(['EVENT', SUB, event({ tags: 'x' })]),
      JSON.stringify(['EVENT', SUB, event({ tags: [['x', 5]] })]),
      JSON.stringify(['EVENT', SUB, event({ content: '{broken' })]),
      JSON.stringify(['EVENT', SUB, event({ content: 7 })]),
      JSON.stringify(['EVENT', SUB, event({ content: JSON.stringify('x'.repeat(250_000)) })]),
      42,
    ];
    for (const message of junk) expect(signalFrom(message, SUB, me)).toBeNull();
  });
});

describe('the socket y-webrtc signals through', () => {
  /** A stand-in for the relay's WebSocket: records what is sent, delivers what the test says. */
  class FakeRelay {
    static last: FakeRelay;
    readonly OPEN = 1;
    readyState = 1;
    sent: unknown[][] = [];
    onopen: (() => void) | null = null;
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onclose: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly url: string) {
      FakeRelay.last = this;
    }
    send(text: string) {
      this.sent.push(JSON.parse(text));
    }
    close() {
      this.onclose?.();
    }
  }

  it('subscribes by topic, publishes signed ephemeral events, answers pings, and hands on only its topics', async () => {
    const socket = new NostrSignalingSocket('nostr+ws://127.0.0.1:1', FakeRelay as unknown as typeof WebSocket);
    const relay = FakeRelay.last;
    expect(relay.url).toBe('ws://127.0.0.1:1');
    const received: unknown[] = [];
    socket.onmessage = (e) => received.push(JSON.parse(e.data!));
    socket.send(JSON.stringify({ type: 'subscribe', topics: ['topic-1'] }));
    const [req, sub, filter] = relay.sent[0] as [string, string, Record<string, unknown>];
    expect(req).toBe('REQ');
    expect(filter).toMatchObject({ kinds: [SIGNAL_KIND], '#x': ['topic-1'] });

    socket.send(JSON.stringify({ type: 'publish', topic: 'topic-1', data: 'secret-ciphertext' }));
    const [kind, published] = relay.sent[1] as [string, { kind: number; tags: string[][]; content: string; sig: string }];
    expect(kind).toBe('EVENT');
    expect(published).toMatchObject({ kind: SIGNAL_KIND, tags: [['x', 'topic-1']], content: '"secret-ciphertext"' });
    expect(published.sig).toMatch(/^[0-9a-f]{128}$/);

    socket.send(JSON.stringify({ type: 'ping' }));
    await Promise.resolve();
    expect(received).toEqual([{ type: 'pong' }]);

    relay.onmessage!({ data: JSON.stringify(['EVENT', sub, event()]) });
    relay.onmessage!({ data: JSON.stringify(['EVENT', sub, event({ tags: [['x', 'someone-else']] })]) });
    expect(received.slice(1)).toEqual([{ type: 'publish', topic: 'topic-1', data: 'ciphertext' }]);

    socket.send(JSON.stringify({ type: 'unsubscribe', topics: ['topic-1'] }));
    expect(relay.sent.at(-1)).toEqual(['CLOSE', sub]);
  });
});
