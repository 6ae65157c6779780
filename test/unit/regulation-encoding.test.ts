import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mendEncoding, russianShare } from '@/core/regulation/reader/encoding';
import { readRegulation } from '@/core/regulation/reader/read';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const seeds = readdirSync(new URL('../fixtures/seeds/', import.meta.url)).filter((f) => f.endsWith('.txt'));

/** Each character's byte in a single-byte encoding ('?' for one it cannot write). */
function encode(text: string, label: string): Uint8Array {
  const bytes = new Map([...new TextDecoder(label).decode(Uint8Array.from({ length: 256 }, (_, i) => i))].map((c, i) => [c, i]));
  return Uint8Array.from(text, (c) => bytes.get(c) ?? 0x3f);
}
const decode = (bytes: Uint8Array, label: string) => new TextDecoder(label).decode(bytes);
/** What a text can be at best after a trip through a single-byte encoding. */
const through = (text: string, label: string) => decode(encode(text, label), label);

/** The ways Russian text is garbled in the files schools have, each with what it can be mended to. */
const GARBLINGS: Array<[string, (text: string) => string, (text: string) => string]> = [
  ['UTF-8 read as Windows-1251', (t) => decode(new TextEncoder().encode(t), 'windows-1251'), (t) => t],
  ['UTF-8 read as Windows-1252 (a browser’s «latin1»)', (t) => decode(new TextEncoder().encode(t), 'windows-1252'), (t) => t],
  ['UTF-8 read as ISO-8859-1', (t) => String.fromCharCode(...new TextEncoder().encode(t)), (t) => t],
  ['Windows-1251 read as Latin-1 (a PDF font that declares a Western encoding)', (t) => decode(encode(t, 'windows-1251'), 'windows-1252'), (t) => through(t, 'windows-1251')],
  ['Windows-1251 read as ISO-8859-1', (t) => String.fromCharCode(...encode(t, 'windows-1251')), (t) => through(t, 'windows-1251')],
  ['KOI8-R read as Windows-1251', (t) => decode(encode(t, 'koi8-r'), 'windows-1251'), (t) => through(t, 'koi8-r')],
  ['DOS (866) read as Windows-1251', (t) => decode(encode(t, 'ibm866'), 'windows-1251'), (t) => through(t, 'ibm866')],
];

describe('mending text garbled by a wrong decoding', () => {
  it.each(GARBLINGS)('%s: each seed is mended character for character, and read as the seed is', (_, garble, best) => {
    for (const name of seeds) {
      const seed = fixture(`seeds/${name}`);
      const garbled = garble(seed);
      expect(garbled).not.toBe(seed);
      expect(mendEncoding(garbled)).toBe(best(seed));
    }
    const seed = fixture(`seeds/${seeds[0]}`);
    const read = readRegulation(garble(seed), 'a.pdf');
    const asIs = readRegulation(best(seed), 'a.pdf');
    if (!read.ok || !asIs.ok) throw new Error('not read');
    expect(read.draft.lines).toEqual(asIs.draft.lines);
    expect(read.draft.notes).toContainEqual({ code: 'encoding-mended' });
    expect(asIs.draft.notes).not.toContainEqual({ code: 'encoding-mended' });
  });

  it('a PDF one of whose fonts was garbled (headings right, the body «Ïîëîæåíèå»): only the garbled runs are mended', () => {
    const seed = fixture(`seeds/${seeds[1]}`).split('\n');
    const mixed = seed.map((line, i) => (i % 3 ? decode(encode(line, 'windows-1251'), 'windows-1252') : line)).join('\n');
    expect(mendEncoding(mixed)).toBe(through(seed.join('\n'), 'windows-1251'));
  });

  it('text that reads as it is stays as it is: Russian (with «Её», a no-break space after «В», «С»»), English, Ukrainian, French names', () => {
    for (const name of seeds) expect(mendEncoding(fixture(`seeds/${name}`))).toBeNull();
    const untouched = [
      'В\u00a0соответствии с п. 4.5 «Положения» её обязанности — удалять сообщения. Её права: ООО «С» и «Я».',
      '1. This policy applies to all school chats.\n2. Be polite and answer within a day.',
      'Положення про шкільні чати. Учасники чату зобов’язані дотримуватися правил спілкування; їхні права і обов’язки визначає школа.',
      'Участники: Café Müller, Zoë Saldaña, François Éluard — гости родительского собрания, которое состоится в пятницу.',
      'ÀÁÂÃ ÄÅ ÆÇ',
      '',
    ];
    for (const text of untouched) expect(mendEncoding(text)).toBeNull();
  });

  it('how Russian a text reads: the seeds near half their letter pairs common, garbled ones near none', () => {
    for (const name of seeds) expect(russianShare(fixture(`seeds/${name}`))).toBeGreaterThan(0.4);
    expect(russianShare(decode(encode(fixture(`seeds/${seeds[0]}`), 'koi8-r'), 'windows-1251'))).toBeLessThan(0.1);
    expect(russianShare('Hello')).toBeNull();
  });

  it('any text at all: mended or left, never an error, and at most as long as it was', () => {
    const alphabet = fc.constantFrom(...'РСрсÐÑÏîëæåíèàâ¨¸¹\u0080\u0096\u00a0»«ёЁЈјіІabc .\n\uFFFD\uD800');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 400 }), (chars) => {
        const text = chars.join('');
        const mended = mendEncoding(text);
        expect(mended === null || mended.length <= text.length).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a megabyte of garbled text, or one run a megabyte long, is mended (the runs are matched without backtracking)', () => {
    const seed = fixture(`seeds/${seeds[0]}`);
    expect(mendEncoding(decode(new TextEncoder().encode(seed.repeat(20)), 'windows-1251'))).toBe(seed.repeat(20));
    const run = 'Ïîëîæåíèå'.repeat(100_000);
    expect(mendEncoding(run)).toBe('Положение'.repeat(100_000));
  }, 30_000);
});
