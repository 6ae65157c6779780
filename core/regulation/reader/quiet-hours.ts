import type { QuietWindow } from '../../quiet-hours/policy-schema';

export interface QuietFinding {
  windows: QuietWindow[];
  /** The end was not written («после 20 часов»): morning was assumed and must be checked. */
  endAssumed: boolean;
  /** Weekends and holidays are named: weekends are quiet all day, holidays cannot be known. */
  holidays: boolean;
}

const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];
const WEEKDAYS = [1, 2, 3, 4, 5];
const ABOUT_MESSAGES = /сообщени|писать|напис|(?<!\p{L})пиш|направля|отправля|звон|переписк|информаци|тишин|беспоко|общени|публик|размещ/iu;
const TIME = '(\\d{1,2})(?:\\s*[:.\\-–]\\s*(\\d{2}))?';
const RANGE = new RegExp(`(?<!\\p{L})с\\s*${TIME}\\s*(?:час\\p{L}*\\s*)?(?:до|по|[-–—])\\s*${TIME}`, 'iu');
const AFTER = new RegExp(`(?<!\\p{L})после\\s*${TIME}\\s*(?:час|ч\\.|(?=\\D))`, 'iu');
const UNTIL = new RegExp(`(?<!\\p{L})до\\s*${TIME}\\s*(?:час|ч\\.|утра)`, 'iu');
const WEEKEND = /выходн\p{L}* (?:и праздничн\p{L}* )?дн|в праздничн\p{L}* и выходн/iu;

const hhmm = (h: string, m: string | undefined) => `${String(Number(h) % 24).padStart(2, '0')}:${(m ?? '00').padStart(2, '0')}`;
const valid = (h: string, m: string | undefined) => Number(h) <= 24 && Number(m ?? 0) < 60;

/** Quiet hours as schools write them: «с 22-00 до 06-00», «с 21:00 до 8:00», «после 20 часов», «в выходные и праздничные дни». */
export function readQuietHours(sentence: string): QuietFinding | null {
  if (!ABOUT_MESSAGES.test(sentence)) return null;
  const days = /будн\p{L}* дн|с понедельника по пятницу|рабоч\p{L}* дн/iu.test(sentence) ? WEEKDAYS : ALL_DAYS;
  const windows: QuietWindow[] = [];
  let endAssumed = false;
  const range = RANGE.exec(sentence);
  const after = range ? null : AFTER.exec(sentence);
  if (range && valid(range[1], range[2]) && valid(range[3], range[4])) {
    const start = hhmm(range[1], range[2]);
    const end = hhmm(range[3], range[4]);
    // A quiet window is an evening-to-morning one; «с 8 до 18» is when writing is allowed.
    if (start !== end && (Number(range[1]) >= 18 || Number(range[3]) <= 9)) windows.push({ days, start, end });
  } else if (after && valid(after[1], after[2]) && Number(after[1]) >= 17) {
    const until = UNTIL.exec(sentence);
    endAssumed = !until;
    windows.push({ days, start: hhmm(after[1], after[2]), end: until ? hhmm(until[1], until[2]) : '07:00' });
  }
  const holidays = WEEKEND.test(sentence) && /запрещ|не допуска|не рекоменд|не следует|не пиш|не направля|не отправля|тишин|не беспоко/iu.test(sentence);
  if (holidays) windows.push({ days: [0, 6], start: '00:00', end: '23:59' });
  return windows.length ? { windows, endAssumed, holidays } : null;
}
