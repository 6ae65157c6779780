import { fakeBrowser } from 'wxt/testing';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import ru from '../../public/_locales/ru/messages.json';

type Messages = Record<string, { message: string }>;

/** browser.i18n.getMessage as Chrome does it for the Russian locale: $1…$9 are the substitutions. */
function getMessage(key: string, substitutions?: string | string[]): string {
  if (key === '@@ui_locale') return 'ru';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return (ru as Messages)[key]?.message.replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '') ?? '';
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
});

// Testing Library cleans up by itself only with vitest globals, which this project does not use.
afterEach(cleanup);
