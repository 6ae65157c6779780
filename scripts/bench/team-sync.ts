import { bundleForPage } from './bundle';
import { launchChromium } from '../../test/browser/harness';
import { startSignaling } from '../../test/browser/signaling';

type Peer = {
  join(room: string, password: string, signaling: string, state?: string): Promise<void>;
  syncTime(room: string, password: string, signaling: string, expected: number): Promise<number>;
};

/** How long one attempt may take before it counts as a failure. */
export const SYNC_TIMEOUT_MS = 20_000;

/**
 * A fresh peer in another Chromium joins a room where a peer holds `state`: milliseconds until it
 * has every record, or null when it did not get them within SYNC_TIMEOUT_MS.
 */
export async function freshPeerSync(state: Uint8Array, records: number): Promise<number | null> {
  const bundle = await bundleForPage('./team-sync-in-page.ts');
  const signaling = await startSignaling();
  const flags = ['--disable-features=WebRtcHideLocalIpsWithMdns'];
  const [holder, fresh] = await Promise.all([launchChromium(null, null, flags), launchChromium(null, null, flags)]);
  try {
    const open = async (browser: typeof holder) => {
      const page = await browser.context.newPage();
      // The signaling server's own page: loopback http is a secure context and may open ws://.
      await page.goto(signaling.url.replace('ws:', 'http:'));
      await page.addScriptTag({ content: bundle });
      return page;
    };
    const [a, b] = await Promise.all([open(holder), open(fresh)]);
    const room = `bench-${Date.now()}`;
    await a.evaluate(
      ([r, s, state]) => (globalThis as unknown as { peer: Peer }).peer.join(r, 'bench-secret', s, state),
      [room, signaling.url, Buffer.from(state).toString('base64')] as const,
    );
    const synced = b.evaluate(
      ([r, s, n]) => (globalThis as unknown as { peer: Peer }).peer.syncTime(r, 'bench-secret', s, n),
      [room, signaling.url, records] as const,
    );
    synced.catch(() => {}); // a timed-out attempt rejects once its browsers close
    return await Promise.race([synced, new Promise<null>((resolve) => setTimeout(() => resolve(null), SYNC_TIMEOUT_MS))]);
  } finally {
    await holder.close();
    await fresh.close();
    await signaling.stop();
  }
}
