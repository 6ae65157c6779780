import { en, ru } from 'zod/locales';
import type { Lang } from './errors';

type Params = { error: ReturnType<typeof ru>['localeError'] };
const made = new Map<Lang, Params>();

/**
 * zod's messages in the user's language (kept apart: the locales have no place in the content
 * script). Made once a language: a locale builds its dictionaries anew each time it is asked for,
 * which a 100 000-record import did for every record.
 */
export function zodErrors(lang: Lang): Params {
  let params = made.get(lang);
  if (!params) made.set(lang, (params = { error: (lang === 'ru' ? ru() : en()).localeError }));
  return params;
}
