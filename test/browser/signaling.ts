import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { ROOT } from './harness';

export interface Signaling {
  url: string;
  /**
   * The next client to connect hears nothing from the server for `ms`: the offer that answers its
   * announcement is lost, as when a signaling server hiccups, and the peer that sent it waits.
   */
  deafenNextClient(ms: number): void;
  /** Every topic a client subscribed or published to: what the signaling server learns of the rooms. */
  topics(): string[];
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/signaling.mjs')], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('y-webrtc signaling on') && resolve());
    child.once('exit', (code) => reject(new Error(`signaling server exited with ${code}`)));
  });
  return child;
}

/**
 * y-webrtc's own signaling server (through scripts/signaling.mjs), on 127.0.0.1 only, reached
 * through a relay that passes everything unless told to lose messages.
 */
export async function startSignaling(): Promise<Signaling> {
  const serverPort = await freePort();
  const child = await startServer(serverPort);
  // Like y-webrtc's server, it answers plain HTTP too: a loopback http page may open ws://.
  const http = createHttpServer((_req, res) => res.end('<!doctype html><title>signaling</title>'));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const relay = new WebSocketServer({ server: http });
  let deafness = 0;
  const topics = new Set<string>();
  relay.on('connection', (client) => {
    const deafUntil = Date.now() + deafness;
    deafness = 0;
    const upstream = new WebSocket(`ws://127.0.0.1:${serverPort}`);
    const pending: RawData[] = [];
    upstream.on('open', () => pending.splice(0).forEach((m) => upstream.send(m)));
    client.on('message', (m) => {
      try {
        const message = JSON.parse(m.toString()) as { topics?: string[]; topic?: string };
        for (const topic of [...(message.topics ?? []), ...(message.topic ? [message.topic] : [])]) topics.add(topic);
      } catch {
        // not JSON: nothing to learn
      }
      if (upstream.readyState === WebSocket.OPEN) upstream.send(m);
      else pending.push(m);
    });
    upstream.on('message', (m, binary) => Date.now() >= deafUntil && client.readyState === WebSocket.OPEN && client.send(m, { binary }));
    client.on('close', () => upstream.close());
    upstream.on('close', () => client.close());
  });
  return {
    url: `ws://127.0.0.1:${(http.address() as { port: number }).port}`,
    deafenNextClient: (ms) => {
      deafness = ms;
    },
    topics: () => [...topics],
    stop: async () => {
      for (const client of relay.clients) client.terminate();
      await new Promise((resolve) => relay.close(resolve));
      await new Promise((resolve) => http.close(resolve));
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      });
    },
  };
}
