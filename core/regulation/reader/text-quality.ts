/** Why a document's text cannot be read as a regulation; the page says each in the user's words with what to do instead. */
export type TextProblem = 'empty' | 'too-large' | 'mojibake' | 'not-russian';

/** A regulation is tens of kilobytes of text; more than this is not one (or is a whole site saved as text). */
export const MAX_TEXT_LENGTH = 1_000_000;

/**
 * Text read from a bad conversion: UTF-8 shown as Windows-1251 («Р С•Р В»), as Latin-1 («Ð¿Ñ€»),
 * replacement characters, or a PDF text layer of private-use glyphs.
 */
export function textProblem(text: string): TextProblem | null {
  if (text.length > MAX_TEXT_LENGTH) return 'too-large';
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const glyphs = count(/[\uE000-\uF8FF\uFFFD]/gu);
  const letters = count(/\p{L}/gu) + glyphs;
  if (letters < 20) return 'empty';
  const broken =
    count(/[РС][\u0402-\u040F\u0452-\u045F\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2116°±µ¶·]/gu) +
    count(/[ÐÑ][\u0080-\u00BF]/gu) +
    glyphs;
  if (broken > letters * 0.05) return 'mojibake';
  const cyrillic = count(/\p{Script=Cyrillic}/gu);
  if (cyrillic < letters * 0.3) return 'not-russian';
  return null;
}
