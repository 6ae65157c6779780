import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../test/browser/harness';
import { startSignaling } from '../../test/browser/signaling';

type Peer = {
  join(room: string, password: string, signaling: string, state?: string): Promise<void>;
  syncTime(room: string, password: string, signaling: string, expected: number): Promise<number>;
};

/** A fresh peer in another Chromium joins a room where a peer holds `state`: time until it has every record. */
export async function freshPeerSync(state: Uint8Array, records: number): Promise<number> {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./team-sync-in-page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  const signaling = await startSignaling();
  const flags = ['--disable-features=WebRtcHideLocalIpsWithMdns'];
  const [holder, fresh] = await Promise.all([launchChromium(null, null, flags), launchChromium(null, null, flags)]);
  try {
    const open = async (browser: typeof holder) => {
      const page = await browser.context.newPage();
      // The signaling server's own page: loopback http is a secure context and may open ws://.
      await page.goto(signaling.url.replace('ws:', 'http:'));
      await page.addScriptTag({ content: bundle.outputFiles[0].text });
      return page;
    };
    const [a, b] = await Promise.all([open(holder), open(fresh)]);
    const room = `bench-${Date.now()}`;
    await a.evaluate(
      ([r, s, state]) => (globalThis as unknown as { peer: Peer }).peer.join(r, 'bench-secret', s, state),
      [room, signaling.url, Buffer.from(state).toString('base64')] as const,
    );
    return await b.evaluate(
      ([r, s, n]) => (globalThis as unknown as { peer: Peer }).peer.syncTime(r, 'bench-secret', s, n),
      [room, signaling.url, records] as const,
    );
  } finally {
    await holder.close();
    await fresh.close();
    await signaling.stop();
  }
}
