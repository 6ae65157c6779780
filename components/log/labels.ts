import type { LogRow } from '@/core/log/store';
import type { ActionKind } from '@/core/moderation/actions';
import { t, uiLocale, type MessageKey } from '../i18n';

export const kindLabel = (kind: ActionKind) => t(`kind_${kind.replaceAll('-', '_')}` as MessageKey);

/** One formatter for the page: making one costs far more than using it, and a CSV of 100k rows uses it 200k times. */
let dateTime: Intl.DateTimeFormat | undefined;
export const formatDateTime = (time: number) => (dateTime ??= new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'short', timeStyle: 'short' })).format(time);

/** Where a record came from, for people: "мои записи", "со-модератор: Петрова", … */
export function sourceLabel(row: Pick<LogRow, 'source' | 'member'>): string {
  switch (row.source) {
    case 'own':
      return t('logSourceOwn');
    case 'import':
      return t('logSourceImport');
    case 'team':
      return row.member ? t('logSourceTeam', row.member) : t('logSourceUnknown');
    case 'team-file':
      return row.member ? t('logSourceTeamFile', row.member) : t('logSourceUnknown');
  }
}
