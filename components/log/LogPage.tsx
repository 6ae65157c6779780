import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { importActions } from '@/core/log/import';
import { repeatCases } from '@/core/log/repeat-cases';
import { asSeen, authorOf, newestFirst, type ActionLog, type LogRow } from '@/core/log/store';
import { ACTION_KINDS } from '@/core/moderation/actions';
import { details, toCsv } from '@/core/log/export';
import type { TeamRetention } from '@/core/team/roster';
import { readJson } from '@/core/json-text';
import { t, uiLocale } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { formatDateTime, formatDay, kindLabel, sourceLabel } from './labels';
import { datesOf, matches, sourceKey, type LogFilter } from './log-filter';
import { RepeatCases } from './RepeatCases';
import { buildReport, entryOf } from '@/core/report/report';
import { schoolYearOf, schoolYearPeriod, type Period } from '@/core/report/period';
import { BarTable } from '../report/BarTable';
import { WeeklyChart } from '../report/WeeklyChart';
import { RetentionSection } from './RetentionSection';
import { useWindowRows } from './use-window-rows';

/** A row's usual height: the list measures each as it draws it. */
const ROW_PX = 44;
/** What the page shows while every record is still being read: the newest screenful. */
const FIRST_SCREEN = 60;

export interface LogPageProps {
  log: ActionLog;
  /** The filter the page's address names; each change is written back to it. */
  initialFilter: LogFilter;
  onFilter(filter: LogFilter): void;
  /** Violations a participant may have before a block (the regulation's threshold). */
  violationsBeforeBlock: number;
  /** This browser's retention period (used outside a team). */
  retentionMonths: number | null;
  /** The team this browser is in: its retention applies instead. */
  team: { name: string; retention: TeamRetention | null; canSet: boolean } | null;
  onRetention(months: number | null): Promise<void>;
  /** Erases the store (and leaves the team, if any). */
  onErase(): Promise<void>;
  /** Hands a file to the user (a download in the browser). */
  save(name: string, type: string, content: string): void;
}

const csvLabels = { kind: kindLabel, time: formatDateTime, source: sourceLabel };

/** The overview's period: the filter's dates, else the school year of the newest record shown. */
function overviewPeriod(filter: LogFilter, shown: LogRow[]): Period {
  const { from, to } = datesOf(filter);
  if (Number.isFinite(from) && Number.isFinite(to)) return { kind: 'custom', from, to };
  return schoolYearPeriod(schoolYearOf(shown[0]?.time ?? Date.now()));
}


/** The full-page log of every record this browser holds, own and the team's: filters, export and import, the report, retention. */
export function LogPage({ log, initialFilter, onFilter, violationsBeforeBlock, retentionMonths, team, onRetention, onErase, save }: LogPageProps) {
  const [filter, setFilter] = useState<LogFilter>(initialFilter);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [month, setMonth] = useState(new Date().toISOString().slice(0, 7));
  // The newest screenful at once; then every record, held in memory so that filters answer at once.
  const first = useLiveQuery(() => newestFirst(log, FIRST_SCREEN), []);
  // Only once the first screen is drawn: reading everything alongside would slow it down.
  const all = useLiveQuery(() => (first ? newestFirst(log) : Promise.resolve(undefined)), [first !== undefined]);
  const rows = all ?? first ?? [];
  const shown = useMemo(() => rows.filter(matches(filter)), [rows, filter]);
  const options = useMemo(() => {
    const chats = new Map<string, string>();
    const people = new Map<string, string>();
    const sources = new Map<string, string>();
    for (const r of all ?? []) {
      chats.set(r.chatKey, r.chat.title || r.chat.id);
      if (r.subjectKey && r.subject) people.set(r.subjectKey, r.subject.name);
      // Each source named once: a label is a call into the browser, and a log holds 100 000 rows of a handful of sources.
      const source = sourceKey(r);
      if (!sources.has(source)) sources.set(source, r.source === 'own' || r.source === 'import' ? sourceLabel(r) : (r.member ?? t('logSourceUnknown')));
    }
    return { chats: [...chats], people: [...people], sources: [...sources] };
  }, [all]);
  const overview = useMemo(() => (all ? buildReport(shown.map(entryOf), overviewPeriod(filter, shown), { nameless: null, chatKinds: {} }) : null), [all, shown, filter]);
  const [cases, setCases] = useState<Awaited<ReturnType<typeof repeatCases>>>();
  // Not a live query: a chat's overview is rebuilt (a write) when it is first asked for. Asked again
  // whenever the records change, and not before every record is read (rebuilding a 100k-record
  // import's overviews alongside delayed the first rows by half a second).
  useEffect(() => void (all && repeatCases(log, Date.now(), violationsBeforeBlock).then(setCases)), [all, violationsBeforeBlock]);
  const list = useRef<HTMLDivElement>(null);
  const window_ = useWindowRows(shown.length, ROW_PX, list);

  const set = (patch: Partial<LogFilter>) => {
    const next = { ...filter, ...patch };
    setFilter(next);
    onFilter(next);
  };
  const stamp = new Date().toISOString().slice(0, 10);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const json = readJson(await file.text(), uiLocale());
    if (!json.ok) return setStatus({ ok: false, text: t('logImportBadFile', json.text) });
    if (!Array.isArray(json.value)) return setStatus({ ok: false, text: t('logImportBadFile', t('logImportNotList')) });
    try {
      const report = await importActions(log, json.value, uiLocale());
      const refused = report.refused.slice(0, 5).map((r) => `№${r.index + 1}: ${r.problem}`).join('; ');
      setStatus({ ok: report.refused.length === 0, text: `${t('logImportReport', report.added, report.duplicates, report.refused.length)} ${refused}` });
    } catch (error) {
      // The store itself failed (disk full, the database closed): nothing was half-written, it is one transaction.
      setStatus({ ok: false, text: t('logImportFailed', error instanceof Error ? error.name : String(error)) });
    }
  };

  return (
    <main>
      <h1>{t('logTitle')}</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('logSearch')} <input type="search" name="text" value={filter.text} onInput={(e) => set({ text: e.currentTarget.value })} />
        </label>
        <Choice label={t('logChat')} name="chat" value={filter.chat} options={options.chats} onChange={(chat) => set({ chat })} />
        <Choice label={t('logParticipant')} name="participant" value={filter.participant} options={options.people} onChange={(participant) => set({ participant })} />
        <Choice
          label={t('logKind')}
          name="kind"
          value={filter.kind}
          options={ACTION_KINDS.map((k) => [k, kindLabel(k)])}
          onChange={(kind) => set({ kind: kind as LogFilter['kind'] })}
        />
        <Choice label={t('logSource')} name="source" value={filter.source} options={options.sources} onChange={(source) => set({ source })} />
        <label>
          {t('logFrom')} <input type="date" name="from" value={filter.from} onInput={(e) => set({ from: e.currentTarget.value })} />
        </label>
        <label>
          {t('logTo')} <input type="date" name="to" value={filter.to} onInput={(e) => set({ to: e.currentTarget.value })} />
        </label>
      </form>

      <div class="actions">
        <button type="button" onClick={() => save(`journal-${stamp}.csv`, 'text/csv;charset=utf-8', toCsv(shown, csvLabels))}>
          {t('logExportCsv')}
        </button>
        <button type="button" onClick={() => save(`journal-${stamp}.json`, 'application/json', JSON.stringify(shown.map(asSeen), null, 2))}>
          {t('logExportJson')}
        </button>
        <label class="file">
          {t('logImport')} <input type="file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </label>
      </div>
      {status && <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'ok' : 'error'} data-testid="log-status">{status.text}</p>}

      {cases && <RepeatCases cases={cases} threshold={violationsBeforeBlock} />}
      {overview && overview.total > 0 && (
        <section class="log-overview" data-testid="log-overview">
          <h2>{t('logOverview', formatDay(overview.period.from), formatDay(overview.period.to - 1))}</h2>
          <WeeklyChart report={overview} />
          <div class="breakdowns">
            <BarTable testId="log-overview-chats" caption={t('reportByChat')} bars={overview.byChat} max={8} />
            <BarTable testId="log-overview-clauses" caption={t('reportByClause')} bars={overview.byClause.map((b) => ({ ...b, label: b.label === '—' ? t('reportNoClause') : `п. ${b.label}` }))} max={8} />
          </div>
        </section>
      )}

      <p class="muted" data-testid="log-count">{all === undefined ? t('logReading') : shown.length ? t('logShown', shown.length, rows.length) : t('logEmpty')}</p>
      <div ref={list} class="log-rows" style={{ paddingTop: `${window_.before}px`, paddingBottom: `${window_.after}px` }}>
        <table data-testid="log-table">
          <colgroup>
            <col class="c-time" /><col class="c-kind" /><col class="c-chat" /><col class="c-person" /><col class="c-clauses" />
            <col class="c-reason" /><col class="c-evidence" /><col class="c-details" /><col class="c-actor" /><col class="c-source" />
          </colgroup>
          <thead>
            <tr>
              <th>{t('logTime')}</th><th>{t('logKind')}</th><th>{t('logChat')}</th><th>{t('logParticipant')}</th>
              <th>{t('logClauses')}</th><th>{t('logReason')}</th><th>{t('logEvidence')}</th><th>{t('logDetails')}</th><th>{t('logActor')}</th><th>{t('logSource')}</th>
            </tr>
          </thead>
          <tbody>
            {window_.items.map((item) => {
              const a = shown[item.index];
              return (
                <tr key={a.id} ref={window_.measure} data-index={item.index} data-kind={a.kind} data-chat={a.chatKey} data-source={a.source}>
                  <td>{formatDateTime(a.time)}</td>
                  <td>{kindLabel(a.kind)}</td>
                  <td>{a.chat.title || a.chat.id}</td>
                  <td>{a.subject?.name ?? ''}</td>
                  <td>{a.clauses.join(', ')}</td>
                  <td>{'reason' in a ? a.reason : ''}</td>
                  <td class="evidence">{a.evidence ? `«${a.evidence}»` : ''}</td>
                  <td>{details(a, formatDateTime)}</td>
                  <td>{authorOf(a)}</td>
                  <td>{sourceLabel(a)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <section>
        <h2>{t('logReport')}</h2>
        <input type="month" value={month} aria-label={t('logReport')} onInput={(e) => setMonth(e.currentTarget.value)} />{' '}
        <a href={`report.html?month=${month}`} target="_blank" rel="noopener">{t('logReportOpen')}</a>
      </section>

      <RetentionSection
        months={team ? (team.retention?.months ?? null) : retentionMonths}
        team={team}
        onRetention={onRetention}
        onErase={async () => {
          await onErase();
          setStatus({ ok: true, text: t('logErased') });
        }}
      />
    </main>
  );
}

/** A labelled filter select with "all" first. */
function Choice(props: { label: string; name: string; value: string; options: Array<[string, string]>; onChange(value: string): void }) {
  return (
    <label>
      {props.label}{' '}
      <select name={props.name} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{t('logAll')}</option>
        {props.options.map(([key, title]) => <option key={key} value={key}>{title}</option>)}
      </select>
    </label>
  );
}
