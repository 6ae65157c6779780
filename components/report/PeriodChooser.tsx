import { monthPeriod, PERIOD_KINDS, quarterPeriod, schoolYearOf, schoolYearPeriod, type Period, type PeriodKind } from '@/core/report/period';
import { localDay, nextLocalDay, parseLocalDay } from '@/core/local-day';
import { t } from '../i18n';

const pad = (n: number) => String(n).padStart(2, '0');

/** A month, a quarter, a school year (September to August) or any days: the report's period. */
export function PeriodChooser({ period, onChange }: { period: Period; onChange(p: Period): void }) {
  const start = new Date(period.from);
  const year = start.getFullYear();
  const thisYear = schoolYearOf(Date.now());
  const years = Array.from({ length: 8 }, (_, i) => thisYear - i);
  const switchTo = (kind: PeriodKind) => {
    if (kind === 'month') onChange(monthPeriod(year, start.getMonth()));
    else if (kind === 'quarter') onChange(quarterPeriod(year, Math.floor(start.getMonth() / 3)));
    else if (kind === 'school-year') onChange(schoolYearPeriod(schoolYearOf(period.from)));
    else onChange({ kind: 'custom', from: period.from, to: period.to });
  };
  return (
    <fieldset class="period no-print">
      <legend>{t('reportPeriod')}</legend>
      <select aria-label={t('reportPeriod')} name="period" value={period.kind} onChange={(e) => switchTo(e.currentTarget.value as PeriodKind)}>
        {PERIOD_KINDS.map((k) => <option key={k} value={k}>{t(`reportPeriod_${k.replace('-', '_')}` as 'reportPeriod_month')}</option>)}
      </select>{' '}
      {period.kind === 'month' && (
        <input type="month" name="month" aria-label={t('reportPeriod_month')} value={`${year}-${pad(start.getMonth() + 1)}`} onInput={(e) => {
          const [y, m] = e.currentTarget.value.split('-').map(Number);
          if (y && m) onChange(monthPeriod(y, m - 1));
        }} />
      )}
      {period.kind === 'quarter' && (
        <>
          <select name="year" aria-label={t('reportYear')} value={String(year)} onChange={(e) => onChange(quarterPeriod(Number(e.currentTarget.value), Math.floor(start.getMonth() / 3)))}>
            {Array.from({ length: 8 }, (_, i) => new Date().getFullYear() - i).map((y) => <option key={y} value={String(y)}>{y}</option>)}
          </select>{' '}
          <select name="quarter" aria-label={t('reportQuarter')} value={String(Math.floor(start.getMonth() / 3))} onChange={(e) => onChange(quarterPeriod(year, Number(e.currentTarget.value)))}>
            {[0, 1, 2, 3].map((q) => <option key={q} value={String(q)}>{t('reportQuarterN', q + 1)}</option>)}
          </select>
        </>
      )}
      {period.kind === 'school-year' && (
        <select name="year" aria-label={t('reportYear')} value={String(schoolYearOf(period.from))} onChange={(e) => onChange(schoolYearPeriod(Number(e.currentTarget.value)))}>
          {years.map((y) => <option key={y} value={String(y)}>{`${y}/${y + 1}`}</option>)}
        </select>
      )}
      {period.kind === 'custom' && (
        <>
          <label>{t('logFrom')} <input type="date" name="from" value={localDay(period.from)} onInput={(e) => {
            const from = parseLocalDay(e.currentTarget.value);
            if (from !== null && from < period.to) onChange({ ...period, from });
          }} /></label>{' '}
          <label>{t('logTo')} <input type="date" name="to" value={localDay(period.to - 1)} onInput={(e) => {
            const last = parseLocalDay(e.currentTarget.value);
            if (last !== null && last >= period.from) onChange({ ...period, to: nextLocalDay(last) });
          }} /></label>
        </>
      )}
    </fieldset>
  );
}
