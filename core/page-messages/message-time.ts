import { instantAt, wallClock } from '../quiet-hours/zoned-time';

/** A calendar day as a messenger's day separator names it. */
export interface CivilDate {
  year: number;
  /** 0-based, as in Date. */
  month: number;
  day: number;
}

/** Genitive month stems ("30 ноября") and English names ("Nov 30", "30 November"). */
const MONTHS: Array<[RegExp, number]> = [
  [/^январ|^jan/, 0], [/^феврал|^feb/, 1], [/^март|^mar/, 2], [/^апрел|^apr/, 3], [/^ма[йя]|^may/, 4], [/^июн|^jun/, 5],
  [/^июл|^jul/, 6], [/^август|^aug/, 7], [/^сентябр|^sep/, 8], [/^октябр|^oct/, 9], [/^ноябр|^nov/, 10], [/^декабр|^dec/, 11],
];
const WEEKDAYS: RegExp[] = [/^(воскресенье|sunday)/, /^(понедельник|monday)/, /^(вторник|tuesday)/, /^(среда|среду|wednesday)/, /^(четверг|thursday)/, /^(пятница|пятницу|friday)/, /^(суббота|субботу|saturday)/];

const monthOf = (word: string) => MONTHS.find(([re]) => re.test(word))?.[1] ?? null;
const shift = (d: CivilDate, days: number): CivilDate => {
  const t = new Date(Date.UTC(d.year, d.month, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth(), day: t.getUTCDate() };
};
const after = (a: CivilDate, b: CivilDate) => Date.UTC(a.year, a.month, a.day) > Date.UTC(b.year, b.month, b.day);
const valid = (d: CivilDate) => {
  const t = new Date(Date.UTC(d.year, d.month, d.day));
  return t.getUTCMonth() === d.month && t.getUTCDate() === d.day && d.year >= 2000;
};
/** A date written without its year is the latest such date not after today. */
const withoutYear = (today: CivilDate, month: number, day: number): CivilDate => {
  const d = { year: today.year, month, day };
  return after(d, today) ? { ...d, year: today.year - 1 } : d;
};

/**
 * The day a separator or a time label names: «Сегодня», «Вчера», «30 ноября», «30 ноября 2025»,
 * «30.11.2025», «Nov 30», a weekday (the last one before today). Null when it names no day.
 */
export function parseDay(label: string, today: CivilDate): CivilDate | null {
  const text = label.toLowerCase().replace(/\s+/g, ' ').trim();
  if (text.length > 80) return null;
  const numeric = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)/.exec(text);
  if (numeric) {
    const year = Number(numeric[3]) + (numeric[3].length === 2 ? 2000 : 0);
    const d = { year, month: Number(numeric[2]) - 1, day: Number(numeric[1]) };
    return valid(d) ? d : null;
  }
  const named = /(?<!\d)(\d{1,2}) ([a-zа-яё]{3,})\.?(?: (\d{4}))?/.exec(text) ?? /([a-z]{3,})\.? (\d{1,2})(?:, (\d{4}))?/.exec(text);
  if (named) {
    const [dayText, word] = /^\d/.test(named[1]) ? [named[1], named[2]] : [named[2], named[1]];
    const month = monthOf(word);
    if (month !== null) {
      const d = named[3] ? { year: Number(named[3]), month, day: Number(dayText) } : withoutYear(today, month, Number(dayText));
      return valid(d) ? d : null;
    }
  }
  if (/^(сегодня|today)(?!\p{L})/u.test(text)) return today;
  if (/^(вчера|yesterday)(?!\p{L})/u.test(text)) return shift(today, -1);
  if (/^позавчера(?!\p{L})/u.test(text)) return shift(today, -2);
  const weekday = WEEKDAYS.findIndex((re) => re.test(text));
  if (weekday >= 0) {
    const todayWeekday = new Date(Date.UTC(today.year, today.month, today.day)).getUTCDay();
    return shift(today, -(((todayWeekday - weekday + 6) % 7) + 1));
  }
  return null;
}

/** Minutes since midnight from a time label ("14:05", "в 9:30"), or null. */
export function parseClock(label: string): number | null {
  const m = /(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?![\d:])/.exec(label);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** A label a page writes beside a message can be a garbage or a future time: no more than this ahead of now is believed. */
const FUTURE_SLACK_MS = 5 * 60_000;

export interface TimeSource {
  /** The time label's text, or its title / aria-label where that says more ("30 ноября 2025 в 23:40"). */
  label: string | null;
  /** A machine-readable stamp (`<time datetime>`), where the page has one. */
  stamp: string | null;
}

/**
 * When a message was sent, in ms, from what the page shows: the stamp, else the label's time on
 * the day its label or the separator above (`day`) names, on the browser's clock (`zone`). Null
 * when the page does not say (no time, no day) or says something impossible (in the future).
 */
export function messageInstant(source: TimeSource, day: CivilDate | null, now: number, zone: string): number | null {
  const stamped = source.stamp && /^\d{4}-\d{2}-\d{2}T/.test(source.stamp) ? Date.parse(source.stamp) : Number.NaN;
  const at = Number.isFinite(stamped) ? stamped : fromLabel(source.label, day, now, zone);
  return at !== null && at <= now + FUTURE_SLACK_MS && at > Date.UTC(2000, 0, 1) ? at : null;
}

function fromLabel(label: string | null, day: CivilDate | null, now: number, zone: string): number | null {
  const clock = label ? parseClock(label) : null;
  if (clock === null) return null;
  const on = parseDay(label!, todayIn(now, zone)) ?? day;
  return on ? onDay(on, clock, zone) : null;
}

// A chat of thousands is dated in one pass: the zone's offset is looked up once a day, not once a message.
const MEMO_MAX = 1000;
const offsets = new Map<string, number | null>();
/** The instant the zone's clock shows `minutes` on `day`: the day's one offset where the clocks do not change that day. */
function onDay(day: CivilDate, minutes: number, zone: string): number {
  const key = `${zone}|${day.year}-${day.month}-${day.day}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const midnight = Date.UTC(day.year, day.month, day.day);
    const [start, end] = [instantAt(day, 0, 0, zone), instantAt(day, 0, 23 * 60 + 59, zone)];
    offset = midnight - start === midnight + (23 * 60 + 59) * 60_000 - end ? midnight - start : null;
    if (offsets.size >= MEMO_MAX) offsets.clear();
    offsets.set(key, offset);
  }
  return offset === null ? instantAt(day, 0, minutes, zone) : Date.UTC(day.year, day.month, day.day) + minutes * 60_000 - offset;
}

let today: { minute: number; zone: string; day: CivilDate } | null = null;
/** Today in the zone (asked once a minute, not once a message). */
export const todayIn = (now: number, zone: string): CivilDate => {
  const minute = Math.floor(now / 60_000);
  if (today?.minute !== minute || today.zone !== zone) {
    const c = wallClock(now, zone);
    today = { minute, zone, day: { year: c.year, month: c.month, day: c.day } };
  }
  return today.day;
};
