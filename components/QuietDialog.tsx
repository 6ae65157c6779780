import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { nextAllowed, type QuietPolicy } from '@/core/quiet-hours/windows';
import { schoolTime } from '@/core/quiet-hours/text';
import { zoneLabel } from '@/core/quiet-hours/time-zones';
import { t, uiLocale } from './i18n';

export interface QuietDialogProps {
  now: number;
  policy: QuietPolicy;
  onCancel(): void;
  onRemind(at: number): void;
  /** Sends now; resolves to why the reason was refused (shown here), or null once it is done. */
  onEmergency(reason: string): Promise<string | null>;
}

/** The warning shown when a send is held during quiet hours. Esc is Cancel; nothing is lost either way. */
export function QuietDialog({ now, policy, onCancel, onRemind, onEmergency }: QuietDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const reasonInput = useRef<HTMLInputElement>(null);
  const [askingReason, setAskingReason] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const locale = uiLocale();
  const allowedAt = nextAllowed(now, policy);
  const allowedText = allowedAt === null ? '—' : schoolTime(allowedAt, policy.timeZone, locale, now);

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  // The autofocus attribute only works on insertion into an unfocused page, so focus by hand.
  useLayoutEffect(() => {
    if (askingReason) reasonInput.current?.focus();
  }, [askingReason]);

  // The background checks the reason (the one rule, kept out of this page's script) and says what is wrong.
  const submitReason = async (event: Event) => {
    event.preventDefault();
    setError(await onEmergency(reason));
  };

  return (
    <dialog
      ref={dialog}
      class="steward-dialog"
      aria-labelledby="steward-dialog-title"
      // Esc closes the dialog (Chromium may skip the cancel event): closing is Cancel.
      onClose={onCancel}
    >
      <h2 id="steward-dialog-title">{t('dialogTitle')}</h2>
      <p data-testid="local-time">
        {t('dialogLocalTime', schoolTime(now, policy.timeZone, locale), zoneLabel(policy.timeZone, now))}
      </p>
      <figure class="steward-rule" data-testid="rule">
        <figcaption>{t('dialogRule', policy.rule.clause, policy.rule.document)}</figcaption>
        <blockquote>{policy.rule.text}</blockquote>
      </figure>
      <p>{t('dialogAllowedAt', allowedText)}</p>
      {askingReason ? (
        <form onSubmit={(event) => void submitReason(event)}>
          <label for="steward-reason">{t('dialogReasonLabel')}</label>
          <input
            id="steward-reason"
            ref={reasonInput}
            name="reason"
            aria-required="true"
            maxLength={500}
            value={reason}
            aria-invalid={error !== null}
            aria-describedby={error ? 'steward-reason-error' : undefined}
            onInput={(e) => {
              setReason(e.currentTarget.value);
              setError(null);
            }}
          />
          {error && (
            <p id="steward-reason-error" class="steward-error" role="alert">
              {error}
            </p>
          )}
          <div class="steward-actions">
            <button type="button" onClick={() => setAskingReason(false)}>
              {t('dialogBack')}
            </button>
            <button type="submit" class="steward-danger" data-action="send-emergency">
              {t('dialogSendNow')}
            </button>
          </div>
        </form>
      ) : (
        <div class="steward-actions">
          <button type="button" autoFocus data-action="cancel" onClick={onCancel}>
            {t('dialogCancel')}
          </button>
          {allowedAt !== null && (
            <button type="button" data-action="remind" onClick={() => onRemind(allowedAt)}>
              {t('dialogRemind', allowedText)}
            </button>
          )}
          <button type="button" class="steward-danger" data-action="emergency" onClick={() => setAskingReason(true)}>
            {t('dialogEmergency')}
          </button>
        </div>
      )}
    </dialog>
  );
}
