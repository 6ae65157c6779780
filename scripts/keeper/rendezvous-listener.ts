/**
 * Hears, without holding any team's doc, when a member of a sleeping team comes online: one
 * signaling connection per address (y-webrtc's server, or a Nostr relay through the same
 * WebSocket-shaped socket the extension uses), subscribed to every sleeping team's topic. Any
 * message on a topic (a member's announcement, encrypted) wakes that team; the keeper then joins
 * the room as itself and the member connects to it.
 */
const PING_MS = 20_000;
const RETRY_MS = 3000;

interface Connection {
  socket: WebSocket | null;
  topics: Set<string>;
  closed: boolean;
  timer?: ReturnType<typeof setInterval>;
}

export class RendezvousListener {
  private readonly connections = new Map<string, Connection>();

  constructor(private readonly onWake: (topic: string) => void) {}

  /** Listens on these topics at these addresses (and on nothing else). */
  listen(wanted: Map<string, Set<string>>): void {
    for (const [url, conn] of this.connections) {
      if (!wanted.has(url)) {
        conn.closed = true;
        clearInterval(conn.timer);
        conn.socket?.close();
        this.connections.delete(url);
      }
    }
    for (const [url, topics] of wanted) {
      const conn = this.connections.get(url);
      if (!conn) {
        const fresh: Connection = { socket: null, topics: new Set(topics), closed: false };
        this.connections.set(url, fresh);
        this.open(url, fresh);
        continue;
      }
      const gone = [...conn.topics].filter((t) => !topics.has(t));
      const added = [...topics].filter((t) => !conn.topics.has(t));
      conn.topics = new Set(topics);
      if (gone.length) this.send(conn, { type: 'unsubscribe', topics: gone });
      if (added.length) this.send(conn, { type: 'subscribe', topics: added });
    }
  }

  close(): void {
    this.listen(new Map());
  }

  private open(url: string, conn: Connection): void {
    if (conn.closed) return;
    const socket = new WebSocket(url);
    conn.socket = socket;
    socket.onopen = () => {
      this.send(conn, { type: 'subscribe', topics: [...conn.topics] });
      conn.timer = setInterval(() => this.send(conn, { type: 'ping' }), PING_MS);
    };
    socket.onmessage = (event) => {
      try {
        const message = JSON.parse(String(event.data)) as { type?: unknown; topic?: unknown };
        if (message.type === 'publish' && typeof message.topic === 'string' && conn.topics.has(message.topic)) this.onWake(message.topic);
      } catch {
        // Not a signaling message: nothing to wake.
      }
    };
    socket.onclose = () => {
      clearInterval(conn.timer);
      if (!conn.closed) setTimeout(() => this.open(url, conn), RETRY_MS);
    };
  }

  private send(conn: Connection, message: unknown): void {
    if (conn.socket?.readyState === 1) conn.socket.send(JSON.stringify(message));
  }
}
