import { Unzip, UnzipInflate, zipSync } from 'fflate';
import { concatBytes } from '@/core/bytes';

/**
 * How much an office file may unpack to, all its parts together: a regulation with photos unpacks
 * to a few megabytes; a «zip bomb» of 30 MB would to 30 GB.
 */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

/** An office file that unpacks past MAX_UNPACKED_BYTES, whatever sizes it declares: read as broken. */
export class UnpacksTooLarge extends Error {
  override name = 'UnpacksTooLarge';
}

/** Counts what is unpacked, a file's streams together, and throws UnpacksTooLarge past MAX_UNPACKED_BYTES. */
export function unpackingBudget(): (chunk: Uint8Array) => void {
  let unpacked = 0;
  return (chunk) => {
    unpacked += chunk.length;
    if (unpacked > MAX_UNPACKED_BYTES) throw new UnpacksTooLarge();
  };
}

/**
 * The parts of a zip (a .docx, an .odt) that `wanted` names, each unpacked as it streams, and no
 * further than MAX_UNPACKED_BYTES in all: the sizes a zip declares are not trusted.
 */
export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean = () => true): Record<string, Uint8Array> {
  const parts: Record<string, Uint8Array> = {};
  const spend = unpackingBudget();
  const unzip = new Unzip((file) => {
    if (!wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    // Unpacking is synchronous here: what is thrown stops it at once, out of unzip.push.
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      spend(chunk);
      chunks.push(chunk);
      if (final) parts[file.name] = concatBytes(chunks);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.push(bytes, true);
  return parts;
}

/** The parts packed again without compression: what mammoth's own unzipping then reads is only what was unpacked here. */
export const storedZip = (parts: Record<string, Uint8Array>): Uint8Array => zipSync(parts, { level: 0 });
