import { Unzlib } from 'fflate';
import { concatBytes } from '@/core/bytes';
import { unpack, unpacksHere } from './pdf-filters';
import { UnpacksTooLarge, unpackingBudget } from './unzip';

/** How much of a stream is handed to the unpacker at a time. */
const SLICE = 1024 * 1024;

/** A filter's name, or an array of them (a few names: a hostile file's «[» with no end is not read on and on). */
const FILTER_VALUE = String.raw`(\[[^\]]{0,1000}\]|\/[^\s/[\]<>()]{1,100})`;
/** The filters a stream dictionary gives under each key pdf.js reads («/F» before «/Filter»), or the object they stand in. */
const GIVEN = ['F', 'Filter'].map((key) => new RegExp(String.raw`\/${key}(?=[\s/[])\s*(?:${FILTER_VALUE}|(\d+)\s+(\d+)\s+R)`));
const AFTER_OBJ = new RegExp(String.raw`\s*${FILTER_VALUE}`, 'y');

/** Where each object's body starts, by «number generation» (the last one written, as a PDF's later updates win): one pass, made when first asked for. */
function objectStarts(text: string): () => Map<string, number> {
  let starts: Map<string, number> | null = null;
  return () => (starts ??= new Map(Array.from(text.matchAll(/(\d+)\s+(\d+)\s+obj\b/g), (m) => [`${m[1]} ${m[2]}`, m.index + m[0].length])));
}

/**
 * A stream's filters in the order they unpack it — «/Filter /FlateDecode», «/Filter [/ASCII85Decode
 * /FlateDecode]», either in an object of its own («/Filter 12 0 R») — under each key found: the
 * dictionary is read as text, so a nested dictionary's «/F» is one more list to try, never the
 * one that hides the stream's own.
 */
function filterLists(dictionary: string, text: string, objects: () => Map<string, number>): string[][] {
  return GIVEN.flatMap((key) => {
    const given = key.exec(dictionary);
    let value = given?.[1];
    if (given && !value) {
      AFTER_OBJ.lastIndex = objects().get(`${given[2]} ${given[3]}`) ?? text.length;
      value = AFTER_OBJ.exec(text)?.[1];
    }
    return value ? [Array.from(value.matchAll(/\/([^\s/[\]<>()]+)/g), (m) => m[1])] : [];
  });
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
  const objects = objectStarts(text);
  for (let at = text.indexOf('stream'); at >= 0; at = text.indexOf('stream', at + 6)) {
    if (text.startsWith('end', at - 3)) continue;
    const dictionary = text.slice(Math.max(0, text.lastIndexOf('obj', at)), at);
    const lists = filterLists(dictionary, text, objects);
    if (!lists.length) continue;
    let start = at + 6;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const end = text.indexOf('endstream', start);
    for (const filters of lists) {
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
}
