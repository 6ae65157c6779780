import type { ModerationRules } from '@/core/regulation/profile';
import { MODEL_PROFILE } from '@/core/regulation/profiles';
import { t, type MessageKey } from '../i18n';

export interface ModerationEditorProps {
  rules: ModerationRules | null;
  onChange(rules: ModerationRules | null): void;
}

const CLAUSES = ['block', 'reminder', 'deletion', 'rulesIntroduced', 'earlyUnblock', 'personalReasons', 'leavers'] as const;

/** The block threshold, the longest block and the clauses each moderation step cites. */
export function ModerationEditor({ rules, onChange }: ModerationEditorProps) {
  if (!rules) {
    return (
      <fieldset data-testid="review-moderation">
        <legend>{t('reviewModeration')}</legend>
        <p class="muted">{t('reviewModerationNone')}</p>
        <button type="button" onClick={() => onChange(MODEL_PROFILE.moderation!)}>
          {t('reviewModerationAdd')}
        </button>
      </fieldset>
    );
  }
  const number = (value: string, min: number) => Math.max(min, Math.round(Number(value) || min));
  return (
    <fieldset data-testid="review-moderation">
      <legend>{t('reviewModeration')}</legend>
      <p class="row-actions">
        <label>
          {t('reviewModThreshold')}{' '}
          <input type="number" min={0} max={50} value={rules.violationsBeforeBlock} onInput={(e) => onChange({ ...rules, violationsBeforeBlock: number(e.currentTarget.value, 0) })} />
        </label>
        <label>
          {t('reviewModMonths')}{' '}
          <input type="number" min={1} max={24} value={rules.maxBlockMonths} onInput={(e) => onChange({ ...rules, maxBlockMonths: number(e.currentTarget.value, 1) })} />
        </label>
      </p>
      <p class="clause-grid">
        {CLAUSES.map((name) => (
          <label key={name}>
            {t(`reviewModClause_${name}` as MessageKey)}{' '}
            <input
              size={6}
              value={rules.clauses[name]}
              pattern="\d+(\.\d+)*"
              onInput={(e) => onChange({ ...rules, clauses: { ...rules.clauses, [name]: e.currentTarget.value.trim() } })}
            />
          </label>
        ))}
      </p>
      <button type="button" onClick={() => onChange(null)}>
        {t('reviewModerationRemove')}
      </button>
    </fieldset>
  );
}
