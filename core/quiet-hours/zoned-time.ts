import { TZDate } from '@date-fns/tz';

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

export function wallClock(instant: number, timeZone: string): WallClock {
  const d = new TZDate(instant, timeZone);
  return {
    year: d.getFullYear(),
    month: d.getMonth(),
    day: d.getDate(),
    weekday: d.getDay(),
    minutes: d.getHours() * 60 + d.getMinutes(),
  };
}

/** The instant at which the zone's clock shows `minutes` on the given local date (`dayOffset` days later). */
export function instantAt(date: WallClock, dayOffset: number, minutes: number, timeZone: string): number {
  return new TZDate(date.year, date.month, date.day + dayOffset, Math.floor(minutes / 60), minutes % 60, timeZone).getTime();
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
