import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../test/browser/harness';

/** Written by `wxt build --analyze` (rollup-plugin-visualizer's raw data, see wxt.config.ts). */
const STATS = join(ROOT, '.output/bundle-stats.json');

interface Stats {
  nodeParts: Record<string, { renderedLength: number }>;
  nodeMetas: Record<string, { id: string; moduleParts: Record<string, string> }>;
}

/** An npm package's name, or the project's own top folder (core, components, entrypoints…). */
function owner(id: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  return pkg ? pkg[1] : (id.replace(/^\/+/, '').split('/')[0] || id);
}

/**
 * What a bundle of the last analysed build is made of, by package: each module's code as Rollup
 * rendered it into that bundle (after tree-shaking, before minifying), largest first.
 */
export function bundleBreakdown(bundle = 'content-scripts/messenger.js'): Array<{ owner: string; bytes: number; share: number }> {
  const stats = JSON.parse(readFileSync(STATS, 'utf8')) as Stats;
  const sizes = new Map<string, number>();
  for (const meta of Object.values(stats.nodeMetas)) {
    const part = meta.moduleParts[bundle];
    if (part) sizes.set(owner(meta.id), (sizes.get(owner(meta.id)) ?? 0) + stats.nodeParts[part].renderedLength);
  }
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  return [...sizes].map(([o, bytes]) => ({ owner: o, bytes, share: bytes / total })).sort((a, b) => b.bytes - a.bytes);
}
