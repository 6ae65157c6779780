/**
 * A regulation's text as the reader works on it: one clause or list item a line. Documents come
 * from Word, PDF text layers and site pages, so lines are broken mid-sentence, words hyphenated
 * across lines, and Markdown or link syntax left over from conversion.
 */
export function normalizeText(raw: string): string {
  const lines = raw
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
      out[out.length - 1] = /\p{L}-$/u.test(prev) && /^\p{Ll}/u.test(line) ? prev.slice(0, -1) + line : `${prev} ${line}`;
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
