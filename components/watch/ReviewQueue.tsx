import { useEffect, useRef } from 'preact/hooks';
import type { Finding } from '@/core/watch/check-post';
import { t } from '../i18n';
import { formatDateTime } from '../log/labels';
import { citeClause, findingLabel } from './finding-words';

export interface QueueEntry {
  id: string;
  author: string | null;
  text: string;
  at: number | null;
  findings: Finding[];
}

export interface ReviewQueueProps {
  entries: QueueEntry[];
  /** Whether the open chat is watched at all (its kind may be switched off in the settings). */
  watching: boolean;
  onShow(id: string): void;
  onRecord(id: string): void;
  onRemind(id: string): void;
  onDismiss(id: string): void;
  /** Owner or admin (or outside a team): the found phrase goes on the allowlist. */
  onAllow(id: string, phrase: string): void;
}

const EXCERPT = 160;

/** The text around the first finding, with every finding in it marked. */
function Excerpt({ text, findings }: Pick<QueueEntry, 'text' | 'findings'>) {
  const hits = findings.flatMap((f) => f.hits).sort((a, b) => a.start - b.start);
  const from = Math.max(0, (hits[0]?.start ?? 0) - EXCERPT / 2);
  const to = Math.min(text.length, from + EXCERPT);
  const parts: preact.ComponentChildren[] = [];
  let at = from;
  for (const hit of hits) {
    if (hit.end <= at || hit.start >= to) continue;
    parts.push(text.slice(at, Math.max(at, hit.start)), <mark key={hit.start}>{text.slice(Math.max(at, hit.start), Math.min(hit.end, to))}</mark>);
    at = Math.min(hit.end, to);
  }
  parts.push(text.slice(at, to));
  return (
    <q class="steward-excerpt">
      {from > 0 && '…'}
      {parts}
      {to < text.length && '…'}
    </q>
  );
}

/** «К проверке (N)»: participants' messages the check flagged in the open chat, newest first, each handled in one click. */
export function ReviewQueue({ entries, watching, onShow, onRecord, onRemind, onDismiss, onAllow }: ReviewQueueProps) {
  const list = useRef<HTMLOListElement>(null);
  const count = useRef(entries.length);
  // An entry handled by keyboard leaves the list with the focused button: focus goes to the next
  // entry, not to the page. Focus elsewhere (the violation form an entry filled) stays where it is.
  useEffect(() => {
    const root = list.current?.getRootNode() as Document | ShadowRoot | undefined;
    const lost = !root?.activeElement || root.activeElement === document.body;
    if (entries.length < count.current && lost) list.current?.querySelector<HTMLElement>('li button')?.focus();
    count.current = entries.length;
  }, [entries.length]);

  return (
    <details class="steward-section" open data-testid="review-queue">
      <summary>{t('watchTitle', entries.length)}</summary>
      {!watching && <p class="steward-muted" data-testid="watch-off">{t('watchOff')}</p>}
      {watching && entries.length === 0 && <p class="steward-muted">{t('watchEmpty')}</p>}
      <ol class="steward-queue" ref={list} aria-label={t('watchTitle', entries.length)}>
        {entries.map((e) => {
          const phrase = e.findings.flatMap((f) => f.hits.map((h) => e.text.slice(h.start, h.end)))[0];
          return (
            <li key={e.id} data-message={e.id}>
              <p>
                <strong>{e.author ?? t('watchAuthorUnknown')}</strong>
                {e.at !== null && <span class="steward-muted"> · {formatDateTime(e.at)}</span>}
              </p>
              <Excerpt text={e.text} findings={e.findings} />
              <ul class="steward-findings">
                {e.findings.map((f) => (
                  <li key={f.kind} data-finding={f.kind}>
                    {findingLabel(f.kind)} — {citeClause(f.citation)}
                  </li>
                ))}
              </ul>
              <div class="steward-actions">
                <button type="button" data-action="show" onClick={() => onShow(e.id)}>{t('watchShow')}</button>
                <button type="button" data-action="record" onClick={() => onRecord(e.id)}>{t('watchRecord')}</button>
                <button type="button" data-action="remind" onClick={() => onRemind(e.id)}>{t('watchRemind')}</button>
                <button type="button" data-action="dismiss" onClick={() => onDismiss(e.id)}>{t('watchDismiss')}</button>
                {phrase && (
                  <button type="button" class="steward-link" data-action="allow" onClick={() => onAllow(e.id, phrase)}>
                    {t('watchAllow', phrase)}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
