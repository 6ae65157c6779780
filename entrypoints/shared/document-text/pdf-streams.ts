import { Unzlib } from 'fflate';
import { UnpacksTooLarge, unpackingBudget } from './unzip';

/** How much of a stream is handed to the unpacker at a time. */
const SLICE = 1024 * 1024;

/**
 * Throws UnpacksTooLarge when a PDF's compressed streams (FlateDecode) unpack past
 * MAX_UNPACKED_BYTES in all: pdf.js unpacks a page's streams whole, so a «bomb» of 30 MB (30 GB
 * unpacked) would hold the page until it crashed. Each stream is unpacked here as it streams and
 * dropped; one this cannot unpack is left to pdf.js, which says itself whether it reads it.
 */
export function checkStreams(bytes: Uint8Array): void {
  // A character a byte, so that places in the text are places in the file.
  const text = new TextDecoder('windows-1252').decode(bytes);
  const spend = unpackingBudget();
  for (let at = text.indexOf('stream'); at >= 0; at = text.indexOf('stream', at + 6)) {
    if (text.startsWith('end', at - 3)) continue;
    const dictionary = text.slice(Math.max(0, text.lastIndexOf('obj', at)), at);
    if (!dictionary.includes('/FlateDecode')) continue;
    let start = at + 6;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const end = text.indexOf('endstream', start);
    const data = bytes.subarray(start, end < 0 ? bytes.length : end);
    // Synchronous: what is thrown in the handler stops the unpacking at once, out of push.
    const unzlib = new Unzlib(spend);
    try {
      for (let from = 0; from < data.length; from += SLICE) unzlib.push(data.subarray(from, from + SLICE), from + SLICE >= data.length);
    } catch (error) {
      if (error instanceof UnpacksTooLarge) throw error;
    }
  }
}
