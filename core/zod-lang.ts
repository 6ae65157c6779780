import { en, ru } from 'zod/locales';
import type { Lang } from './errors';

/** zod's messages in the user's language (kept apart: the locales have no place in the content script). */
export const zodErrors = (lang: Lang) => ({ error: (lang === 'ru' ? ru() : en()).localeError });
