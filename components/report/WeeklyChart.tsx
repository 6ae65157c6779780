import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Counts, Report } from '@/core/report/report';
import { t } from '../i18n';
import { dateFormat } from '../log/labels';

type Series = keyof Counts;
const SERIES: Array<{ key: Series; color: string }> = [
  { key: 'violations', color: '#cf222e' },
  { key: 'blocks', color: '#8250df' },
  { key: 'watched', color: '#0969da' },
  { key: 'dismissed', color: '#9a6700' },
];
const HEIGHT = 220;

const dayMonth = dateFormat({ day: 'numeric', month: 'short' });

/**
 * Violations, blocks and the watch's records per week (uPlot: a small canvas chart library), in the
 * page's colours, light or dark, and at print width. Its text alternative is the table of the same
 * weeks, and a sentence a screen reader reads first.
 */
export function WeeklyChart({ report }: { report: Report }) {
  const box = useRef<HTMLDivElement>(null);
  const { weeks } = report;
  useEffect(() => {
    const el = box.current;
    if (!el || !weeks.length) return;
    let chart: uPlot | null = null;
    const draw = () => {
      chart?.destroy();
      const ink = getComputedStyle(el).color;
      const x = weeks.map((w) => w.start / 1000);
      chart = new uPlot(
        {
          width: el.clientWidth || 700,
          height: HEIGHT,
          legend: { show: true, live: false },
          cursor: { show: false },
          scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(4, max)] } },
          axes: [
            { stroke: ink, grid: { stroke: 'rgba(127,127,127,0.2)' }, values: (_u, ticks) => ticks.map((s) => dayMonth(s * 1000)) },
            { stroke: ink, grid: { stroke: 'rgba(127,127,127,0.2)' } },
          ],
          series: [{ label: t('reportWeek') }, ...SERIES.map(({ key, color }) => ({ label: t(`reportSeries_${key}`), stroke: color, width: 2, points: { show: weeks.length < 20 } }))],
        },
        // Weeks still to come are not zeros: the lines stop at this week.
        [x, ...SERIES.map(({ key }) => weeks.map((w) => (w.start > Date.now() ? null : w[key])))],
        el,
      );
    };
    draw();
    // The scheme and the page's width (the print layout's included) change what fits.
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    const printing = matchMedia('print');
    scheme.addEventListener('change', draw);
    printing.addEventListener('change', draw);
    const resized = new ResizeObserver(() => chart?.setSize({ width: el.clientWidth || 700, height: HEIGHT }));
    resized.observe(el);
    return () => {
      scheme.removeEventListener('change', draw);
      printing.removeEventListener('change', draw);
      resized.disconnect();
      chart?.destroy();
    };
  }, [weeks]);

  const { current, before } = report;
  return (
    <figure class="weekly" data-testid="report-weekly">
      <div ref={box} class="chart" role="img" aria-label={t('reportWeeklyAlt', current.violations, current.blocks, before.violations, before.blocks)} />
      <figcaption>{t('reportWeeklyCaption')}</figcaption>
      <details class="alt-table">
        <summary>{t('reportWeeklyTable')}</summary>
        <table data-testid="report-weeks">
          <thead>
            <tr>
              <th scope="col">{t('reportWeek')}</th>
              {SERIES.map(({ key }) => <th scope="col" key={key}>{t(`reportSeries_${key}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.start}>
                <th scope="row">{dayMonth(w.start)}</th>
                {SERIES.map(({ key }) => <td key={key}>{w[key]}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
