import type { ComponentChildren } from 'preact';
import type { ChatRef } from '@/core/chat';
import type { SavedDraft } from '@/core/quiet-hours/drafts';
import type { Settings } from '@/core/settings';
import { t } from './i18n';
import { QuietStatus } from './QuietStatus';

export interface PanelProps {
  collapsed: boolean;
  onToggle(): void;
  chat: ChatRef | null;
  composerFound: boolean;
  settings: Settings;
  now: number;
  notice: string | null;
  onDismissNotice(): void;
  waitingDraft: SavedDraft | null;
  onInsertDraft(): void;
  onOpenOptions(): void;
  /** Pixels the panel may take before it would reach the composer, when that is less than its usual height. */
  maxHeight?: number;
  /** Feature sections for the open chat. */
  children?: ComponentChildren;
}

/** The panel over the messenger: top right, clear of the composer, collapsible to one button. */
export function Panel(props: PanelProps) {
  const { collapsed, onToggle, chat } = props;
  if (collapsed) {
    return (
      <button type="button" class="steward-fab" aria-expanded="false" aria-label={t('panelExpand')} title={t('panelExpand')} onClick={onToggle}>
        ✦
      </button>
    );
  }
  return (
    <section class="steward-panel" aria-labelledby="steward-panel-title" style={props.maxHeight ? { maxHeight: `${props.maxHeight}px` } : undefined}>
      <header>
        <h2 id="steward-panel-title">{t('panelTitle')}</h2>
        <button type="button" class="steward-icon" aria-expanded="true" aria-label={t('panelCollapse')} title={t('panelCollapse')} onClick={onToggle}>
          –
        </button>
      </header>
      {props.notice && (
        <p class="steward-notice" role="status" data-testid="notice">
          {props.notice}{' '}
          <button type="button" class="steward-link" onClick={props.onDismissNotice}>
            {t('dismiss')}
          </button>
        </p>
      )}
      {chat ? (
        <p class="steward-chat" data-testid="chat">
          {chat.title ? t('panelChat', chat.title) : t('panelChatUntitled', chat.id)}
        </p>
      ) : (
        <p class="steward-muted">{t('panelNoChat')}</p>
      )}
      {chat && !props.composerFound && (
        <p class="steward-warning" role="alert" data-testid="composer-missing">
          {t('composerNotFound')}
        </p>
      )}
      <QuietStatus settings={props.settings} now={props.now} />
      {props.waitingDraft && (
        <div class="steward-draft" data-testid="waiting-draft">
          <p>{t('draftWaiting')}</p>
          <blockquote>{props.waitingDraft.text}</blockquote>
          <button type="button" onClick={props.onInsertDraft}>
            {t('draftInsert')}
          </button>
        </div>
      )}
      {props.children}
      <footer>
        <button type="button" class="steward-link" onClick={props.onOpenOptions}>
          {t('openOptions')}
        </button>
      </footer>
    </section>
  );
}
