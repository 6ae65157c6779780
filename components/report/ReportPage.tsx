import type { Counts, Report } from '@/core/report/report';
import { t } from '../i18n';
import { formatDateTime, formatDay, kindLabel } from '../log/labels';
import { BarTable } from './BarTable';
import { PeriodChooser } from './PeriodChooser';
import { WeeklyChart } from './WeeklyChart';
import type { Period } from '@/core/report/period';

export interface ReportPageProps {
  report: Report;
  nameless: boolean;
  /** The regulation the report is made under (the profile in use), or null when none is chosen. */
  regulation: { title: string; school: string } | null;
  madeBy: string | null;
  madeAt: number;
  onPeriod(period: Period): void;
  onNameless(on: boolean): void;
}

const COUNTS: Array<keyof Counts> = ['violations', 'blocks', 'watched', 'dismissed'];
/** Blocks listed one by one; a school year may hold thousands, which the log page lists in full. */
const BLOCKS_LISTED = 100;

/** How a count moved against the period before, in words a director reads at a glance. */
function change(now: number, before: number): string {
  if (now === before) return t('reportSame');
  return now > before ? t('reportMore', now - before) : t('reportFewer', before - now);
}

/**
 * The director's report for a period: who made it and under which regulation, the weeks as a
 * chart, where and under which clauses, this period against the one before, the blocks, and a
 * place to sign. Prints on A4 ("save as PDF" in the print dialog); the version without names
 * is counts only.
 */
export function ReportPage({ report, nameless, regulation, madeBy, madeAt, onPeriod, onNameless }: ReportPageProps) {
  const { period, current, before } = report;
  const lastDay = report.period.to - 1;
  return (
    <main class="report">
      <div class="controls no-print">
        <PeriodChooser period={period} onChange={onPeriod} />
        <label class="check">
          <input type="checkbox" name="nameless" checked={nameless} onChange={(e) => onNameless(e.currentTarget.checked)} /> {t('reportNameless')}
        </label>
        <p class="muted">{t('reportNamelessHelp')}</p>
        <button type="button" onClick={() => print()}>{t('reportPrint')}</button>
      </div>

      <header class="report-head" data-testid="report-head">
        <h1>{t('reportHeading')}</h1>
        <p>{regulation ? t('reportUnder', regulation.title, regulation.school) : t('reportNoRegulation')}</p>
        <p>{t('reportPeriodShown', formatDay(period.from), formatDay(lastDay))}</p>
        <p class="muted">
          {/* Outside the school the report carries no one's name; the signature line is there to sign by hand. */}
          {nameless ? `${t('reportMadeOn', formatDay(madeAt))} · ${t('reportNamelessShown')}` : t('reportMade', formatDay(madeAt), madeBy ?? '—')}
        </p>
      </header>

      <p data-testid="report-total">{t('reportTotal', report.total)}</p>
      <p class="muted" data-testid="report-sources">{t('reportSources', report.sources.own, report.sources.team, report.sources.imported)}</p>

      <h2>{t('reportWeekly')}</h2>
      <WeeklyChart report={report} />

      <h2>{t('reportCompare')}</h2>
      <table class="compare" data-testid="report-compare">
        <thead>
          <tr><th scope="col" /><th scope="col">{t('reportThisPeriod')}</th><th scope="col">{t('reportPreviousPeriod')}</th><th scope="col">{t('reportChange')}</th></tr>
        </thead>
        <tbody>
          {COUNTS.map((key) => (
            <tr key={key}>
              <th scope="row">{t(`reportSeries_${key}`)}</th>
              <td>{current[key]}</td>
              <td>{before[key]}</td>
              <td>{change(current[key], before[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div class="breakdowns">
        <BarTable testId="report-chats" caption={t('reportByChat')} bars={report.byChat} />
        <BarTable testId="report-clauses" caption={t('reportByClause')} bars={report.byClause.map((b) => ({ ...b, label: b.label === '—' ? t('reportNoClause') : `п. ${b.label}` }))} />
        <BarTable testId="report-kinds" caption={t('reportByKind')} bars={report.byKind.map((k) => ({ label: kindLabel(k.kind), count: k.count }))} />
        <BarTable testId="report-actors" caption={t('reportByActor')} bars={report.byActor} />
      </div>

      <h2>{t('reportBlocks')}</h2>
      {report.blocks.length === 0 ? (
        <p>{t('reportNoBlocks')}</p>
      ) : (
        <table data-testid="report-blocks">
          <thead>
            <tr>
              <th scope="col">{t('logTime')}</th><th scope="col">{t('logParticipant')}</th><th scope="col">{t('logChat')}</th>
              <th scope="col">{t('reportUntilColumn')}</th><th scope="col">{t('logClauses')}</th>{!nameless && <th scope="col">{t('logReason')}</th>}
            </tr>
          </thead>
          <tbody>
            {report.blocks.slice(-BLOCKS_LISTED).map((b) => (
              <tr key={b.id}>
                <td>{formatDateTime(b.time)}</td>
                <td>{b.participant}</td>
                <td>{b.chat}</td>
                <td>{formatDateTime(b.until)}</td>
                <td>{b.clauses.map((c) => `п. ${c}`).join(', ')}</td>
                {!nameless && (
                  <td>
                    {b.reason}
                    {b.authorisation ? ` (${b.authorisation})` : ''}
                    {b.evidence && <q class="evidence">{b.evidence}</q>}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.blocks.length > BLOCKS_LISTED && <p class="muted" data-testid="report-blocks-more">{t('reportBlocksMore', BLOCKS_LISTED, report.blocks.length)}</p>}

      <footer class="signature" data-testid="report-signature">
        <p>{t('reportSignedBy')} ____________________ / ____________________ /</p>
        <p>{t('reportSignedOn')} «____» ______________ 20___ г.</p>
      </footer>
    </main>
  );
}
