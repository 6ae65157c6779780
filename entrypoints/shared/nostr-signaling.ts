// y-webrtc meets peers through a signaling server that speaks its own JSON over a WebSocket
// (subscribe, publish, ping). A team with no server of its own meets through public Nostr relays
// instead: a signaling address `nostr+wss://relay…` opens this socket, which speaks y-webrtc's
// protocol to y-webrtc and Nostr to the relay. y-webrtc has already encrypted every message with
// the team secret; the relay sees the derived topic, a throwaway key and the members' addresses.
import { finalizeEvent, generateSecretKey, getPublicKey } from 'nostr-tools/pure';

export const NOSTR_SCHEME = 'nostr+';
/** Ephemeral (20000–29999): relays pass it to subscribers and keep nothing. */
export const SIGNAL_KIND = 25_050;
/** The single-letter tag the topic goes in: relays index those. */
const TOPIC_TAG = 'x';
/** Relays that keep ephemeral events after all would replay old announcements: only recent ones count. */
const RECENT_S = 60;

export const isNostrSignaling = (url: string) => url.startsWith(NOSTR_SCHEME);

type Listener = ((event: { data?: string }) => void) | null;

interface SignalingMessage {
  type: string;
  topics?: string[];
  topic?: string;
  data?: unknown;
}

export class NostrSignalingSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  onopen: Listener = null;
  onmessage: Listener = null;
  onclose: Listener = null;
  onerror: Listener = null;
  binaryType = 'blob';
  private readonly relay: WebSocket;
  private readonly secret = generateSecretKey();
  private readonly pubkey = getPublicKey(this.secret);
  private readonly subscription = `steward-${Math.random().toString(36).slice(2, 10)}`;
  private readonly topics = new Set<string>();

  constructor(readonly url: string, Socket: typeof WebSocket) {
    this.relay = new Socket(url.slice(NOSTR_SCHEME.length));
    this.relay.onopen = () => this.onopen?.({});
    this.relay.onclose = () => this.onclose?.({});
    this.relay.onerror = () => this.onerror?.({});
    this.relay.onmessage = (event) => this.fromRelay(event.data);
  }

  get readyState(): number {
    return this.relay.readyState;
  }

  /** A y-webrtc signaling message, in Nostr. */
  send(text: string): void {
    const message = JSON.parse(text) as SignalingMessage;
    switch (message.type) {
      case 'subscribe':
      case 'unsubscribe':
        for (const topic of message.topics ?? []) message.type === 'subscribe' ? this.topics.add(topic) : this.topics.delete(topic);
        this.subscribe();
        break;
      case 'publish':
        if (typeof message.topic !== 'string') return;
        this.toRelay(['EVENT', finalizeEvent({ kind: SIGNAL_KIND, created_at: now(), tags: [[TOPIC_TAG, message.topic]], content: JSON.stringify(message.data ?? null) }, this.secret)]);
        break;
      case 'ping':
        // The relay's own socket says when it is gone; y-webrtc's keep-alive is answered here.
        queueMicrotask(() => this.onmessage?.({ data: JSON.stringify({ type: 'pong' }) }));
        break;
    }
  }

  close(): void {
    this.relay.close();
  }

  private subscribe(): void {
    if (!this.topics.size) this.toRelay(['CLOSE', this.subscription]);
    else this.toRelay(['REQ', this.subscription, { kinds: [SIGNAL_KIND], [`#${TOPIC_TAG}`]: [...this.topics], since: now() - RECENT_S }]);
  }

  private toRelay(message: unknown[]): void {
    if (this.relay.readyState === this.relay.OPEN) this.relay.send(JSON.stringify(message));
  }

  /** A relay's event on one of our topics, as y-webrtc's server would publish it; anything else is dropped. */
  private fromRelay(data: unknown): void {
    const message = signalFrom(data, this.subscription, this.pubkey);
    if (message && this.topics.has(message.topic)) this.onmessage?.({ data: JSON.stringify({ type: 'publish', ...message }) });
  }
}

const now = () => Math.floor(Date.now() / 1000);

/**
 * The topic and y-webrtc's message in a relay's `["EVENT", subscription, event]`, or null. The
 * relay is untrusted: anything malformed is dropped here, and what passes is still only ciphertext
 * y-webrtc decrypts with the team secret (a forgery fails there).
 */
export function signalFrom(data: unknown, subscription: string, ownKey: string): { topic: string; data: unknown } | null {
  if (typeof data !== 'string' || data.length > 200_000) return null;
  let message: unknown;
  try {
    message = JSON.parse(data);
  } catch {
    return null;
  }
  if (!Array.isArray(message) || message[0] !== 'EVENT' || message[1] !== subscription) return null;
  const event = message[2] as { kind?: unknown; pubkey?: unknown; tags?: unknown; content?: unknown } | null;
  if (!event || event.kind !== SIGNAL_KIND || event.pubkey === ownKey || typeof event.content !== 'string' || !Array.isArray(event.tags)) return null;
  const tag = (event.tags as unknown[]).find((t): t is [string, string] => Array.isArray(t) && t[0] === TOPIC_TAG && typeof t[1] === 'string');
  if (!tag) return null;
  try {
    return { topic: tag[1], data: JSON.parse(event.content) };
  } catch {
    return null;
  }
}

let installed = false;

/**
 * y-webrtc (through lib0) opens its signaling sockets with the global WebSocket, and keeps them in
 * a map of its own: the one way in is the constructor. Addresses in `nostr+` get the socket
 * above; every other socket is the platform's own.
 */
export function useNostrSignaling(): void {
  if (installed || typeof globalThis.WebSocket !== 'function') return;
  installed = true;
  const Platform = globalThis.WebSocket;
  globalThis.WebSocket = new Proxy(Platform, {
    construct(target, args: [string | URL, ...unknown[]]) {
      const url = String(args[0]);
      return isNostrSignaling(url) ? new NostrSignalingSocket(url, Platform) : Reflect.construct(target, args);
    },
  });
}
