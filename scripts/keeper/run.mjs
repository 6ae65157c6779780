// npm run keeper: bundles the keeper's TypeScript into one file (esbuild, as the bench does) and
// runs it. A bundle starts in a fraction of a second and keeps the resident memory small.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outfile = `${root}.output/keeper/keeper.mjs`;
await build({
  entryPoints: [`${root}scripts/keeper/main.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  // Native code and what loads it stay packages of their own.
  external: ['@roamhq/wrtc', 'classic-level', 'ws'],
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  // The source stays in memory for as long as the keeper runs: small, and ASCII (one byte a character, where a
  // single Cyrillic letter would make V8 keep it all at two).
  minify: true,
  charset: 'ascii',
  logLevel: 'warning',
});
await import(outfile);
