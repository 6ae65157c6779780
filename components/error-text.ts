import { describeIssue, isValidationError } from '@/core/errors';
import { INVALID_PREFIX } from '@/core/response';
import { browser } from 'wxt/browser';
import { t, uiLocale, type MessageKey } from './i18n';

/** Codes the background and the sync host answer with, and what they mean to a user. */
const KNOWN: Record<string, MessageKey> = {
  'bad-request': 'errorBadRequest',
  'bad-reply': 'errorBadReply',
  'not-open': 'errorTeamNotOpen',
  'no-team': 'teamProblem_no_team',
  'not-from-here': 'errorNotFromHere',
};

/**
 * Any error, as a user should read it: in their language, never an engine's or validator's
 * English text. Unknown failures keep their name (for a bug report), not their message.
 */
export function errorText(error: unknown): string {
  if (isValidationError(error)) return describeIssue(error, uiLocale()).text;
  const message = error instanceof Error ? error.message : String(error);
  const code = message.replace(/^Error: /, '');
  if (code.startsWith(INVALID_PREFIX)) return code.slice(INVALID_PREFIX.length);
  if (code in KNOWN) return t(KNOWN[code]);
  // The team's refusals ('not-admin', 'invite-expired'…) have a message each.
  const team = /^[a-z-]+$/.test(code) && browser.i18n.getMessage(`teamError_${code.replaceAll('-', '_')}` as MessageKey);
  if (team) return team;
  // Already words for people (the extension's own messages are written in the UI's language).
  if (/[а-яё]/i.test(code)) return code;
  if (/QUOTA_BYTES|QuotaExceeded/i.test(code)) return t('errorNoSpace');
  // Chrome's words when the extension was reloaded under an open page.
  if (/Receiving end does not exist|Extension context invalidated/i.test(code)) return t('errorExtensionRestarted');
  return t('errorInternal', error instanceof Error ? error.name : 'Error');
}
