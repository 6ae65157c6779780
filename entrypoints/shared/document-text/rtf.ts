import { cellParagraphs, rowLines, withCellsAbove } from './html-text';

// Rich Text Format as Word and LibreOffice write it, read for its text: no maintained library reads
// RTF in a browser. The file is 7-bit text of groups {…} and control words \word-12; what is not
// the body's text (font and style tables, pictures, headers, footnotes, a field's instructions,
// hidden or deleted text) is passed over. Word writes each list item's number in a {\listtext}
// group, so the numbers come as the document shows them.

/** Groups that hold no body text, besides any group marked {\*\…} as one a reader may pass over. */
const SKIPPED = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf',
  'footnote', 'annotation', 'fldinst', 'listtable', 'listoverridetable', 'rsidtbl', 'revtbl', 'xe', 'tc', 'themedata', 'colorschememapping', 'latentstyles',
  'datastore', 'xmlnstbl', 'pgdsctbl', 'bkmkstart', 'bkmkend', 'userprops', 'docvar', 'ftnsep', 'ftnsepc', 'aftnsep', 'aftnsepc', 'pn', 'filetbl', 'mmathPr',
]);
/** Characters written as control words. */
const CHARACTERS: Record<string, string> = { line: '\n', tab: ' ', emdash: '—', endash: '–', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', bullet: '•', '~': ' ', _: '-', '-': '' };

/** What a group {…} keeps for itself: ended with it. */
interface State {
  skip: boolean;
  /** The paragraph is in a table (\intbl since its \pard). */
  inTable: boolean;
  /** Hidden (\v) or deleted with changes tracked (\deleted). */
  unshown: boolean;
  /** Characters that stand in for each \uN, to be passed over after it. */
  uc: number;
  /** The font (\fN), whose character set says how its bytes are written. */
  font: number;
}

/** Code pages by a font's character set (\fcharset) where it is not the document's own. */
const CHARSETS: Record<string, string> = { '204': '1251', '238': '1250', '161': '1253', '162': '1254', '186': '1257', '177': '1255', '178': '1256' };

function decoderOf(codepage: string): TextDecoder | null {
  try {
    return new TextDecoder(`windows-${codepage}`);
  } catch {
    return null;
  }
}

/** Each font's decoder, from the font table, for fonts of a character set with a code page of its own (Cyrillic: 204). */
function fontDecoders(rtf: string): Map<number, TextDecoder> {
  const table = /\{\\fonttbl/.exec(rtf);
  const fonts = new Map<number, TextDecoder>();
  if (!table) return fonts;
  for (const m of rtf.slice(table.index, table.index + 50_000).matchAll(/\\f(\d+)[^;{}]*?\\fcharset(\d+)/g)) {
    const decoder = CHARSETS[m[2]] ? decoderOf(CHARSETS[m[2]]) : null;
    if (decoder) fonts.set(Number(m[1]), decoder);
  }
  return fonts;
}

/** Each byte as the character of its own code (a decoder's «latin1» is Windows-1252, which moves 0x80–0x9F elsewhere). */
function bytesAsChars(bytes: Uint8Array): string {
  let chars = '';
  for (let at = 0; at < bytes.length; at += 8192) chars += String.fromCharCode(...bytes.subarray(at, at + 8192));
  return chars;
}

/** An RTF document's text: a line per paragraph, each table row as the other formats give one (see rowLines). */
export function rtfText(bytes: Uint8Array): string {
  const rtf = bytesAsChars(bytes);
  if (!rtf.startsWith('{\\rtf')) throw new Error('not RTF');
  const fallback = decoderOf(/\\ansicpg(\d+)/.exec(rtf.slice(0, 2000))?.[1] ?? '1252') ?? new TextDecoder('windows-1252');
  const fonts = fontDecoders(rtf);
  const lines: string[] = [];
  let cells: string[][] = [];
  let cell: string[] = [];
  /** The row above, and which of this row's cells are merged with the one above it (\clvmrg before its \cellx). */
  let above: string[][] = [];
  let merged: boolean[] = [];
  let mergeNext = false;
  let text = '';
  /** Bytes of \'xx escapes in a row, decoded together (a character may take two in some code pages). */
  let pending: number[] = [];
  let toSkip = 0;
  const stack: State[] = [];
  let state: State = { skip: false, inTable: false, unshown: false, uc: 1, font: -1 };
  const flush = () => {
    if (pending.length) text += (fonts.get(state.font) ?? fallback).decode(Uint8Array.from(pending));
    pending = [];
  };
  const emit = (char: string) => {
    flush();
    if (!state.skip && !state.unshown) text += char;
  };
  const endParagraph = () => {
    flush();
    const paragraph = text.trim();
    text = '';
    if (state.inTable) cell.push(...cellParagraphs(paragraph));
    else {
      lines.push(...paragraph.split('\n').map((l) => l.trim()).filter(Boolean));
      above = [];
    }
  };

  for (let i = 0; i < rtf.length; i++) {
    const c = rtf[i];
    if (c === '{') {
      flush();
      stack.push(state);
      state = { ...state };
      // {\*\destination …}: one a reader that does not know it passes over.
      if (rtf.startsWith('\\*', i + 1)) state.skip = true;
      // A text box's words ({\shptxt}, inside a shape's instructions that are passed over): a stamp «УТВЕРЖДАЮ».
      else if (rtf.startsWith('\\shptxt', i + 1)) state.skip = false;
    } else if (c === '}') {
      flush();
      state = stack.pop() ?? state;
    } else if (c === '\\') {
      const next = rtf[i + 1];
      if (next === "'") {
        const byte = parseInt(rtf.slice(i + 2, i + 4), 16);
        i += 3;
        if (toSkip > 0) toSkip--;
        else if (!state.skip && !state.unshown && Number.isFinite(byte)) pending.push(byte);
        continue;
      }
      const word = /^([a-z]{1,32})(-?\d{1,10})? ?/i.exec(rtf.slice(i + 1, i + 45));
      if (!word) {
        // A control symbol: \{ \} \\ and the few with a meaning of their own.
        i++;
        if (next === '{' || next === '}' || next === '\\') emit(next);
        else if (next in CHARACTERS) emit(CHARACTERS[next]);
        else if ((next === '\n' || next === '\r') && !state.skip) endParagraph();
        continue;
      }
      i += word[0].length;
      const [name, param] = [word[1], word[2] === undefined ? null : Number(word[2])];
      if (toSkip > 0 && name !== 'u') {
        toSkip--;
        continue;
      }
      if (name === 'bin' && param !== null) i += Math.max(0, param);
      else if (SKIPPED.has(name)) state.skip = true;
      // Nothing in a group passed over ends a paragraph, a cell or a row.
      else if (state.skip) continue;
      else if (name === 'u' && param !== null) {
        emit(String.fromCharCode(param < 0 ? param + 65536 : param));
        toSkip = state.uc;
        continue;
      } else if (name === 'uc' && param !== null) state.uc = Math.max(0, Math.min(param, 10));
      else if (name === 'v' || name === 'deleted') state.unshown = param !== 0;
      else if (name === 'plain') state.unshown = false;
      else if (name === 'f' && param !== null) {
        flush();
        state.font = param;
      }
      else if (name === 'par' || name === 'sect' || name === 'page') endParagraph();
      else if (name === 'pard') state.inTable = false;
      else if (name === 'intbl') state.inTable = true;
      else if (name === 'trowd') merged = [];
      else if (name === 'clvmrg') mergeNext = true;
      else if (name === 'cellx') {
        merged.push(mergeNext);
        mergeNext = false;
      }
      else if (name === 'cell' || name === 'nestcell') {
        endParagraph();
        cells.push(cell);
        cell = [];
      } else if (name === 'row' || name === 'nestrow') {
        const row = withCellsAbove(cells, merged, above);
        lines.push(...rowLines(row));
        above = row;
        cells = [];
        cell = [];
      } else if (name in CHARACTERS) emit(CHARACTERS[name]);
      toSkip = 0;
    } else if (c === '\r' || c === '\n') continue;
    else if (toSkip > 0) toSkip--;
    // A byte past 7 bits written as it is (some writers do) is in the file's code page, as an escape's would be.
    else if (c.charCodeAt(0) >= 0x80) {
      if (!state.skip && !state.unshown) pending.push(c.charCodeAt(0));
    } else emit(c);
  }
  endParagraph();
  return lines.join('\n');
}
