import type { MarkWords } from '@/core/page-messages/marks';
import { t, uiLocale } from './i18n';
import { formatDateTime } from './log/labels';

const shortDate = (time: number) => new Intl.DateTimeFormat(uiLocale(), { day: '2-digit', month: '2-digit' }).format(time);

/** What a message's badge and control say, in the user's language (read aloud as `label`). */
export const markWords: MarkWords = {
  badge(author, mark) {
    const blocked = mark.blockedUntil !== null;
    const text = blocked ? `${mark.strikes} · ⛔ ${shortDate(mark.blockedUntil!)}` : String(mark.strikes);
    const parts = [t('markStrikes', author.name, mark.strikes)];
    if (blocked) parts.push(t('markBlocked', formatDateTime(mark.blockedUntil!)));
    if (author.byName) parts.push(t('markByName'));
    return { text, label: parts.join('. ') };
  },
  action: (author) => (author?.name ? t('markAct', author.name) : t('markActUnknown')),
};
