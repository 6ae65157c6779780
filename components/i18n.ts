import { browser } from 'wxt/browser';
import type { Lang } from '@/core/errors';
import type messages from '../public/_locales/ru/messages.json';

export type MessageKey = keyof typeof messages;

/** A UI string in the browser's language (Russian unless the browser is set to English). */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/** The locale for dates and weekday names, matching the strings above. */
export function uiLocale(): Lang {
  return browser.i18n.getMessage('@@ui_locale').startsWith('en') ? 'en' : 'ru';
}
