import type { FindingKind } from '@/core/watch/categories';
import type { Citation } from '@/core/quiet-hours/windows';
import { t, type MessageKey } from '../i18n';

/** A finding's kind in the user's language ("номер телефона", "сообщение в тихие часы"). */
export const findingLabel = (kind: FindingKind) => t(`${kind === 'night' || kind === 'caps' || kind === 'flood' ? 'finding' : 'check'}_${kind.replaceAll('-', '_')}` as MessageKey);

/** A clause as cited everywhere: «п. 3.3 Порядка… (школа № 13, Омск)». */
export const citeClause = (citation: Citation) => t('watchClause', citation.clause, citation.document);
