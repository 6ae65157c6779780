import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '@/core/content-check/check';
import { MAX_CHECKED } from '@/core/content-check/limits';
import { contentRulesOf, DEFAULT_CONTENT_RULES } from '@/core/content-check/rules';
import { BUILT_IN_PROFILES } from '@/core/regulation/profiles';
import { CHECK_CATEGORIES, type CheckCategory } from '@/core/content-check/hits';

const corpus = <T>(name: string): T => JSON.parse(readFileSync(resolve(import.meta.dirname, `../corpora/${name}.json`), 'utf8'));
const positive = corpus<Record<CheckCategory, string[]>>('positive');
const negative = corpus<string[]>('negative');
const ALL: CheckOptions = { categories: CHECK_CATEGORIES, allowedPhones: [], allowedEmails: [], allowedAddresses: [] };
const found = (text: string, options = ALL) => checkMessage(text, options).map((h) => `${h.category}: ${text.slice(h.start, h.end)}`);

describe('the content check on the corpora', () => {
  it('has examples of every category', () => {
    expect(Object.keys(positive).sort()).toEqual([...CHECK_CATEGORIES].sort());
  });

  it.each(CHECK_CATEGORIES)('finds at least 95 %% of the %s examples, as that category', (category) => {
    const examples = positive[category];
    const caught = examples.filter((text) => checkMessage(text, ALL).some((h) => h.category === category));
    expect(caught.length / examples.length, examples.filter((t) => !caught.includes(t)).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('finds nothing in ordinary school messages (homework, timetables, rooms, sums, grades, words with rude substrings)', () => {
    expect(negative.length).toBeGreaterThanOrEqual(100);
    expect(negative.flatMap((text) => found(text))).toEqual([]);
  });
});

describe('checkMessage', () => {
  it('marks exactly the offending part of the text', () => {
    expect(found('Позвоните маме Лёши: 8 (912) 345-67-89, она ждёт')).toEqual(['phone: 8 (912) 345-67-89']);
  });

  it("lets the school's own numbers, e-mails and address through, and only the checks its profile names", () => {
    const school: CheckOptions = { ...ALL, allowedPhones: ['+7 (3812) 55-12-34'], allowedEmails: ['School13@omsk.ru'], allowedAddresses: ['ул. Ленина, д. 5'] };
    expect(found('Звоните в школу 8 3812 551234 или пишите school13@omsk.ru; мы на ул. Ленина, д. 5', school)).toEqual([]);
    expect(found('Телефон мамы 8 912 345 67 89, блять', { ...school, categories: ['obscenity'] })).toEqual(['obscenity: блять']);
  });

  it('sees through disguises: Latin look-alikes, symbols inside a word, an asterisk for a letter, repeated letters', () => {
    expect(found('xуйня, п.и.з.д.е.ц, п*здец, бляяяядь')).toEqual(['obscenity: xуйня', 'obscenity: п.и.з.д.е.ц', 'obscenity: п*здец', 'obscenity: бляяяядь']);
  });

  it('does not flag ordinary words that merely contain a rude substring', () => {
    expect(found('Застрахуйте детей; употреблять; колебался; небалованный; психуй; команда, скипидар, оскорблять')).toEqual([]);
  });

  it('takes ten digits after "ИНН" for an INN, not a phone, and a checksum that fails for nothing', () => {
    expect(found('ИНН 9961920580')).toEqual(['inn: 9961920580']);
    expect(found('СНИЛС 112-233-445 96, ИНН 500100732258')).toEqual([]);
  });

  // A pattern that backtracks without end would hang here until the test's time-out fails it.
  it('reads a megabyte of near-matches only up to its limit', () => {
    const hostile = 'ул. Ленина, д. '.repeat(80_000) + ' 8 (912) 345-67-89';
    const hits = checkMessage(hostile, ALL);
    expect(hits.every((h) => h.end <= MAX_CHECKED)).toBe(true);
    expect(hits.some((h) => h.category === 'phone')).toBe(false);
  });
});

describe('contentRulesOf', () => {
  it("cites the profile's own rule on language and on personal data, not the first rule under the clause", () => {
    const rules = contentRulesOf(BUILT_IN_PROFILES.find((p) => p.id === 'omsk-13')!);
    expect(rules.language).toMatchObject({ clause: '3.2', text: expect.stringMatching(/вежлив/i) });
    expect(rules.personalData).toMatchObject({ clause: '3.3', text: expect.stringMatching(/персональн/i) });
  });

  it('holds a profile without rules of its own to 3.2 and 3.3 of 000, every check on', () => {
    expect(contentRulesOf(BUILT_IN_PROFILES.find((p) => p.id === 'school-31-max')!)).toEqual(DEFAULT_CONTENT_RULES);
  });
});
