import { z } from 'zod/mini';

/** A phrase let through after a false alarm: a word, a number, an address; not a paragraph. */
export const MAX_ALLOWED_PHRASE = 200;
export const MAX_ALLOWED_PHRASES = 500;
export const allowedPhrasesSchema = z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_ALLOWED_PHRASE))).check(z.maxLength(MAX_ALLOWED_PHRASES));

/** One spelling for a dismissed phrase and a found one: case, spaces and punctuation do not count. */
export const allowKey = (phrase: string) => phrase.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, '');

/** The list with `phrase` added once (as `allowKey` compares them), newest last, oldest dropped past the limit. */
export function withPhrase(list: readonly string[], phrase: string): string[] {
  const text = phrase.trim().slice(0, MAX_ALLOWED_PHRASE);
  if (!text || list.some((p) => allowKey(p) === allowKey(text))) return [...list];
  return [...list, text].slice(-MAX_ALLOWED_PHRASES);
}
