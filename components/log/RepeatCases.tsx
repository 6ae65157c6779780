import type { RepeatCase } from '@/core/log/repeat-cases';
import { t } from '../i18n';
import { formatDateTime } from './labels';

/** What to follow up this week: participants past the block threshold, and blocks about to end. */
export function RepeatCases({ cases, threshold }: { cases: { pastThreshold: RepeatCase[]; endingSoon: RepeatCase[] }; threshold: number }) {
  const { pastThreshold, endingSoon } = cases;
  return (
    <section class="repeat-cases" data-testid="repeat-cases">
      <h2>{t('logRepeatCases')}</h2>
      <div class="repeat-columns">
        <div>
          <h3>{t('logPastThreshold', threshold)}</h3>
          {pastThreshold.length === 0 ? <p class="muted">{t('logNobody')}</p> : (
            <ul data-testid="past-threshold">
              {pastThreshold.map((c) => (
                <li key={`${c.chatKey}|${c.subject.id}`}>
                  {t('logStrikesIn', c.subject.name, c.strikes, c.chat)}
                  {c.blockedUntil !== null && ` — ${t('logBlockedUntilShort', formatDateTime(c.blockedUntil))}`}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>{t('logEndingSoon')}</h3>
          {endingSoon.length === 0 ? <p class="muted">{t('logNobody')}</p> : (
            <ul data-testid="ending-soon">
              {endingSoon.map((c) => <li key={`${c.chatKey}|${c.subject.id}`}>{t('logEndsOn', c.subject.name, c.chat, formatDateTime(c.blockedUntil!))}</li>)}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
