/** Fewer letters than this is a word or an abbreviation (ОГЭ, МЧС), not shouting. */
const MIN_LETTERS = 12;
const MIN_CAPS_SHARE = 0.8;

/** A message written in capitals: most of its letters upper case, in at least three words of three letters or more. */
export function isShouting(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < MIN_LETTERS) return false;
  const upper = letters.filter((ch) => ch !== ch.toLowerCase()).length;
  if (upper / letters.length < MIN_CAPS_SHARE) return false;
  return (text.match(/(?<!\p{L})\p{Lu}{3,}(?!\p{L})/gu) ?? []).length >= 3;
}
