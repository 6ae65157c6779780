import type { TeamRetention } from '@/core/team/roster';
import { MIN_TEAM_RETENTION_MONTHS } from '@/core/team/roster';
import { t } from '../i18n';
import { formatDateTime } from './labels';

const RETENTION_CHOICES = [3, 6, 12, 24, 36];

export interface RetentionSectionProps {
  months: number | null;
  /** In a team the period is the team's, and erasing leaves the team. */
  team: { name: string; retention: TeamRetention | null; canSet: boolean } | null;
  onRetention(months: number | null): Promise<void>;
  onErase(): Promise<void>;
}

/** How long records are kept, and erasing everything, said plainly for a team. */
export function RetentionSection({ months, team, onRetention, onErase }: RetentionSectionProps) {
  const choices = team ? RETENTION_CHOICES.filter((m) => m >= MIN_TEAM_RETENTION_MONTHS) : RETENTION_CHOICES;
  return (
    <section data-testid="retention">
      <h2>{t('logRetention')}</h2>
      {team && (
        <p class="muted">
          {t('logRetentionTeam', team.name)}
          {team.retention && ` ${t('logRetentionSetBy', team.retention.by, formatDateTime(team.retention.at))}`}
          {!team.canSet && ` ${t('logRetentionAdminsOnly')}`}
        </p>
      )}
      <select aria-label={t('logRetention')} disabled={team ? !team.canSet : false} value={months ?? ''} onChange={(e) => void onRetention(e.currentTarget.value ? Number(e.currentTarget.value) : null)}>
        <option value="">{t('logRetentionForever')}</option>
        {choices.map((m) => <option key={m} value={m}>{t('logRetentionMonths', m)}</option>)}
      </select>{' '}
      <button
        type="button"
        class="danger"
        onClick={async () => {
          if (confirm(team ? t('logEraseConfirmTeam', team.name) : t('logEraseConfirm'))) await onErase();
        }}
      >
        {t('logEraseAll')}
      </button>
    </section>
  );
}
