import { monthlyReport } from '@/core/log/export';
import type { LogRow } from '@/core/log/store';
import { t, uiLocale } from '../i18n';
import { formatDateTime, kindLabel } from './labels';

/** The director's printable summary of one month (`month` is yyyy-mm, local time). */
export function MonthlyReport({ rows, month }: { rows: LogRow[]; month: string }) {
  const from = new Date(`${month}-01T00:00`);
  const to = new Date(from.getFullYear(), from.getMonth() + 1, 1);
  const report = monthlyReport(rows, from.getTime(), to.getTime());
  const inMonth = rows.filter((r) => r.time >= from.getTime() && r.time < to.getTime());
  const from_ = (sources: string[]) => inMonth.filter((r) => sources.includes(r.source)).length;
  const title = new Intl.DateTimeFormat(uiLocale(), { month: 'long', year: 'numeric' }).format(from);
  return (
    <main>
      <h1>{t('reportTitle', title)}</h1>
      <p data-testid="report-total">{t('reportTotal', report.total)}</p>
      <p class="muted" data-testid="report-sources">{t('reportSources', from_(['own']), from_(['team', 'team-file']), from_(['import']))}</p>
      <h2>{t('reportByKind')}</h2>
      <table data-testid="report-kinds">
        <tbody>{report.byKind.map((r) => <tr key={r.kind}><td>{kindLabel(r.kind)}</td><td>{r.count}</td></tr>)}</tbody>
      </table>
      <h2>{t('reportByChat')}</h2>
      <table>
        <tbody>{report.byChat.map((r) => <tr key={r.chat}><td>{r.chat}</td><td>{r.count}</td></tr>)}</tbody>
      </table>
      <h2>{t('reportByActor')}</h2>
      <table data-testid="report-actors">
        <tbody>{report.byActor.map((r) => <tr key={r.actor}><td>{r.actor}</td><td>{r.count}</td></tr>)}</tbody>
      </table>
      <h2>{t('reportBlocks')}</h2>
      {report.blocks.length === 0 ? (
        <p>{t('reportNoBlocks')}</p>
      ) : (
        <table data-testid="report-blocks">
          <tbody>
            {report.blocks.map((b) => (
              <tr key={b.id}>
                <td>{formatDateTime(b.time)}</td>
                <td>{b.subject.name}</td>
                <td>{b.chat.title || b.chat.id}</td>
                <td>{t('reportUntil', formatDateTime(b.until))}</td>
                <td>
                  {b.reason}
                  {b.directorAuthorisation ? ` (${b.directorAuthorisation})` : ''}
                  {b.evidence && <q class="evidence">{b.evidence}</q>}
                </td>
                <td>{b.clauses.map((c) => `п. ${c}`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p><button type="button" onClick={() => print()}>{t('reportPrint')}</button></p>
    </main>
  );
}
