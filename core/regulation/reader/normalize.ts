/**
 * A regulation's text as the reader works on it: one clause or list item a line. Documents come
 * from Word, PDF text layers and site pages, so lines are broken mid-sentence, words hyphenated
 * across lines, and Markdown or link syntax left over from conversion.
 */
export function normalizeText(raw: string): string {
  const words = new Set(raw.toLowerCase().split(/[^\p{L}]+/u));
  const lines = rejoinBroken(raw, words)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/[\u00AD\u200B\uFEFF]/g, '')
    .replace(/\[([^\]\n]*)\]\((?:mailto:|https?:)[^)\s]*\)/g, '$1')
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/\*\*|__/g, '')
        .replace(/ {2,}/g, ' ')
        .trim(),
    );
  const out: string[] = [];
  let blank = false;
  for (const line of lines) {
    if (!line) {
      blank = true;
      continue;
    }
    const prev = out.length ? out[out.length - 1] : null;
    if (prev !== null && continues(prev, line)) {
      out[out.length - 1] = brokenWord(prev, line) ? joinBroken(prev, line, words) : `${prev} ${line}`;
    } else {
      if (blank && out.length) out.push('');
      out.push(line);
    }
    blank = false;
  }
  return out.join('\n');
}

/** A line that starts in lower case, or with a bracket, after one that did not end a sentence. */
function continues(prev: string, line: string): boolean {
  if (/[.;:!?]$/.test(prev)) return false;
  if (/^(?:[-–—•·▪●◦]\s|\d{1,2}[.)]\s|\d{1,2}(?:\.\d{1,2})+\.?\s)/.test(line)) return false;
  return /^[\p{Ll}(]/u.test(line);
}

/** Where a PDF's table cell had a word hyphenated across its lines (pdf-layout.ts): read as a line break after the hyphen. */
export const WORD_BREAK = '\u2060';

/** A line ending in a word's hyphen, and the next going on with it in lower case: a word broken across them. */
export const brokenWord = (line: string, next: string) => /\p{L}-$/u.test(line) && /^\p{Ll}/u.test(next);

/**
 * A word hyphenated across a line break, whole again when the document writes it whole elsewhere
 * («адми-» «нистратор»: «администратор»); else the hyphen is the word's own («ссылке-» «приглашению»,
 * «информационно-» «коммуникационной»: Word, LibreOffice and browsers hyphenate only when told to).
 */
const rejoined = (head: string, tail: string, words: Set<string>) => (words.has(`${head}${tail}`.toLowerCase()) ? head + tail : `${head}-${tail}`);

/** `line` ends in a word's hyphen, `next` goes on with the word. */
function joinBroken(line: string, next: string, words: Set<string>): string {
  const head = /(\p{L}+)-$/u.exec(line.slice(-100))?.[1] ?? '';
  const tail = /^\p{L}+/u.exec(next)?.[0] ?? '';
  return line.slice(0, line.length - head.length - 1) + rejoined(head, tail, words) + next.slice(tail.length);
}

const rejoinBroken = (raw: string, words: Set<string>) =>
  raw.replace(new RegExp(`(\\p{L}+)-${WORD_BREAK}(\\p{L}+)`, 'gu'), (_, head: string, tail: string) => rejoined(head, tail, words)).replaceAll(WORD_BREAK, '');
