import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIdentity } from '../../core/team/identity';
import { encodeInvite, newTeam, signalingTopic } from '../../core/team/invite';
import type { Owner } from '../../core/team/roster';
import { launchChromium } from '../../test/browser/harness';
import { seedKeeper, startKeeper } from '../../test/browser/keeper-process';
import { freePort, startSignaling } from '../../test/browser/signaling';
import { bundleForPage } from './bundle';

const IDLE_TEAMS = 100;
/** A fresh member wakes the sleeping year this many times (it falls asleep again in between). */
const WAKES = 3;
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Peer = { syncTime(room: string, password: string, signaling: string, expected: number): Promise<number> };

/**
 * A district's keeper: a hundred teams' invite files in one directory, each team put to sleep
 * once nobody of it is online (resident memory then); and one team holding a school year, asleep,
 * which a fresh member wakes (time until that member holds every record).
 */
export async function districtFigures(year: { state: Uint8Array; records: number; owner: Owner; team: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'steward-bench-district-'));
  const signaling = await startSignaling();
  try {
    const me = await createIdentity();
    const owner = { id: me.id, name: 'Директор', key: me.public };
    const invites = join(dir, 'idle');
    mkdirSync(invites);
    for (let i = 0; i < IDLE_TEAMS; i++) writeFileSync(join(invites, `school-${i}.txt`), encodeInvite(newTeam(`Школа ${i}`, owner, [signaling.url], undefined, Date.now())));
    const idle = startKeeper({ KEEPER_TEAMS_DIR: invites, KEEPER_DATA: join(dir, 'idle-data'), KEEPER_METRICS_PORT: String(await freePort()), KEEPER_IDLE_MINUTES: '0.05' });
    let idleMb: number;
    try {
      const deadline = Date.now() + 120_000;
      while (idle.lines().filter((l) => l.includes('команда спит')).length < IDLE_TEAMS && Date.now() < deadline) await settle(250);
      await settle(5000);
      idleMb = rssMb(idle.pid);
    } finally {
      await idle.stop();
    }

    // One school year, asleep; a fresh member arrives.
    const yearDir = join(dir, 'year');
    mkdirSync(yearDir);
    const invite = { ...newTeam('Школа 31', year.owner, [signaling.url], undefined, Date.now()), teamId: year.team };
    await seedKeeper(join(dir, 'year-data', 'school-31'), join(yearDir, 'school-31.txt'), invite, year.state);
    const keeper = startKeeper({ KEEPER_TEAMS_DIR: yearDir, KEEPER_DATA: join(dir, 'year-data'), KEEPER_METRICS_PORT: String(await freePort()), KEEPER_IDLE_MINUTES: '0.05' });
    try {
      const asleep = () => keeper.lines().filter((l) => l.includes('команда спит')).length;
      const wakes: number[] = [];
      let asleepMb = 0;
      for (let i = 0; i < WAKES; i++) {
        while (asleep() <= i) await settle(100);
        await settle(2000);
        asleepMb = rssMb(keeper.pid);
        const browser = await launchChromium(null, null, ['--disable-features=WebRtcHideLocalIpsWithMdns']);
        try {
          const page = await browser.context.newPage();
          await page.goto(signaling.url.replace('ws:', 'http:'));
          await page.addScriptTag({ content: await bundleForPage('./team-sync-in-page.ts') });
          const topic = await signalingTopic(invite);
          wakes.push(await page.evaluate(([t, s, u, n]) => (globalThis as unknown as { peer: Peer }).peer.syncTime(t, s, u, n), [topic, invite.secret, signaling.url, year.records] as const));
        } finally {
          await browser.close();
        }
      }
      const wakeMs = [...wakes].sort((x, y) => x - y)[Math.floor(wakes.length / 2)];
      return { teams: IDLE_TEAMS, idleMb, asleepMb, wakeMs, wakes };
    } finally {
      await keeper.stop();
    }
  } finally {
    await signaling.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
