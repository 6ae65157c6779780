import type { QuietWindow } from './windows';
import { EVERY_DAY } from './windows';

/** Weekday names in the UI's language, Sunday first as in Date.getDay(). */
export function weekdayNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 4 January 1970 was a Sunday.
  return EVERY_DAY.map((d) => format.format(Date.UTC(1970, 0, 4 + d)));
}

/** "22:00–06:00" for every day, otherwise "пн, вт 22:00–06:00; сб 20:00–08:00". */
export function describeWindows(windows: QuietWindow[], locale: string): string {
  const names = weekdayNames(locale);
  return windows
    .map((w) => {
      const range = `${w.start}–${w.end}`;
      if (w.days.length === EVERY_DAY.length) return range;
      const days = [...w.days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7)).map((d) => names[d]);
      return `${days.join(', ')} ${range}`;
    })
    .join('; ');
}

const DAY = 86_400_000;

/** The school's clock at `instant`: "06:00", or "пн, 06:00" when it is a day or more after `from`. */
export function schoolTime(instant: number, timeZone: string, locale: string, from = instant): string {
  const withinDay = instant - from < DAY;
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(withinDay ? {} : { weekday: 'short' }),
  }).format(instant);
}
