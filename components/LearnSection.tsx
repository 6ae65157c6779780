import type { LearnedSelectors } from '@/core/page-messages/learned';
import { t } from './i18n';

export interface LearnSectionProps {
  /** Whether the adapter found any message on the page (null: not looked yet). */
  found: boolean | null;
  /** Selectors the user taught for this messenger, if any. */
  learned: LearnedSelectors | null;
  onPick(): void;
  onForget(): void;
  /** In a team: who shared the selectors in use, if they came from the team. */
  sharedBy: string | null;
  /** In a team, with selectors taught here: share them (an owner or admin may). */
  onShare: (() => void) | null;
}

/**
 * Says plainly when the messenger's messages are not found (its markup changed), and lets the
 * user teach the extension by pointing at one author's name; taught selectors can be dropped.
 */
export function LearnSection({ found, learned, onPick, onForget, sharedBy, onShare }: LearnSectionProps) {
  if (found !== false && !learned) return null;
  return (
    <section class="steward-section" data-testid="learn">
      {found === false && (
        <p class="steward-warning" role="status">
          {t('learnNotFound')}{' '}
          <button type="button" data-action="pick" onClick={onPick}>{t('learnPick')}</button>
        </p>
      )}
      {learned && (
        <p class="steward-muted" data-testid="learned">
          {t('learnUsing', learned.items, learned.author)}
          {sharedBy && <> {t('learnSharedBy', sharedBy)}</>}{' '}
          {!sharedBy && <button type="button" class="steward-link" data-action="forget" onClick={onForget}>{t('learnForget')}</button>}{' '}
          {onShare && <button type="button" class="steward-link" data-action="share" onClick={onShare}>{t('learnShare')}</button>}
        </p>
      )}
    </section>
  );
}
