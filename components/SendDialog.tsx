import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { nextAllowed, type QuietPolicy } from '@/core/quiet-hours/windows';
import { schoolTime } from '@/core/quiet-hours/text';
import { zoneLabel } from '@/core/quiet-hours/time-zones';
import { citationFor } from '@/core/content-check/rules';
import type { ContentVerdict } from '@/core/response';
import { t, uiLocale, type MessageKey } from './i18n';

/** What the content check found in the held message, with the message itself to show it in. */
export interface ContentFindings extends ContentVerdict {
  text: string;
}

export interface SendDialogProps {
  now: number;
  policy: QuietPolicy;
  /** Quiet hours are on: the night's choices (remind, emergency) are offered. */
  quiet: boolean;
  /** Findings of the content check, or null when it found nothing (or did not run). */
  content: ContentFindings | null;
  onCancel(): void;
  onRemind(at: number): void;
  /** Sends now; resolves to why the reason was refused (shown here), or null once it is done. */
  onEmergency(reason: string): Promise<string | null>;
  /** Sends although the check found something (by day). */
  onSendAnyway(): void;
}

const categoryKey = (category: string) => `check_${category.replaceAll('-', '_')}` as MessageKey;

/** The message with each finding marked, as the user will recognise it. */
function Marked({ content }: { content: ContentFindings }) {
  const parts: preact.ComponentChild[] = [];
  let at = 0;
  for (const hit of content.hits) {
    parts.push(content.text.slice(at, hit.start));
    parts.push(
      <mark key={hit.start} data-category={hit.category} title={t(categoryKey(hit.category))}>
        {content.text.slice(hit.start, hit.end)}
      </mark>,
    );
    at = hit.end;
  }
  parts.push(content.text.slice(at));
  return (
    <blockquote class="steward-checked" data-testid="checked-text">
      {parts}
    </blockquote>
  );
}

/** Each clause broken, with what was found against it. */
function Findings({ content }: { content: ContentFindings }) {
  const byClause = new Map<string, { citation: ReturnType<typeof citationFor>; categories: Set<string> }>();
  for (const hit of content.hits) {
    const citation = citationFor(content, hit.category);
    const key = `${citation.document}#${citation.clause}`;
    const entry = byClause.get(key) ?? { citation, categories: new Set<string>() };
    entry.categories.add(hit.category);
    byClause.set(key, entry);
  }
  return (
    <ul class="steward-findings" data-testid="findings">
      {[...byClause.values()].map(({ citation, categories }) => (
        <li key={citation.clause}>
          <strong>{[...categories].map((c) => t(categoryKey(c))).join(', ')}</strong> — {t('dialogRule', citation.clause, citation.document)} «{citation.text}»
        </li>
      ))}
    </ul>
  );
}

/**
 * The one dialog a held send gets: quiet hours, what the content check found, or both. Esc is
 * Cancel; the draft stays in the composer whatever is chosen until it is sent.
 */
export function SendDialog({ now, policy, quiet, content, onCancel, onRemind, onEmergency, onSendAnyway }: SendDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const reasonInput = useRef<HTMLInputElement>(null);
  const [askingReason, setAskingReason] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const locale = uiLocale();
  const allowedAt = quiet ? nextAllowed(now, policy) : null;
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
      <h2 id="steward-dialog-title">{t(quiet ? 'dialogTitle' : 'checkTitle')}</h2>
      {quiet && (
        <section data-testid="quiet-part">
          <p data-testid="local-time">{t('dialogLocalTime', schoolTime(now, policy.timeZone, locale), zoneLabel(policy.timeZone, now))}</p>
          <figure class="steward-rule" data-testid="rule">
            <figcaption>{t('dialogRule', policy.rule.clause, policy.rule.document)}</figcaption>
            <blockquote>{policy.rule.text}</blockquote>
          </figure>
          <p>{t('dialogAllowedAt', allowedText)}</p>
        </section>
      )}
      {content && (
        <section data-testid="content-part">
          <p>{t('checkFound')}</p>
          <Marked content={content} />
          <Findings content={content} />
        </section>
      )}
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
            {t(content ? 'checkEdit' : 'dialogCancel')}
          </button>
          {allowedAt !== null && (
            <button type="button" data-action="remind" onClick={() => onRemind(allowedAt)}>
              {t('dialogRemind', allowedText)}
            </button>
          )}
          {quiet ? (
            <button type="button" class="steward-danger" data-action="emergency" onClick={() => setAskingReason(true)}>
              {t('dialogEmergency')}
            </button>
          ) : (
            <button type="button" class="steward-danger" data-action="send-anyway" onClick={onSendAnyway}>
              {t('checkSendAnyway')}
            </button>
          )}
        </div>
      )}
    </dialog>
  );
}
