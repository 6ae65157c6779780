import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './harness';

export interface Signaling {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** y-webrtc's own signaling server (through scripts/signaling.mjs), on 127.0.0.1 only. */
export async function startSignaling(): Promise<Signaling> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'scripts/signaling.mjs')], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('y-webrtc signaling on') && resolve());
    child.once('exit', (code) => reject(new Error(`signaling server exited with ${code}`)));
  });
  return {
    url: `ws://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
