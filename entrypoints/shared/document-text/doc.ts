import { openDoc, notWord, type ParagraphProps } from './doc-format';
import { cellParagraphs, rowLines, withCellsAbove } from './html-text';
import { wordNumbers, type Level } from './word-numbers';

const CELL = '\u0007';
const FIELD_START = '\u0013';
const FIELD_RESULT = '\u0014';
const FIELD_END = '\u0015';
/** Characters that stand for something in the text stream, as the reader wants them. */
const SPECIAL: Record<string, string> = { '\u000b': '\n', '\u000c': '\n', '\u001e': '-', '\u001f': '', '\u00a0': ' ' };
/** Pictures, drawn objects, footnote and comment marks: nothing to read. */
const NOTHING = /[\u0001-\u0006\u0008\u000e-\u0012\u0016-\u001d]/g;

/** Each list's key for counting: lists that number alike count on as one (see numberingOf). */
const countedAs = (levels: Level[]) => JSON.stringify(levels);

/** A paragraph as its mark ends it: a paragraph mark, or a table cell's or row's. */
interface Paragraph {
  text: string;
  props: ParagraphProps;
  /** Ended by a cell mark (the last paragraph of a cell, or a row's end). */
  cellMark: boolean;
}

/** The main text's paragraphs, fields as their results («стр. 3», not «PAGE»). */
function readParagraphs(bytes: Uint8Array): { paragraphs: Paragraph[]; numbers: Array<string | null> } {
  const { main, textLength, pieces, paragraphAt, unshownAt, numbering } = openDoc(bytes);
  const win1252 = new TextDecoder('windows-1252');
  const utf16 = new TextDecoder('utf-16le');
  const paragraphs: Paragraph[] = [];
  let text = '';
  /** Open fields: whether each is past its instructions (into its result). */
  const fields: boolean[] = [];
  for (const piece of pieces) {
    const to = Math.min(piece.to, textLength);
    if (to <= piece.from) continue;
    const size = piece.compressed ? 1 : 2;
    const raw = main.subarray(piece.at, piece.at + (to - piece.from) * size);
    if (raw.length !== (to - piece.from) * size) throw notWord('a piece past the end');
    const chars = (piece.compressed ? win1252 : utf16).decode(raw);
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      // Deleted (changes tracked) or hidden: not there, a paragraph mark too; a cell's mark keeps its table whole.
      if (c !== CELL && unshownAt(piece.at + i * size)) continue;
      if (c === FIELD_START) fields.push(false);
      else if (c === FIELD_RESULT) fields[fields.length - 1] = true;
      else if (c === FIELD_END) fields.pop();
      else if (fields.includes(false)) continue;
      else if (c === CELL || c === '\r') {
        paragraphs.push({ text: text.replace(NOTHING, ''), props: paragraphAt(piece.at + i * size), cellMark: c === CELL });
        text = '';
      } else text += SPECIAL[c] ?? c;
    }
  }
  if (text) paragraphs.push({ text: text.replace(NOTHING, ''), props: paragraphAt(-1), cellMark: false });
  // Counted by how they number: each list's key, once, and the levels under it.
  const keys = new Map([...numbering].map(([list, levels]) => [list, countedAs(levels)]));
  const counted = new Map([...numbering].map(([list, levels]) => [keys.get(list)!, levels]));
  const items = paragraphs.map(({ props }) => {
    const key = props.list ? keys.get(props.list) : undefined;
    return key ? { list: key, level: props.level } : null;
  });
  return { paragraphs, numbers: wordNumbers({ items, numbering: counted }) };
}

/**
 * A Word 97–2003 document's main text: its paragraphs one a line, with Word's automatic list
 * numbers written out («2.1.», «а)»), and each table row as the other formats give one (see
 * rowLines). Headers, footers and footnotes are left out. Throws PasswordProtected for a locked
 * file, and an Error for anything that is not a .doc.
 */
export function docText(bytes: Uint8Array): string {
  const { paragraphs, numbers } = readParagraphs(bytes);
  const lines: string[] = [];
  /** The row being read: its cells, each its paragraphs; and the cell's paragraphs so far. */
  let cells: string[][] = [];
  let cell: string[] = [];
  /** The row above, for its cells merged down into this one. */
  let above: string[][] = [];
  paragraphs.forEach(({ text, props, cellMark }, i) => {
    const line = numbers[i] ? `${numbers[i]} ${text}` : text;
    if (props.rowEnd) {
      const row = withCellsAbove(cells, props.continued ?? [], above);
      lines.push(...rowLines(row));
      above = row;
      cells = [];
    } else if (cellMark) {
      cells.push([...cell, ...cellParagraphs(line)]);
      cell = [];
    } else if (props.cell) cell.push(...cellParagraphs(line));
    else {
      lines.push(line);
      above = [];
    }
  });
  return lines.join('\n');
}
