import type { Bar } from '@/core/report/report';

/**
 * A breakdown as a table with a bar in each row: the bars show at a glance, the numbers are the
 * text alternative, and it prints as it shows.
 */
export function BarTable({ bars, caption, testId, max = 12 }: { bars: Bar[]; caption: string; testId: string; max?: number }) {
  const top = Math.max(1, ...bars.map((b) => b.count));
  return (
    <table class="bars" data-testid={testId}>
      <caption>{caption}</caption>
      <tbody>
        {bars.slice(0, max).map((b) => (
          <tr key={b.label}>
            <th scope="row">{b.label}</th>
            <td class="bar-cell">
              <span class="bar" style={{ width: `${(b.count / top) * 100}%` }} aria-hidden="true" />
            </td>
            <td class="count">{b.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
