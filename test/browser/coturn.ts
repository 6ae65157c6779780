// Debian's coturn on 127.0.0.1, as a school runs it: TURN REST credentials (a shared secret, a
// username that carries its expiry), no TLS for the test.
import { spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './signaling';

export interface Coturn {
  url: string;
  /** A credential valid for `seconds`, as the school's portal would hand out. */
  credential(seconds?: number): { username: string; credential: string };
  /** Every line coturn printed. */
  log(): string;
  stop(): Promise<void>;
}

export async function startCoturn(): Promise<Coturn> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'steward-coturn-'));
  const secret = randomBytes(16).toString('hex');
  const relayPorts = 40_000 + Math.floor(Math.random() * 200) * 100;
  const child = spawn('turnserver', [
    '-n', '--verbose', '--no-cli', '--no-tls', '--no-dtls', '--fingerprint', '--simple-log', `--log-file=${join(dir, 'turn.log')}`,
    '--listening-ip=127.0.0.1', '--relay-ip=127.0.0.1', `--listening-port=${port}`,
    `--min-port=${relayPorts}`, `--max-port=${relayPorts + 99}`,
    // Both browsers are on this machine: their relayed addresses are loopback ones.
    '--allow-loopback-peers',
    `--pidfile=${join(dir, 'turnserver.pid')}`, `--db=${join(dir, 'turndb')}`,
    '--use-auth-secret', `--static-auth-secret=${secret}`, '--realm=school.test',
  ], { stdio: 'ignore' });
  // coturn buffers what it prints to a pipe; its log file it writes as it goes.
  const logFile = join(dir, 'turn.log');
  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  const deadline = Date.now() + 10_000;
  while (!/Total General servers/.test(log())) {
    if (exited !== undefined || Date.now() > deadline) throw new Error(`turnserver did not start (exit ${exited}):\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `turn:127.0.0.1:${port}?transport=udp`,
    credential: (seconds = 3600) => {
      const username = `${Math.floor(Date.now() / 1000) + seconds}:steward`;
      return { username, credential: createHmac('sha1', secret).update(username).digest('base64') };
    },
    log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
