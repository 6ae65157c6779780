import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newTeam, signalingTopic } from '../../core/team/invite';
import type { Owner } from '../../core/team/roster';
import { launchChromium } from '../../test/browser/harness';
import { seedKeeper, startKeeper } from '../../test/browser/keeper-process';
import { startSignaling } from '../../test/browser/signaling';
import { bundleForPage } from './bundle';
/** How long one member's sync may take before it counts as a failure. */
const SYNC_TIMEOUT_MS = 20_000;

const SETTLE_MS = 5000;

type Peer = { syncTime(room: string, password: string, signaling: string, expected: number): Promise<number> };

/** Resident memory of a process, in MB. */
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

/**
 * The keeper (a separate Node process, as a school runs it) holds a school year on disk; fresh
 * browser members join one after another: time until each holds every record, and the keeper's
 * resident memory after serving them.
 */
export async function keeperFigures(state: Uint8Array, records: number, owner: Owner, teamId: string, attempts = 3) {
  const dir = mkdtempSync(join(tmpdir(), 'steward-bench-keeper-'));
  const signaling = await startSignaling();
  const invite = { ...newTeam('Bench', owner, [signaling.url], undefined, Date.now()), teamId };
  await seedKeeper(join(dir, 'data'), join(dir, 'invite.txt'), invite, state);
  const keeper = startKeeper({ KEEPER_INVITE_FILE: join(dir, 'invite.txt'), KEEPER_DATA: join(dir, 'data'), KEEPER_NAME: 'bench' });
  const bundle = await bundleForPage('./team-sync-in-page.ts');
  const times: Array<number | null> = [];
  try {
    await keeper.waitFor(/сигнальный сервер .*: на связи/, 60_000);
    const startMb = rssMb(keeper.pid);
    const topic = await signalingTopic(invite);
    for (let i = 0; i < attempts; i++) {
      const browser = await launchChromium(null, null, ['--disable-features=WebRtcHideLocalIpsWithMdns']);
      try {
        const page = await browser.context.newPage();
        await page.goto(signaling.url.replace('ws:', 'http:'));
        await page.addScriptTag({ content: bundle });
        const synced = page.evaluate(([t, s, u, n]) => (globalThis as unknown as { peer: Peer }).peer.syncTime(t, s, u, n), [topic, invite.secret, signaling.url, records] as const);
        synced.catch(() => {});
        times.push(await Promise.race([synced, new Promise<null>((r) => setTimeout(() => r(null), SYNC_TIMEOUT_MS))]));
      } finally {
        await browser.close();
      }
    }
    const peakMb = rssMb(keeper.pid);
    // What it holds once the last member's sync is behind it (it collects a few seconds after a peer comes or goes).
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    return { times, startMb, peakMb, servedMb: rssMb(keeper.pid) };
  } finally {
    await keeper.stop();
    await signaling.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
