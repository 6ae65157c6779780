import { Unzlib } from 'fflate';
import { concatBytes } from '@/core/bytes';
import { unpack, unpacksHere } from './pdf-filters';
import { UnpacksTooLarge, unpackingBudget } from './unzip';

/** How much of a stream is handed to the unpacker at a time. */
const SLICE = 1024 * 1024;

/** A stream's filters in the order they unpack it: «/Filter /FlateDecode» or «/Filter [/ASCII85Decode /FlateDecode]». */
function filtersOf(dictionary: string): string[] {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[^\s/[\]<>()]+)/.exec(dictionary);
  return filter ? Array.from(filter[1].matchAll(/\/([^\s/[\]<>()]+)/g), (m) => m[1]) : [];
}

/** FlateDecode, through `spend`; the bytes are kept only when another filter reads them next. */
function inflate(data: Uint8Array, spend: (chunk: Uint8Array) => void, keep: boolean): Uint8Array {
  const chunks: Uint8Array[] = [];
  // Synchronous: what is thrown in the handler stops the unpacking at once, out of push.
  const unzlib = new Unzlib((chunk) => {
    spend(chunk);
    if (keep) chunks.push(chunk);
  });
  for (let from = 0; from < data.length; from += SLICE) unzlib.push(data.subarray(from, from + SLICE), from + SLICE >= data.length);
  return concatBytes(chunks);
}

/**
 * Throws UnpacksTooLarge when a PDF's compressed streams unpack past MAX_UNPACKED_BYTES in all:
 * pdf.js unpacks a page's streams whole, so a «bomb» of 30 MB (30 GB unpacked) would hold the page
 * until it crashed. Each stream is unpacked here through its filters (FlateDecode, LZW, run-length,
 * the ASCII ones) and dropped; at a filter not unpacked here (a picture's own, or encryption), or
 * at bytes a filter cannot read, the stream is left to pdf.js, which says itself whether it reads it.
 */
export function checkStreams(bytes: Uint8Array): void {
  // A character a byte, so that places in the text are places in the file.
  const text = new TextDecoder('windows-1252').decode(bytes);
  const spend = unpackingBudget();
  for (let at = text.indexOf('stream'); at >= 0; at = text.indexOf('stream', at + 6)) {
    if (text.startsWith('end', at - 3)) continue;
    const dictionary = text.slice(Math.max(0, text.lastIndexOf('obj', at)), at);
    const filters = filtersOf(dictionary);
    if (!filters.length) continue;
    let start = at + 6;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const end = text.indexOf('endstream', start);
    let data = bytes.subarray(start, end < 0 ? bytes.length : end);
    try {
      for (const [i, filter] of filters.entries()) {
        if (filter === 'FlateDecode' || filter === 'Fl') data = inflate(data, spend, i < filters.length - 1);
        else if (unpacksHere(filter)) data = unpack(filter, data, spend, dictionary);
        else break;
      }
    } catch (error) {
      if (error instanceof UnpacksTooLarge) throw error;
    }
  }
}
