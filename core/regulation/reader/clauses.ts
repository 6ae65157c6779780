/** A numbered clause of a regulation, with the text up to the next one and where that text is. */
export interface Clause {
  /** "2.3": roman sections and sections that number their clauses 1, 2… are written out in full. */
  number: string;
  /** The appendix (or attached regulation) whose numbering this clause follows; null in the main text. */
  part: string | null;
  /** A section or sub-section heading that only groups the clauses below it. */
  heading: boolean;
  text: string;
  start: number;
  end: number;
}

export interface Part {
  id: string;
  heading: string;
}

export interface Structure {
  /** What precedes the first clause: approval stamps, the school and the document's title. */
  header: string;
  clauses: Clause[];
  parts: Part[];
}

interface Line {
  text: string;
  start: number;
}

/**
 * «1.», «1.1.», «1.1», «п. 3.2», «1.1)», «II.3.» (a clause under roman section II, as Word writes
 * «%1.%2.» under a roman level); «1)» alone is a list item (or, in rules numbered so throughout, a
 * clause: see read.ts).
 */
const NUMBERED = /^(?:[-–—•]\s*)?(?:п\.\s*|пункт\s+)?(?:([IVXХ]{1,6})\.)?(\d{1,2}(?:\.\d{1,2}){0,4})([.)]?)(?:\s+|(?=[\p{Lu}«"]))(\S.*)$/u;
const ROMAN = /^(?:раздел\s+)?([IVXХ]{1,6})\.?\s+(\S.{0,200})$/iu;
/** «Раздел 2.», «Глава 2», «Статья 2.», «§ 2.»: a section by its word. */
const SECTION_WORD = /^(?:(?:раздел|глава|статья)\s+|§\s*)(\d{1,2})\.?\s+(\S.*)$/iu;
const APPENDIX = /^приложение\s*(?:№\s*)?(\d{1,2})\b/iu;
/** The line that opens a document: «Положение о…», «ПОРЯДОК…», «Муниципальное положение…», «Приложение 2». */
const TITLE_LINE = /^(?:(?:\S+\s+){0,2}(?:положени|порядо?к|правил|регламент|инструкци)\p{L}*|приложение(?!\p{L}))/iu;
const ORDER = /приказ|постановл|распоряжени/iu;
const CONTENTS = /^(?:содержание|оглавление)\s*:?$/iu;
const PAGE_AT_END = /\s\d{1,3}$/u;
/** «Общие положения ........ 3»: a line of contents wherever it stands. */
const DOT_LEADER = /(?:\.{4,}|…{2,})\s*\d{1,3}$/u;
/** «Лист ознакомления», «С положением ознакомлены:»: the staff's signatures, usually last. */
const SIGNATURES = /^(?:лист\s+ознакомлени|с\s+(?:настоящим\s+)?(?:положением|регламентом|правилами)\s+ознакомлен|ознакомлен(?:ы|а)?\s*:)/iu;

function romanValue(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  const digits = roman.toUpperCase().replace(/Х/g, 'X').split('').map((c) => values[c] ?? 0);
  return digits.reduce((sum, v, i) => sum + (v < (digits[i + 1] ?? 0) ? -v : v), 0);
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line, start });
    start += line.length + 1;
  }
  return lines;
}

interface Block {
  headingLines: string[];
  appendix: string | null;
  clauses: Clause[];
}

/**
 * Finds the clauses: "1.", "1.1.", "1.1.1", "п. 3.2", "2.1 " without a dot, roman sections, and
 * documents attached one after another (an order approving two regulations, appendices) whose
 * numbering starts again.
 */
export function readClauses(text: string): Structure {
  const lines = linesOf(text);
  const blocks: Block[] = [{ headingLines: [], appendix: null, clauses: [] }];
  let current: Clause | null = null;
  let currentLines: Line[] = [];
  let roman: number | null = null;
  let top = 0;
  /** Lines since the last clause that may open a new document. */
  let pendingTitle: number | null = null;
  let pendingAppendix: string | null = null;

  const close = (cut?: number) => {
    if (!current) return;
    const kept = cut === undefined ? currentLines : currentLines.slice(0, cut);
    const last = kept[kept.length - 1];
    current.end = last.start + last.text.length;
    current.text = text.slice(current.start, current.end);
    current = null;
    currentLines = [];
  };

  const open = (number: string, body: Line) => {
    const block = blocks[blocks.length - 1];
    current = { number, part: null, heading: false, text: '', start: body.start, end: body.start };
    currentLines = [body];
    block.clauses.push(current);
    pendingTitle = null;
    pendingAppendix = null;
  };

  /** Inside a sheet of signatures: its rows are people, not clauses, until an appendix begins. */
  let signatures = false;
  /** Inside a table of contents, while its lines end with a page number. */
  let contents = false;
  for (const line of lines) {
    const trimmed = line.text;
    if (!trimmed) continue;
    const appendix = APPENDIX.exec(trimmed);
    if (appendix) pendingAppendix = appendix[1];
    if (SIGNATURES.test(trimmed)) {
      close();
      signatures = true;
    }
    if (signatures && !appendix) continue;
    signatures = false;
    // A table of contents: its entries name the sections with their pages, they are not the sections.
    if (CONTENTS.test(trimmed)) {
      contents = true;
      continue;
    }
    if ((contents && PAGE_AT_END.test(trimmed)) || DOT_LEADER.test(trimmed)) continue;
    contents = false;
    const romanMatch = ROMAN.exec(trimmed) ?? SECTION_WORD.exec(trimmed);
    const numbered = romanMatch ? null : NUMBERED.exec(trimmed);
    if (!romanMatch && !numbered && TITLE_LINE.test(trimmed) && trimmed.length < 400) pendingTitle ??= currentLines.length;
    if (romanMatch) {
      const value = /^\d+$/.test(romanMatch[1]) ? Number(romanMatch[1]) : romanValue(romanMatch[1]);
      if (value > 0 && value < 40) {
        if (value <= top && (pendingTitle !== null || pendingAppendix)) restart();
        else close();
        roman = value;
        top = value;
        open(String(value), { text: romanMatch[2], start: line.start + trimmed.indexOf(romanMatch[2]) });
        continue;
      }
    }
    if (numbered && (numbered[1] || numbered[2].includes('.') || numbered[3] === '.')) {
      let number = numbered[1] ? `${romanValue(numbered[1])}.${numbered[2]}` : numbered[2];
      const first = Number(number.split('.')[0]);
      if (roman !== null && !number.includes('.')) number = `${roman}.${number}`;
      const restarts = first === 1 && (number === '1' || number === '1.1') && top >= 1;
      if (restarts && (pendingTitle !== null || pendingAppendix)) {
        restart();
        roman = null;
      } else if (current && Number(number.split('.')[0]) < top && !number.includes('.')) {
        // "1." inside clause 4.2 is a list item of that clause, not a new section.
        currentLines.push(line);
        continue;
      }
      close();
      top = Number(number.split('.')[0]);
      const body = numbered[4];
      open(number, { text: body, start: line.start + trimmed.length - body.length });
      continue;
    }
    if (current) currentLines.push(line);
    else blocks[blocks.length - 1].headingLines.push(trimmed);
  }
  close();

  /** A new document begins: the lines from its title on leave the clause they were read into. */
  function restart() {
    const heading = current && pendingTitle !== null ? currentLines.slice(pendingTitle).map((l) => l.text) : [];
    const appendix = pendingAppendix;
    close(current && pendingTitle !== null && pendingTitle > 0 ? pendingTitle : undefined);
    blocks.push({ headingLines: heading, appendix, clauses: [] });
  }

  return assemble(blocks);
}

/** Parts from the blocks: a covering order is left out, the main text has no part, the rest are appendices. */
function assemble(blocks: Block[]): Structure {
  let used = blocks.filter((b) => b.clauses.length > 0);
  const cover = blocks[0].headingLines.join('\n');
  const coverIsOrder = used.length > 1 && ORDER.test(cover) && used[0] === blocks[0] && used[0].clauses.length <= 10;
  if (coverIsOrder) used = used.slice(1);
  const parts: Part[] = [];
  const clauses: Clause[] = [];
  used.forEach((block, i) => {
    const isPart = coverIsOrder || i > 0;
    const id = isPart ? (block.appendix ?? String(coverIsOrder ? i + 1 : i)) : null;
    if (id) parts.push({ id, heading: block.headingLines[0]?.slice(0, 300) || `Приложение ${id}` });
    for (const clause of block.clauses) clauses.push({ ...clause, part: id });
  });
  // A clause is a heading when clauses numbered under it follow.
  clauses.forEach((clause, i) => {
    const next = clauses[i + 1];
    clause.heading = Boolean(next && next.part === clause.part && next.number.startsWith(`${clause.number}.`));
  });
  const header = coverIsOrder ? `${cover}\n${used[0].headingLines.join('\n')}` : cover;
  return { header, clauses, parts };
}
