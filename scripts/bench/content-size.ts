import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD } from '../../test/browser/harness';

/** Bytes the messenger tab downloads and parses for the extension. */
export function contentScriptSize(): { raw: number; gzip: number } {
  const code = readFileSync(join(CHROME_BUILD, 'content-scripts/messenger.js'));
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
