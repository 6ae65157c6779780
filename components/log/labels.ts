import type { LogRow } from '@/core/log/store';
import type { ActionKind } from '@/core/moderation/actions';
import { t, uiLocale, type MessageKey } from '../i18n';

export const kindLabel = (kind: ActionKind) => t(`kind_${kind.replaceAll('-', '_')}` as MessageKey);

/**
 * A date format in the UI's language, its formatter made once: making one costs far more than
 * using it, and a CSV of 100k rows formats 200k times.
 */
export function dateFormat(options: Intl.DateTimeFormatOptions): (time: number) => string {
  let format: Intl.DateTimeFormat | undefined;
  return (time) => (format ??= new Intl.DateTimeFormat(uiLocale(), options)).format(time);
}

export const formatDateTime = dateFormat({ dateStyle: 'short', timeStyle: 'short' });
/** «1 сентября 2026 г.» */
export const formatDay = dateFormat({ day: 'numeric', month: 'long', year: 'numeric' });

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
