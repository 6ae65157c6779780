import { clauseLabel } from '@/core/regulation/duties';
import type { CitedDecision } from '@/core/moderation/policy';
import { errorText } from './error-text';
import { t } from './i18n';

export interface Outcome {
  tone: 'ok' | 'alert';
  text: string;
  needsDirector?: boolean;
}

/** What the panel says after asking to record an action: the decision with its clause, or the error. */
export function describeOutcome(outcome: CitedDecision | string): Outcome {
  if (typeof outcome === 'string') return { tone: 'alert', text: t('modFailed', errorText(outcome)) };
  const cited = `${outcome.clause ? `${clauseLabel({ clause: outcome.clause })} — ${outcome.document}: ` : ''}${outcome.message}`;
  if (outcome.verdict === 'allowed') return { tone: 'ok', text: t('modRecorded', cited) };
  return outcome.verdict === 'refused' ? { tone: 'alert', text: t('modRefused', cited) } : { tone: 'alert', text: t('modNeedsDirector', cited), needsDirector: true };
}
