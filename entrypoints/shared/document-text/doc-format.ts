import * as CFB from 'cfb';
import type { Level, Numbering } from './word-numbers';
import { basedOnChain } from './word-styles';

// The parts of a Word 97–2003 file (.doc) that its text needs, as [MS-DOC] describes them: the
// container is read by cfb; in it, the FIB says where the piece table, the paragraphs'
// properties and the lists are.

/** A .doc (or a .docx, which Word then keeps in the same container) locked with a password: its text is encrypted. */
export class PasswordProtected extends Error {
  override name = 'PasswordProtected';
}

/** A run of the main text and where its characters are kept in the WordDocument stream. */
export interface Piece {
  from: number;
  to: number;
  /** Byte offset of its first character. */
  at: number;
  /** One byte a character (Windows-1252) rather than two (UTF-16). */
  compressed: boolean;
}

/** What a paragraph's properties say of it, as far as its text goes. */
export interface ParagraphProps {
  /** Inside a table cell. */
  cell: boolean;
  /** The mark that ends a table row. */
  rowEnd: boolean;
  /** At a row's end: its cells merged with the cell above (a role's cell merged down over its duties' rows), by their place in the row. */
  continued?: boolean[];
  /** Its list (the list format override's number, as numbering is keyed) and level; null outside lists. */
  list: string | null;
  level: number;
}

export interface DocParts {
  main: Uint8Array;
  /** Characters of the main text (after it: footnotes, headers, comments). */
  textLength: number;
  pieces: Piece[];
  /** The properties of the paragraph a character (by its byte offset) is in. */
  paragraphAt(offset: number): ParagraphProps;
  /** Whether a character (by its byte offset) is not shown: deleted with changes tracked, or hidden. */
  unshownAt(offset: number): boolean;
  numbering: Numbering;
}

const FIB_IDENT = 0xa5ec;
const F_ENCRYPTED = 0x0100;
const F_WHICH_TABLE = 0x0200;
/** (offset, size) pairs in the FIB's FibRgFcLcb97, by their index there. */
const STSHF = 1;
const PLCF_BTE_CHPX = 12;
const PLCF_BTE_PAPX = 13;
const CLX = 33;
const PLF_LST = 73;
const PLF_LFO = 74;
/** Operand sizes by a property's spra (its top three bits); -1: the size comes first. */
const OPERAND = [1, 1, 2, 4, 2, 2, -1, 3];
/** sprmPFInTable and sprmPFTtp, and their inner-table kin (sprmPFInnerTableCell, sprmPFInnerTtp). */
const IN_CELL = new Set([0x2416, 0x244b]);
const ENDS_ROW = new Set([0x2417, 0x244c]);
/** sprmTDefTable: the row's cells, each with how it is merged. */
const DEF_TABLE = 0xd608;
/** A cell's vertical merging (VerticalMergeFlag): one of a merged set, not its first. */
const MERGED_ABOVE = 1;
/** sprmCFRMarkDel and sprmCFVanish. */
const HIDING = new Set([0x0800, 0x083c]);
const ILFO = 0x460b;
const ILVL = 0x260a;
/** Number formats (MSONFC) as word-numbers.ts names them; others count in decimal. */
const FORMATS: Record<number, string> = { 0: 'decimal', 1: 'upperRoman', 2: 'lowerRoman', 3: 'upperLetter', 4: 'lowerLetter', 22: 'decimalZero', 23: 'bullet', 58: 'russianLower', 59: 'russianUpper', 255: 'none' };
const OUTSIDE: ParagraphProps = { cell: false, rowEnd: false, list: null, level: 0 };
const NO_STYLE = 0x0fff;
const styleNumber = (istd: number | undefined) => (istd === NO_STYLE ? undefined : istd);

/** A list and level as a paragraph's or a style's own properties give them: undefined where they say nothing. */
type ListProps = { list?: string | null; level?: number };

export const notWord = (what: string) => new Error(`not a Word document: ${what}`);

/** Little-endian reads that fail loudly past the end, where a truncated or hostile file would lead them. */
function reader(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const check = (at: number, size: number) => {
    if (!(Number.isInteger(at) && at >= 0 && at + size <= bytes.length)) throw notWord(`read past the end at ${at}`);
  };
  return {
    u8: (at: number) => (check(at, 1), view.getUint8(at)),
    u16: (at: number) => (check(at, 2), view.getUint16(at, true)),
    u32: (at: number) => (check(at, 4), view.getUint32(at, true)),
    i32: (at: number) => (check(at, 4), view.getInt32(at, true)),
    utf16: (at: number, chars: number) => (check(at, chars * 2), Array.from({ length: chars }, (_, i) => view.getUint16(at + i * 2, true))),
  };
}
type Reader = ReturnType<typeof reader>;

const streamOf = (container: CFB.CFB$Container, name: string): Uint8Array | null => {
  const content = CFB.find(container, name)?.content;
  return content ? Uint8Array.from(content as ArrayLike<number>) : null;
};

/** The piece table (Clx): its property runs (Prc) are skipped; then each piece's characters and where they are. */
function piecesOf(t: Reader, at: number, size: number): Piece[] {
  const end = at + size;
  while (at < end && t.u8(at) === 0x01) at += 3 + t.u16(at + 1);
  if (at >= end || t.u8(at) !== 0x02) throw notWord('no piece table');
  const count = (t.u32(at + 1) - 4) / 12;
  const start = at + 5;
  if (!Number.isInteger(count) || count < 1) throw notWord('a piece table of the wrong size');
  return Array.from({ length: count }, (_, i) => {
    const fc = t.u32(start + (count + 1) * 4 + i * 8 + 2);
    const compressed = (fc & 0x40000000) !== 0;
    const raw = fc & 0x3fffffff;
    return { from: t.u32(start + i * 4), to: t.u32(start + (i + 1) * 4), at: compressed ? raw / 2 : raw, compressed };
  });
}

/** From a row's cell definitions (TDefTableOperand: the count, the cells' edges, then each cell's TC80): which are merged with the cell above. */
function mergedCells(m: Reader, at: number, end: number): boolean[] {
  const count = m.u8(at);
  const cells = at + 1 + (count + 1) * 2;
  const continued: boolean[] = [];
  for (let i = 0; i < count && cells + i * 20 + 2 <= end; i++) continued.push(((m.u16(cells + i * 20) >> 5) & 0x03) === MERGED_ABOVE);
  return continued;
}

/** The properties of a grpprl in `[at, end)`: each one's code (sprm), where its operand is, and the operand's size. */
function* sprmsOf(m: Reader, at: number, end: number): Generator<[sprm: number, operand: number, size: number]> {
  while (at + 2 <= end) {
    const sprm = m.u16(at);
    let size = OPERAND[sprm >> 13];
    // sprmTDefTable gives its size in two bytes; others in one.
    if (size < 0) size = sprm === DEF_TABLE ? m.u16(at + 2) + 1 : m.u8(at + 2) + 1;
    yield [sprm, at + 2, size];
    at += 2 + size;
  }
}

/** Properties (a grpprl), as far as tables and lists go. */
function propsOf(m: Reader, at: number, end: number): Omit<ParagraphProps, 'list' | 'level'> & ListProps {
  const props: Omit<ParagraphProps, 'list' | 'level'> & ListProps = { cell: false, rowEnd: false };
  for (const [sprm, operand, size] of sprmsOf(m, at, end)) {
    if (IN_CELL.has(sprm)) props.cell ||= m.u8(operand) === 1;
    else if (sprm === DEF_TABLE) props.continued = mergedCells(m, operand + 2, Math.min(operand + size, end));
    else if (ENDS_ROW.has(sprm)) props.rowEnd ||= m.u8(operand) === 1;
    else if (sprm === ILFO) props.list = m.u16(operand) ? String(m.u16(operand)) : null;
    else if (sprm === ILVL) props.level = Math.min(m.u8(operand), 8);
  }
  return props;
}

/**
 * Each paragraph style's list and level (by its index, istd), from the style sheet (STSH): its
 * paragraph properties' (its first UPX's) own, else those of the style it is based on. Word numbers
 * its headings so, with no list in the paragraphs' own properties.
 */
function paragraphStyles(t: Reader, at: number, size: number): Map<number, ListProps> {
  const own = new Map<number, { base: number; props: ListProps }>();
  if (size < 6) return new Map();
  const count = Math.min(t.u16(at + 2), 10_000);
  const baseSize = t.u16(at + 4);
  for (let i = 0, std = at + 2 + t.u16(at); i < count && std < at + size; i++) {
    const length = t.u16(std);
    const body = std + 2;
    std = body + length;
    if (length < baseSize + 2) continue;
    const [kind, upxs] = [t.u16(body + 2), t.u16(body + 4)];
    // Paragraph styles (stk 1) only, whose first UPX holds the paragraph properties.
    if ((kind & 0x0f) !== 1 || (upxs & 0x0f) < 1) continue;
    let upx = body + baseSize;
    upx += 2 + t.u16(upx) * 2 + 2;
    if ((upx - body) % 2) upx++;
    const upxSize = t.u16(upx);
    if (upxSize < 2 || upx + 2 + upxSize > std) continue;
    const { list, level } = propsOf(t, upx + 4, upx + 2 + upxSize);
    own.set(i, { base: kind >> 4, props: { list, level } });
  }
  const styles = new Map<number, ListProps>();
  for (const istd of own.keys()) {
    const found: ListProps = {};
    for (const at of basedOnChain(styleNumber(istd), (style) => styleNumber(own.get(style)?.base))) {
      const props = own.get(at)?.props;
      if (found.list === undefined) found.list = props?.list;
      if (found.level === undefined) found.level = props?.level;
    }
    styles.set(istd, found);
  }
  return styles;
}

/**
 * Properties kept in 512-byte pages (FKPs) that a bin table points to: each page's runs of text (by
 * their byte offsets) and where each run's properties are, `entry` bytes apart; `read` makes them
 * (null: nothing to keep). Found again by a character's byte offset.
 */
function fkpRuns<T>(m: Reader, t: Reader, [at, size]: [number, number], entry: number, read: (props: number) => T | null): (offset: number) => T | undefined {
  const count = (size - 4) / 8;
  const runs: Array<{ from: number; to: number; props: T }> = [];
  for (let i = 0; Number.isInteger(count) && i < count; i++) {
    const page = (t.u32(at + (count + 1) * 4 + i * 4) & 0x3fffff) * 512;
    const n = m.u8(page + 511);
    for (let j = 0; j < n; j++) {
      const props = m.u8(page + (n + 1) * 4 + j * entry) * 2;
      const made = props ? read(page + props) : null;
      if (made !== null) runs.push({ from: m.u32(page + j * 4), to: m.u32(page + (j + 1) * 4), props: made });
    }
  }
  runs.sort((a, b) => a.from - b.from);
  return (offset) => {
    let [lo, hi] = [0, runs.length - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (runs[mid].to <= offset) lo = mid + 1;
      else if (runs[mid].from > offset) hi = mid - 1;
      else return runs[mid].props;
    }
    return undefined;
  };
}

/**
 * The properties of each paragraph (PapxFkp pages, from PlcBtePapx). A list or level the
 * paragraph's own properties do not give is its style's.
 */
function paragraphProps(m: Reader, t: Reader, bins: [number, number], styles: Map<number, ListProps>): (offset: number) => ParagraphProps {
  const at = fkpRuns(m, t, bins, 13, (papx) => {
    const cb = m.u8(papx);
    // 2 × cb − 1 bytes after cb, or, when cb is 0, 2 × the byte after it.
    const [from, length] = cb ? [papx + 1, cb * 2 - 1] : [papx + 2, m.u8(papx + 1) * 2];
    const { list, level, ...props } = propsOf(m, from + 2, from + length);
    const style = styles.get(m.u16(from));
    return { ...props, list: list !== undefined ? list : (style?.list ?? null), level: level ?? style?.level ?? 0 };
  });
  return (offset) => at(offset) ?? OUTSIDE;
}

/**
 * Characters not shown (ChpxFkp pages, from PlcBteChpx): text deleted with its changes tracked,
 * which Word keeps until the change is accepted, and hidden text.
 */
function unshown(m: Reader, t: Reader, bins: [number, number]): (offset: number) => boolean {
  const at = fkpRuns(m, t, bins, 1, (chpx) => {
    // A toggle: on, or the opposite of its style's (which is off for these).
    for (const [sprm, operand] of sprmsOf(m, chpx + 1, chpx + 1 + m.u8(chpx))) if (HIDING.has(sprm) && [0x01, 0x81].includes(m.u8(operand))) return true;
    return null;
  });
  return (offset) => at(offset) ?? false;
}

/** A list level (LVL): its start, format and text («%1.%2.» where Word keeps the levels' numbers as characters 0–8); and where the next one begins. */
function levelAt(t: Reader, at: number): [Level, number] {
  const cbChpx = t.u8(at + 24);
  const cbPapx = t.u8(at + 25);
  const xst = at + 28 + cbPapx + cbChpx;
  const chars = t.u16(xst);
  const text = t
    .utf16(xst + 2, chars)
    .map((c) => (c < 9 ? `%${c + 1}` : String.fromCharCode(c)))
    .join('');
  const level = { start: Math.max(0, t.i32(at)), format: FORMATS[t.u8(at + 4)] ?? 'decimal', text, legal: (t.u8(at + 5) & 0x04) !== 0 };
  return [level, xst + 2 + chars * 2];
}

/**
 * The lists' levels (PlfLst: each list 1 or 9 levels, which follow it), by the number paragraphs
 * name them by (their list format override in PlfLfo, 1 on). Lists that number alike count as one:
 * LibreOffice saves a list interrupted by another (a clause's «а)» items) as two, which it and Word
 * number on as one (see doc.ts); a restart Word keeps as an override of a level's start is not read here.
 */
function numberingOf(t: Reader, [lstAt, lstSize]: [number, number], [lfoAt, lfoSize]: [number, number]): Numbering {
  const numbering: Numbering = new Map();
  if (!lstSize || !lfoSize) return numbering;
  const lists = new Map<number, Level[]>();
  const count = t.u16(lstAt);
  let next = lstAt + 2 + count * 28;
  for (let i = 0; i < count; i++) {
    const lstf = lstAt + 2 + i * 28;
    const levels: Level[] = [];
    for (let l = t.u8(lstf + 26) & 0x01 ? 1 : 9; l > 0; l--) {
      const [level, after] = levelAt(t, next);
      levels.push(level);
      next = after;
    }
    lists.set(t.i32(lstf), levels);
  }
  const overrides = Math.min(t.u32(lfoAt), 10_000);
  for (let i = 0; i < overrides; i++) numbering.set(String(i + 1), lists.get(t.i32(lfoAt + 4 + i * 16)) ?? []);
  return numbering;
}

/**
 * What a part this cannot read would have said, as if the file said nothing of it: lists or styles
 * leave their items unnumbered, character properties leave deleted text in; the text is still read.
 */
function orNothing<T>(read: () => T, nothing: T): T {
  try {
    return read();
  } catch {
    return nothing;
  }
}

/** The parts of a .doc its text needs; throws PasswordProtected for a locked file and an Error for one that is not a .doc. */
export function openDoc(bytes: Uint8Array): DocParts {
  const container = CFB.read(bytes, { type: 'array' });
  const main = streamOf(container, 'WordDocument');
  if (!main) throw CFB.find(container, 'EncryptedPackage') ? new PasswordProtected() : notWord('no WordDocument stream');
  const m = reader(main);
  if (m.u16(0) !== FIB_IDENT) throw notWord('no FIB');
  const flags = m.u16(0x0a);
  if (flags & F_ENCRYPTED) throw new PasswordProtected();
  const table = streamOf(container, flags & F_WHICH_TABLE ? '1Table' : '0Table');
  if (!table) throw notWord('no table stream');
  const t = reader(table);
  const lw = 34 + m.u16(32) * 2 + 2;
  const fcLcb = lw + m.u16(lw - 2) * 4 + 2;
  const pair = (index: number): [number, number] => [m.u32(fcLcb + index * 8), m.u32(fcLcb + index * 8 + 4)];
  const numbering = orNothing(() => numberingOf(t, pair(PLF_LST), pair(PLF_LFO)), new Map());
  const styles = orNothing(() => paragraphStyles(t, ...pair(STSHF)), new Map());
  const unshownAt = orNothing(() => unshown(m, t, pair(PLCF_BTE_CHPX)), () => false);
  return { main, textLength: m.u32(lw + 12), pieces: piecesOf(t, ...pair(CLX)), paragraphAt: paragraphProps(m, t, pair(PLCF_BTE_PAPX), styles), unshownAt, numbering };
}
