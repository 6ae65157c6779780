import { flatWords } from 'russian-bad-words';
import type { Hit } from './hits';

/** Latin and digit look-alikes people write in place of Cyrillic letters. */
const LOOKALIKES: Record<string, string> = { a: 'а', b: 'в', c: 'с', e: 'е', k: 'к', m: 'м', h: 'н', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у', u: 'и', i: 'и', '1': 'и', z: 'з', '3': 'з', '0': 'о', '6': 'б', '4': 'ч', '@': 'а', $: 'с' };

/** One spelling for a word: lower case, е for ё, look-alikes as Cyrillic, a letter repeated as one. */
function fold(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase()) {
    const c = ch === 'ё' ? 'е' : (LOOKALIKES[ch] ?? ch);
    if (c !== out.at(-1)) out += c;
  }
  return out;
}

/** Common words the package's list lacks (found missing by test/corpora/disguised.json). */
const MISSING_FORMS = ['мудак', 'мудила', 'мудило', 'ебаный', 'ебанутый', 'уебок', 'уебище', 'гандон', 'пидор', 'пидорас', 'пидарас', 'шлюха', 'залупа', 'хуесос', 'сучара'];
/** The package's word forms (it lists grammatical labels among them; those are not words), and those. */
const FORMS = new Set([...flatWords.filter((w) => /^[а-яё]+$/i.test(w)), ...MISSING_FORMS].map(fold));
/** Longer forms are also roots of their derivatives ("пиздат-ый"); short ones ("хуй") count only whole, so "страхуй" is no hit. */
const ROOTS = new Map<string, string[]>();
for (const form of FORMS) if (form.length >= 4) ROOTS.set(form.slice(0, 3), [...(ROOTS.get(form.slice(0, 3)) ?? []), form]);
/** Prefixes Russian puts before those roots ("за-ебал", "с-пиздил"). */
const PREFIXES = ['', 'за', 'на', 'от', 'вы', 'по', 'про', 'раз', 'рас', 'у', 'о', 'об', 'до', 'с', 'при', 'под', 'пере', 'из', 'недо', 'въ', 'съ', 'объ', 'отъ', 'подъ', 'разъ'];
const MAX_ENDING = 4;

function obscene(token: string): boolean {
  const word = fold(token);
  if (word.length < 3) return false;
  if (FORMS.has(word)) return true;
  for (const prefix of PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    if (FORMS.has(rest)) return true;
    for (const root of ROOTS.get(rest.slice(0, 3)) ?? []) if (rest.startsWith(root) && rest.length - root.length <= MAX_ENDING) return true;
  }
  return false;
}

/**
 * A word as written, disguises included: letters, look-alike Latin letters and digits, and
 * symbols put inside it ("х.у.й", "п*зда" — an asterisk standing for a letter is tried as each vowel).
 */
const TOKEN = /[\p{L}0-9@$]+(?:[.*_\-]+[\p{L}0-9@$]+)*/gu;
/** Single letters spaced out into a word ("х у й", "п. и. з. д. а"): three or more, joined before the check. */
const SPACED = /(?<![\p{L}0-9])[\p{L}*](?:[ .\-_]{1,3}[\p{L}*](?![\p{L}0-9])){2,}/gu;
const VOWELS = ['а', 'е', 'и', 'о', 'у', 'ы', 'я', 'ю'];

/** Obscene words from the `russian-bad-words` list, with their usual disguises; ordinary words containing them are not hits. */
export function findObscenity(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    // Only words with something Cyrillic or disguised in them: plain numbers and Latin words are skipped fast.
    if (!/[а-яё*]/i.test(raw) && !/[a-z][0-9@$]|[0-9@$][a-z]/i.test(raw)) continue;
    if (obsceneAsWritten(raw)) hits.push({ category: 'obscenity', start: m.index!, end: m.index! + raw.length });
  }
  for (const m of text.matchAll(SPACED)) {
    if (/[а-яё*]/i.test(m[0]) && !hits.some((h) => h.start >= m.index! && h.start < m.index! + m[0].length) && spacedObscene(m[0])) {
      hits.push({ category: 'obscenity', start: m.index!, end: m.index! + m[0].length });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** A spaced word may start after a one-letter word ("и м у д а к"). */
function spacedObscene(run: string): boolean {
  const letters = run.replace(/[ .\-_]/g, '');
  return obsceneAsWritten(letters) || obsceneAsWritten(letters.slice(1));
}

function obsceneAsWritten(raw: string): boolean {
  const joined = raw.replace(/[._\-]/g, '');
  const candidates = joined.includes('*') ? VOWELS.map((v) => joined.replaceAll('*', v)) : [joined];
  return candidates.some(obscene);
}
