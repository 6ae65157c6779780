import { localDay, nextLocalDay, parseLocalDay } from '../local-day';

/**
 * The period a report covers, in the school's local calendar: a month, a quarter, a school year
 * (1 September to 31 August) or any run of days. `to` is exclusive.
 */
export type PeriodKind = 'month' | 'quarter' | 'school-year' | 'custom';
export const PERIOD_KINDS: PeriodKind[] = ['month', 'quarter', 'school-year', 'custom'];

export interface Period {
  kind: PeriodKind;
  from: number;
  to: number;
}

const MONTH_RE = /^(\d{4})-(\d{2})$/;
/** Years a school's records can fall in: anything else in a URL is someone's typing. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;

const local = (y: number, m: number, d = 1) => new Date(y, m, d).getTime();
const validYear = (y: number) => y >= FIRST_YEAR && y <= LAST_YEAR;

export const monthPeriod = (year: number, month: number): Period => ({ kind: 'month', from: local(year, month), to: local(year, month + 1) });
export const quarterPeriod = (year: number, quarter: number): Period => ({ kind: 'quarter', from: local(year, quarter * 3), to: local(year, quarter * 3 + 3) });
/** The school year that starts on 1 September of `year`. */
export const schoolYearPeriod = (year: number): Period => ({ kind: 'school-year', from: local(year, 8), to: local(year + 1, 8) });

/** The school year a moment falls in (its starting year). */
export const schoolYearOf = (time: number) => {
  const d = new Date(time);
  return d.getMonth() >= 8 ? d.getFullYear() : d.getFullYear() - 1;
};

/** The period of the same kind just before this one ("this month against the previous"). */
export function previousPeriod(p: Period): Period {
  const start = new Date(p.from);
  const [y, m] = [start.getFullYear(), start.getMonth()];
  if (p.kind === 'month') return monthPeriod(y, m - 1);
  if (p.kind === 'quarter') return { kind: 'quarter', from: local(y, m - 3), to: p.from };
  if (p.kind === 'school-year') return schoolYearPeriod(y - 1);
  return { kind: 'custom', from: p.from - (p.to - p.from), to: p.from };
}

/**
 * The period a report page's address names (`period`, `month`, `quarter`, `year`, `from`, `to`;
 * `month=yyyy-mm` alone, as older links have it). Anything unreadable gives the month of `now`.
 */
export function readPeriod(params: URLSearchParams, now: number): Period {
  const kind = params.get('period') ?? (params.has('month') ? 'month' : 'month');
  const today = new Date(now);
  if (kind === 'quarter') {
    const year = Number(params.get('year'));
    const quarter = Number(params.get('quarter'));
    if (validYear(year) && [1, 2, 3, 4].includes(quarter)) return quarterPeriod(year, quarter - 1);
  }
  if (kind === 'school-year') {
    const year = Number(params.get('year'));
    return schoolYearPeriod(validYear(year) ? year : schoolYearOf(now));
  }
  if (kind === 'custom') {
    const from = dayOf(params.get('from'));
    const to = dayOf(params.get('to'));
    if (from !== null && to !== null && to >= from) return { kind: 'custom', from, to: nextLocalDay(to) };
  }
  const month = MONTH_RE.exec(params.get('month') ?? '');
  if (month && validYear(Number(month[1])) && Number(month[2]) >= 1 && Number(month[2]) <= 12) return monthPeriod(Number(month[1]), Number(month[2]) - 1);
  return monthPeriod(today.getFullYear(), today.getMonth());
}

/** The address parameters that name a period (the inverse of readPeriod). */
export function periodParams(p: Period): Record<string, string> {
  const start = new Date(p.from);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (p.kind === 'month') return { period: 'month', month: `${start.getFullYear()}-${pad(start.getMonth() + 1)}` };
  if (p.kind === 'quarter') return { period: 'quarter', year: String(start.getFullYear()), quarter: String(Math.floor(start.getMonth() / 3) + 1) };
  if (p.kind === 'school-year') return { period: 'school-year', year: String(start.getFullYear()) };
  return { period: 'custom', from: localDay(p.from), to: localDay(p.to - 1) };
}

/** A day the address names, within the years a school's records can fall in. */
function dayOf(text: string | null): number | null {
  const time = parseLocalDay(text);
  return time !== null && validYear(new Date(time).getFullYear()) ? time : null;
}

/** Monday-first weeks that meet the period, each as its start (local midnight), clipped to the period. */
export function weeksOf(p: Period): number[] {
  const first = new Date(p.from);
  const monday = local(first.getFullYear(), first.getMonth(), first.getDate() - ((first.getDay() + 6) % 7));
  const weeks: number[] = [];
  for (let i = 0; ; i++) {
    const d = new Date(monday);
    const start = local(d.getFullYear(), d.getMonth(), d.getDate() + 7 * i);
    if (start >= p.to) break;
    weeks.push(Math.max(start, p.from));
  }
  return weeks;
}
