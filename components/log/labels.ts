import type { ActionKind } from '@/core/moderation/actions';
import { t, uiLocale, type MessageKey } from '../i18n';

export const kindLabel = (kind: ActionKind) => t(`kind_${kind.replaceAll('-', '_')}` as MessageKey);

export const formatDateTime = (time: number) =>
  new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'short', timeStyle: 'short' }).format(time);
