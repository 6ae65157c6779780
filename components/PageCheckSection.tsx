import { useEffect, useState } from 'preact/hooks';
import type { PartCheck, TabCheck } from '@/core/page-check';
import { t, type MessageKey } from './i18n';

export interface PageCheckSectionProps {
  /** Looks at the page now; null when there is no messenger page to look at. */
  run(): PartCheck[] | null | Promise<TabCheck | null>;
  /** The panel keeps it folded; the options page shows it open. */
  open?: boolean;
}

const verdict = (p: PartCheck) => (!p.found ? t('pageCheckMissing') : p.part === 'messages' ? t('pageCheckFoundCount', p.count) : t('pageCheckFound'));

/** For each part the adapter looks for: found or not, and with which selector. */
export function PageCheckSection({ run, open = false }: PageCheckSectionProps) {
  const [result, setResult] = useState<{ url?: string; parts: PartCheck[] } | null | undefined>(undefined);
  const check = async () => {
    const answer = await run();
    setResult(Array.isArray(answer) ? { parts: answer } : answer);
  };
  useEffect(() => {
    if (open) void check();
    // Once, when shown open: later checks are the user's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <details class="steward-section" open={open} data-testid="page-check" onToggle={(e) => e.currentTarget.open && result === undefined && void check()}>
      <summary>{t('pageCheck')}</summary>
      {result === null && <p class="steward-muted">{t('pageCheckNoTab')}</p>}
      {result?.url && <p class="steward-muted">{t('pageCheckTab', result.url)}</p>}
      {result && (
        <ul class="steward-duties">
          {result.parts.map((p) => (
            <li key={p.part} data-part={p.part} data-found={String(p.found)} class={p.found ? undefined : 'steward-warning'}>
              <span class="steward-verdict">
                {p.found ? '✓' : '✗'} {t(`part_${p.part}` as MessageKey)}: {verdict(p)}
              </span>
              {p.via && <code class="steward-role"> {p.via}</code>}
              {p.source && <span class="steward-muted" data-testid="selector-source"> — {p.source}</span>}
            </li>
          ))}
        </ul>
      )}
      {result && result.parts.some((p) => !p.found) && <p class="steward-muted">{t('pageCheckHint')}</p>}
      <button type="button" class="steward-link" onClick={() => void check()}>{t('pageCheckRun')}</button>
    </details>
  );
}
