// A Nostr relay on 127.0.0.1 (@nostr-relay/core, which checks every event's id and signature), as
// a public relay would be: it keeps nothing and passes ephemeral events to who subscribed.
import { createServer } from 'node:http';
import { NostrRelay } from '@nostr-relay/core';
import { EventRepository, LogLevel, type Event, type IncomingMessage } from '@nostr-relay/common';
import { WebSocketServer } from 'ws';

class NothingKept extends EventRepository {
  isSearchSupported = () => false;
  upsert = () => ({ isDuplicate: false });
  find = () => [];
  destroy = async () => {};
}

export interface LoopbackRelay {
  url: string;
  /** Every event the relay accepted: what a public relay learns. */
  events(): Event[];
  stop(): Promise<void>;
}

export async function startNostrRelay(): Promise<LoopbackRelay> {
  const relay = new NostrRelay(new NothingKept(), { logLevel: LogLevel.ERROR });
  const seen: Event[] = [];
  const http = createServer((_req, res) => res.end('nostr relay'));
  const wss = new WebSocketServer({ server: http });
  wss.on('connection', (ws) => {
    relay.handleConnection(ws);
    ws.on('message', async (data) => {
      let message: IncomingMessage;
      try {
        message = JSON.parse(data.toString()) as IncomingMessage;
      } catch {
        return;
      }
      if (message[0] === 'EVENT') seen.push(message[1] as Event);
      await relay.handleMessage(ws, message);
    });
    ws.on('close', () => relay.handleDisconnect(ws));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `ws://127.0.0.1:${(http.address() as { port: number }).port}`,
    events: () => seen,
    stop: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise((resolve) => wss.close(resolve));
      await new Promise((resolve) => http.close(resolve));
      await relay.destroy();
    },
  };
}
