import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LeveldbPersistence } from 'y-leveldb';
import { encodeInvite, type Invite } from '../../core/team/invite'; // relative: the bench loads this under jiti, which has no '@/'
import { ROOT } from './harness';

/** Exactly what `npm run keeper` runs (its environment and node's flags included), without npm in between. */
const [KEEPER_ENV, KEEPER_ARGS] = (() => {
  const words = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { keeper: string } }).scripts.keeper.split(' ');
  const node = words.indexOf('node');
  return [Object.fromEntries(words.slice(0, node).map((w) => w.split('='))), words.slice(node + 1)];
})();

export interface KeeperProcess {
  /** Every line it has printed so far. */
  lines(): string[];
  /** Resolves with the first line (past or future) that matches. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>;
  pid: number;
}

/** `npm run keeper` as a school would run it: settings in the environment, the invite in a file. */
export function startKeeper(env: Record<string, string>): KeeperProcess {
  const child: ChildProcess = spawn(process.execPath, KEEPER_ARGS, {
    cwd: ROOT,
    env: { ...process.env, ...KEEPER_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: Array<{ pattern: RegExp; resolve(line: string): void }> = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      lines.push(line);
      for (const w of waiters.filter((w) => w.pattern.test(line))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    pid: child.pid!,
    lines: () => [...lines],
    waitFor: (pattern, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const seen = lines.find((l) => pattern.test(l));
        if (seen) return resolve(seen);
        const timer = setTimeout(() => reject(new Error(`keeper never printed ${pattern}; it printed:\n${lines.join('\n')}`)), timeoutMs);
        waiters.push({ pattern, resolve: (line) => (clearTimeout(timer), resolve(line)) });
      }),
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** A keeper's data directory that already holds a team's doc (`state`), and its invite file: a keeper started on them serves that team at once. */
export async function seedKeeper(dataDir: string, inviteFile: string, invite: Invite, state: Uint8Array): Promise<void> {
  const seed = new LeveldbPersistence(dataDir);
  await seed.storeUpdate(invite.room, state);
  await seed.destroy();
  writeFileSync(inviteFile, encodeInvite(invite));
}
