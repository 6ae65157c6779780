import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ru from '../../public/_locales/ru/messages.json';

type Messages = Record<string, { message: string }>;
const LOCALES: Array<[string, Messages]> = [['ru', ru], ['en', en]];

// Chrome refuses to load the whole extension over one malformed message, so check them here.
describe.each(LOCALES)('_locales/%s', (_, messages) => {
  it('uses only names Chrome accepts', () => {
    expect(Object.keys(messages).filter((k) => !/^[A-Za-z0-9_]+$/.test(k))).toEqual([]);
  });

  it('has no "$name$" placeholder without a definition (as "$1$2" would read)', () => {
    expect(Object.entries(messages).filter(([, m]) => /\$\w+\$/.test(m.message)).map(([k]) => k)).toEqual([]);
  });
});

it('has the same keys and substitutions in Russian and English', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
  const subs = (m: Messages, k: string) => (m[k].message.match(/\$\d/g) ?? []).sort();
  for (const key of Object.keys(ru)) expect(subs(en as Messages, key), key).toEqual(subs(ru as Messages, key));
});
