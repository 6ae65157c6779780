/** Wall-clock reading of an instant in an IANA time zone. */
export interface WallClock {
  year: number;
  /** 0-based, as in Date. */
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// The browser's own time-zone data through Intl, not a zone library: this runs in the messenger
// tab, whose script has a size budget (README, "Speed and size"), and Intl is already there.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's clock at `instant` read as if it were UTC: its offset is the difference. */
function asUtc(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

const offsetAt = (instant: number, timeZone: string) => asUtc(instant, timeZone) - Math.floor(instant / 1000) * 1000;

export function wallClock(instant: number, timeZone: string): WallClock {
  const d = new Date(instant + offsetAt(instant, timeZone));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), weekday: d.getUTCDay(), minutes: d.getUTCHours() * 60 + d.getUTCMinutes() };
}

/**
 * The instant at which the zone's clock shows `minutes` on the given local date (`dayOffset` days
 * later). A time skipped by a clock change is read with the offset before it, as Date does.
 */
export function instantAt(date: Pick<WallClock, 'year' | 'month' | 'day'>, dayOffset: number, minutes: number, timeZone: string): number {
  const local = Date.UTC(date.year, date.month, date.day + dayOffset, 0, minutes);
  const first = local - offsetAt(local, timeZone);
  const second = local - offsetAt(first, timeZone);
  return offsetAt(second, timeZone) === offsetAt(first, timeZone) ? second : Math.max(first, second);
}

export function formatHHMM(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export function parseHHMM(text: string): number {
  const [h, m] = text.split(':').map(Number);
  return h * 60 + m;
}
