import { useState } from 'preact/hooks';
import { fromRow, importActions, type ActionLog } from '@/core/log/store';
import { ACTION_KINDS, chatKey, type ModerationAction } from '@/core/moderation/actions';
import { details, toCsv } from '@/core/log/export';
import { t } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { formatDateTime, kindLabel } from './labels';
import { matches, NO_FILTER, type LogFilter } from './log-filter';

const SHOWN = 500;
const RETENTION_CHOICES = [3, 6, 12, 24, 36];

export interface LogPageProps {
  log: ActionLog;
  retentionMonths: number | null;
  onRetention(months: number | null): Promise<void>;
  /** Hands a file to the user (a download in the browser). */
  save(name: string, type: string, content: string): void;
}

/** Newest first, each row parsed once; stops after `limit` matches when given. */
async function filtered(log: ActionLog, filter: LogFilter, limit = Infinity): Promise<ModerationAction[]> {
  const keep = matches(filter);
  const found: ModerationAction[] = [];
  await log.actions
    .orderBy('time')
    .reverse()
    .until(() => found.length >= limit)
    .each((row) => {
      const action = fromRow(row);
      if (action && keep(action)) found.push(action);
    });
  return found;
}

/** The full-page log: filters, the table, export and import, the monthly report, retention. */
export function LogPage({ log, retentionMonths, onRetention, save }: LogPageProps) {
  const [filter, setFilter] = useState<LogFilter>(NO_FILTER);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [month, setMonth] = useState(new Date().toISOString().slice(0, 7));
  const shown = useLiveQuery(() => filtered(log, filter, SHOWN), [filter]) ?? [];
  const total = useLiveQuery(() => log.actions.count(), []) ?? 0;
  const options = useLiveQuery(async () => {
    const chats = new Map<string, string>();
    const people = new Map<string, string>();
    await log.actions.each((r) => {
      chats.set(r.chatKey, r.chat.title || r.chat.id);
      if (r.subject) people.set(r.subject.id, r.subject.name);
    });
    return { chats: [...chats], people: [...people] };
  }, []) ?? { chats: [], people: [] };

  const set = (patch: Partial<LogFilter>) => setFilter({ ...filter, ...patch });
  const stamp = new Date().toISOString().slice(0, 10);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const records = JSON.parse(await file.text());
      if (!Array.isArray(records)) throw new Error('ожидается массив записей');
      const report = await importActions(log, records);
      const refused = report.refused.slice(0, 5).map((r) => `№${r.index + 1}: ${r.problem}`).join('; ');
      setStatus({ ok: report.refused.length === 0, text: `${t('logImportReport', report.added, report.duplicates, report.refused.length)} ${refused}` });
    } catch (error) {
      setStatus({ ok: false, text: t('logImportBadFile', String(error)) });
    }
  };

  return (
    <main>
      <h1>{t('logTitle')}</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('logSearch')} <input type="search" name="text" value={filter.text} onInput={(e) => set({ text: e.currentTarget.value })} />
        </label>
        <label>
          {t('logChat')}{' '}
          <select name="chat" value={filter.chat} onChange={(e) => set({ chat: e.currentTarget.value })}>
            <option value="">{t('logAll')}</option>
            {options.chats.map(([key, title]) => <option key={key} value={key}>{title}</option>)}
          </select>
        </label>
        <label>
          {t('logParticipant')}{' '}
          <select name="participant" value={filter.participant} onChange={(e) => set({ participant: e.currentTarget.value })}>
            <option value="">{t('logAll')}</option>
            {options.people.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
          </select>
        </label>
        <label>
          {t('logKind')}{' '}
          <select name="kind" value={filter.kind} onChange={(e) => set({ kind: e.currentTarget.value as LogFilter['kind'] })}>
            <option value="">{t('logAll')}</option>
            {ACTION_KINDS.map((k) => <option key={k} value={k}>{kindLabel(k)}</option>)}
          </select>
        </label>
        <label>
          {t('logFrom')} <input type="date" name="from" value={filter.from} onInput={(e) => set({ from: e.currentTarget.value })} />
        </label>
        <label>
          {t('logTo')} <input type="date" name="to" value={filter.to} onInput={(e) => set({ to: e.currentTarget.value })} />
        </label>
      </form>

      <div class="actions">
        <button type="button" onClick={async () => save(`journal-${stamp}.csv`, 'text/csv;charset=utf-8', toCsv(await filtered(log, filter), kindLabel, formatDateTime))}>
          {t('logExportCsv')}
        </button>
        <button type="button" onClick={async () => save(`journal-${stamp}.json`, 'application/json', JSON.stringify(await filtered(log, filter), null, 2))}>
          {t('logExportJson')}
        </button>
        <label class="file">
          {t('logImport')} <input type="file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </label>
      </div>
      {status && <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'ok' : 'error'} data-testid="log-status">{status.text}</p>}

      <p class="muted" data-testid="log-count">{shown.length ? t('logShown', shown.length, total) : t('logEmpty')}</p>
      <table data-testid="log-table">
        <thead>
          <tr>
            <th>{t('logTime')}</th><th>{t('logKind')}</th><th>{t('logChat')}</th><th>{t('logParticipant')}</th>
            <th>{t('logClauses')}</th><th>{t('logReason')}</th><th>{t('logDetails')}</th><th>{t('logActor')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((a) => (
            <tr key={a.id} data-kind={a.kind} data-chat={chatKey(a.chat)}>
              <td>{formatDateTime(a.time)}</td>
              <td>{kindLabel(a.kind)}</td>
              <td>{a.chat.title || a.chat.id}</td>
              <td>{a.subject?.name ?? ''}</td>
              <td>{a.clauses.join(', ')}</td>
              <td>{'reason' in a ? a.reason : ''}</td>
              <td>{details(a, formatDateTime)}</td>
              <td>{a.actor}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <section>
        <h2>{t('logReport')}</h2>
        <input type="month" value={month} aria-label={t('logReport')} onInput={(e) => setMonth(e.currentTarget.value)} />{' '}
        <a href={`report.html?month=${month}`} target="_blank" rel="noopener">{t('logReportOpen')}</a>
      </section>

      <section>
        <h2>{t('logRetention')}</h2>
        <select
          aria-label={t('logRetention')}
          value={retentionMonths ?? ''}
          onChange={(e) => void onRetention(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
        >
          <option value="">{t('logRetentionForever')}</option>
          {RETENTION_CHOICES.map((m) => <option key={m} value={m}>{t('logRetentionMonths', m)}</option>)}
        </select>{' '}
        <button
          type="button"
          class="danger"
          onClick={async () => {
            if (!confirm(t('logEraseConfirm'))) return;
            await log.actions.clear();
            setStatus({ ok: true, text: t('logErased') });
          }}
        >
          {t('logEraseAll')}
        </button>
      </section>
    </main>
  );
}
