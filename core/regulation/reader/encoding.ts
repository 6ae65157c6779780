/**
 * Russian text garbled by a known wrong decoding, mended. A PDF whose Cyrillic font declares a
 * Western encoding gives «Ïîëîæåíèå» (Windows-1251 read as Latin-1); a page or a paste saved through
 * the wrong setting gives «РџРѕР»РѕР¶РµРЅРёРµ» (UTF-8 read as Windows-1251) or «ÐŸÐ¾Ð»Ð¾Ð¶ÐµÐ½Ð¸Ðµ»
 * (UTF-8 read as Latin-1); an old KOI8-R or DOS text read as Windows-1251 gives «рПМПЦЕОЙЕ» or
 * «Џ®«®¦Ґ­ЁҐ». Each is undone byte for byte, and kept only when what it gives reads as Russian.
 */

/** The 256 characters a single-byte encoding reads its bytes as. */
const charsOf = (label: string) => [...new TextDecoder(label).decode(Uint8Array.from({ length: 256 }, (_, i) => i))];

interface Tables {
  cp1251: string[];
  koi8: string[];
  cp866: string[];
  /** Each character's byte as Windows-1251 writes it. */
  from1251: Map<string, number>;
  /** Each character's byte as Latin-1 or Windows-1252 (which browsers read «latin1» as) writes it. */
  fromLatin: Map<string, number>;
}

let tables: Tables | null = null;
function tablesNow(): Tables {
  if (tables) return tables;
  const cp1251 = charsOf('windows-1251');
  const fromLatin = new Map<string, number>();
  charsOf('windows-1252').forEach((c, byte) => fromLatin.set(c, byte));
  for (let byte = 0; byte < 256; byte++) fromLatin.set(String.fromCharCode(byte), byte);
  tables = { cp1251, koi8: charsOf('koi8-r'), cp866: charsOf('ibm866'), from1251: new Map(cp1251.map((c, byte) => [c, byte])), fromLatin };
  return tables;
}

/** The forty commonest letter pairs in Russian regulations (counted over the seeds): about 45 % of a Russian text's pairs, 4 % of a garbled one's. */
const COMMON_PAIRS = new Set(
  'ни ов ст ен но ра те ль ат пр ва ел об по ны ци ро ан ко ия зо ор уч ьн ис ол аз ос ре ес он за нн ик ча на го ац ых ог'.split(' '),
);
/** A share of common pairs at or above this reads as Russian; below LOW it does not. */
const RUSSIAN = 0.3;
const LOW = 0.15;
/** Fewer Cyrillic letters than this say nothing either way. */
const ENOUGH_LETTERS = 20;

/** How much of the text's Cyrillic reads as Russian: the share of its letter pairs among the commonest; null when there are too few. */
export function russianShare(text: string): number | null {
  let pairs = 0;
  let common = 0;
  for (const [word] of text.toLowerCase().matchAll(/[а-яё]{2,}/gu)) {
    for (let i = 0; i + 1 < word.length; i++) {
      pairs++;
      if (COMMON_PAIRS.has(word.slice(i, i + 2))) common++;
    }
  }
  return pairs + 1 >= ENOUGH_LETTERS ? common / pairs : null;
}

const classOf = (chars: Iterable<string>) => `[${[...new Set(chars)].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]`;

/** Runs of characters that are UTF-8's bytes read one by one through `byteOf`'s encoding: a lead byte and its continuation bytes. */
function utf8Runs(byteOf: Map<string, number>): RegExp {
  const withBytes = (from: number, to: number) => classOf([...byteOf].filter(([, b]) => b >= from && b <= to).map(([c]) => c));
  const cont = withBytes(0x80, 0xbf);
  return new RegExp(`(?:${withBytes(0xc2, 0xdf)}${cont}|${withBytes(0xe0, 0xef)}${cont}{2}|${withBytes(0xf0, 0xf4)}${cont}{3})+`, 'gu');
}

/** A repair: the runs of a text it looks at, and what each run was before the wrong decoding. */
interface Repair {
  runs: (t: Tables) => RegExp;
  mend: (run: string, t: Tables) => string;
}

const bytesOf = (run: string, byteOf: Map<string, number>) => Uint8Array.from(run, (c) => byteOf.get(c) ?? 0x3f);
const asUtf8 = (run: string, byteOf: Map<string, number>) => new TextDecoder().decode(bytesOf(run, byteOf));

/** Another Cyrillic encoding read as Windows-1251: the runs of characters whose bytes are its letters (or «№»), read as it reads them. */
const readAs1251 = (encoding: (t: Tables) => string[]): Repair => ({
  runs: (t) => new RegExp(`${classOf(t.cp1251.filter((_, byte) => /[\p{Script=Cyrillic}№]/u.test(encoding(t)[byte])))}+`, 'gu'),
  mend: (run, t) => Array.from(run, (c) => encoding(t)[t.from1251.get(c)!]).join(''),
});

const REPAIRS: Repair[] = [
  { runs: (t) => utf8Runs(t.from1251), mend: (run, t) => asUtf8(run, t.from1251) },
  { runs: (t) => utf8Runs(t.fromLatin), mend: (run, t) => asUtf8(run, t.fromLatin) },
  // Windows-1251's letters read as Latin-1 are its bytes' Latin-1 letters («Ё», «№» and «ё» at ¨, ¹
  // and ¸); its dashes and quotes read as ISO-8859-1 are control characters, never in a text.
  { runs: () => /[\u0080-\u009f\u00a8\u00b8\u00b9\u00c0-\u00ff]+/gu, mend: (run, t) => Array.from(run, (c) => t.cp1251[c.charCodeAt(0)]).join('') },
  // KOI8-R, or DOS (866), read as Windows-1251.
  readAs1251((t) => t.koi8),
  readAs1251((t) => t.cp866),
];

/**
 * The text mended, when a known wrong decoding garbled it (all of it, or where one font of a PDF
 * did); null when it reads as it is or no repair makes it read as Russian.
 */
export function mendEncoding(text: string): string | null {
  const t = tablesNow();
  let mended = text;
  for (const repair of REPAIRS) {
    const runsOf = repair.runs(t);
    const runs = [...mended.matchAll(runsOf)].map((m) => m[0]);
    if (!runs.length) continue;
    const share = russianShare(runs.join(' '));
    // Runs that read as Russian already (a Russian text's own words, for the KOI8-R repair) are left as they are.
    if (share !== null && share >= LOW) continue;
    const after = runs.map((run) => repair.mend(run, t));
    const fixed = russianShare(after.join(' '));
    if (fixed === null || fixed < RUSSIAN) continue;
    let i = 0;
    mended = mended.replace(runsOf, () => after[i++]);
  }
  return mended === text ? null : mended;
}
