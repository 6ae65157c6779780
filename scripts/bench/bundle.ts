import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** The project's real code behind a bench entry, as one script to add to a page. */
export async function bundleForPage(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0].text;
}
