import type { QuietWindow } from '../../quiet-hours/policy-schema';

export interface QuietFinding {
  windows: QuietWindow[];
  /** The end was not written («после 20 часов»): morning was assumed and must be checked. */
  endAssumed: boolean;
  /** Weekends and holidays are named: weekends are quiet all day, holidays cannot be known. */
  holidays: boolean;
  /** The hours are Moscow time («по московскому времени», «МСК»), which a school elsewhere keeps differently. */
  moscowTime: boolean;
}

const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];
const WEEKDAYS = [1, 2, 3, 4, 5];
/** «Время работы чата: с 8:00 до 21:00»: the chat's own hours, when writing is allowed. */
const CHAT_HOURS = /(?:время|часы|режим)\s+работы\s+(?:(?:родительск|классн|школьн|групповог)\p{L}*\s+)?чата|чат\s+работает/iu;
const ABOUT_MESSAGES = new RegExp(`сообщени|писать|напис|(?<!\\p{L})пиш|направля|отправля|звон|переписк|информаци|тишин|беспоко|общени|публик|размещ|${CHAT_HOURS.source}`, 'iu');
/** «22:00», «22-00», «21.00 ч.», «22 ч. 00 мин.», «23 часов», «7»: hours, then minutes if written. */
const TIME = '(\\d{1,2})(?:\\s*(?:[:.\\-–]|ч\\.?)\\s*(\\d{2})(?:\\s*мин\\p{L}*\\.?)?)?(?:\\s*(?:час\\p{L}*|ч\\.?)(?!\\p{L}))?';
const RANGE = new RegExp(`(?<!\\p{L})с\\s*${TIME}\\s*(?:до|по|[-–—])\\s*${TIME}`, 'iu');
/** «Время тишины: 21:00–08:00»: a range with no «с», minutes written on both ends. */
const BARE_RANGE = /(?<![\d.:])(\d{1,2})[:.](\d{2})\s*[-–—]\s*(\d{1,2})[:.](\d{2})(?!\d|[.:]\d)/u;
/** «после 20 часов», «позднее 21:00»; «не позднее 18:00» is a deadline, not quiet hours. */
const AFTER = new RegExp(`(?<!\\p{L})(?:после|(?<!не\\s+)(?:позднее|позже))\\s*${TIME}(?!\\d)`, 'iu');
const UNTIL = new RegExp(`(?<!\\p{L})(?:(?:до|ранее|раньше)\\s*${TIME}\\s*(?:час|ч\\.|утра)|(?:ранее|раньше)\\s*${TIME}(?!\\d))`, 'iu');
/**
 * The hours named are when writing is allowed and only then, so the quiet hours are the rest of the
 * day: «сообщения отправляются только с 8:00 до 21:00», «…; в остальное время не пишут», «писать
 * можно с 8 до 20», «сообщения в чат направляются с 8:00 до 20:00» (the rule for every message).
 * Not hours someone answers in («классный руководитель отвечает на сообщения с 9 до 17»).
 */
const ONLY_THEN = new RegExp(
  `только|исключительно|в остальное время|(?<!не\\s)(?:можно|разрешается|допускается)|сообщени\\p{L}*\\s+(?:в\\s+(?:чат|групп)\\p{L}*\\s+)?(?:отправля|направля|размеща|публику|пиш)\\p{L}*ся(?!\\p{L})|${CHAT_HOURS.source}`,
  'iu',
);
const SENDING = new RegExp(`(?<!\\p{L})(?:пиш|писать|напис|отправля|направля|размещ|публику|переписк|общени)|${CHAT_HOURS.source}`, 'iu');
/** «не ранее 8:00 и не позднее 20:00» of sending messages (not answering them, nor sending papers): the hours writing is allowed. */
const NOT_BEFORE = new RegExp(`не\\s+(?:ранее|раньше)\\s*${TIME}`, 'iu');
const NOT_AFTER = new RegExp(`не\\s+(?:позднее|позже)\\s*${TIME}`, 'iu');
const OF_MESSAGES = /сообщени|писать|(?<!\p{L})пиш|напис|переписк|общени/iu;
const WEEKEND = /выходн\p{L}* (?:и праздничн\p{L}* )?дн|в праздничн\p{L}* и выходн|суббот\p{L}* и воскресень\p{L}*/iu;

const hhmm = (h: string, m: string | undefined) => `${String(Number(h) % 24).padStart(2, '0')}:${(m ?? '00').padStart(2, '0')}`;
const valid = (h: string, m: string | undefined) => Number(h) <= 24 && Number(m ?? 0) < 60;

/**
 * Quiet hours as schools write them: «с 22-00 до 06-00», «с 21:00 до 8:00», «с 21.00 ч. до 08.00 ч.»,
 * «21:00–08:00», «после 20 часов», «позднее 21:00 и ранее 8:00», «только с 8:00 до 21:00» or «не
 * ранее 8:00 и не позднее 20:00» (the rest of the day), «время работы чата: с 8:00 до 21:00», «в
 * выходные и праздничные дни».
 */
export function readQuietHours(sentence: string): QuietFinding | null {
  if (!ABOUT_MESSAGES.test(sentence)) return null;
  const days = /будн\p{L}* дн|с понедельника по пятницу|рабоч\p{L}* дн/iu.test(sentence) ? WEEKDAYS : ALL_DAYS;
  const windows: QuietWindow[] = [];
  let endAssumed = false;
  const range = RANGE.exec(sentence) ?? BARE_RANGE.exec(sentence);
  const after = range ? null : AFTER.exec(sentence);
  if (range && valid(range[1], range[2]) && valid(range[3], range[4])) {
    const start = hhmm(range[1], range[2]);
    const end = hhmm(range[3], range[4]);
    const [from, to] = [Number(range[1]), Number(range[3])];
    // A quiet window is an evening-to-morning one; «с 8 до 18» is when writing is allowed, which
    // gives the quiet hours only when the sentence says writing is allowed then and only then.
    if (start !== end && (from >= 18 || to <= 9)) windows.push({ days, start, end });
    else if (from <= 10 && to >= 16 && from < to && ONLY_THEN.test(sentence) && SENDING.test(sentence)) {
      windows.push({ days, start: end, end: start });
      // Writing allowed on weekdays only: the rest is the weekend too, all day.
      if (days === WEEKDAYS) windows.push({ days: [0, 6], start: '00:00', end: '23:59' });
    }
  } else if (!after && NOT_BEFORE.test(sentence) && NOT_AFTER.test(sentence) && SENDING.test(sentence) && OF_MESSAGES.test(sentence)) {
    const [, h1, m1] = NOT_BEFORE.exec(sentence)!;
    const [, h2, m2] = NOT_AFTER.exec(sentence)!;
    if (valid(h1, m1) && valid(h2, m2) && Number(h1) <= 10 && Number(h2) >= 16) windows.push({ days, start: hhmm(h2, m2), end: hhmm(h1, m1) });
  } else if (after && valid(after[1], after[2]) && Number(after[1]) >= 17) {
    const until = UNTIL.exec(sentence);
    const [h, m] = until ? (until[1] !== undefined ? [until[1], until[2]] : [until[3], until[4]]) : [];
    endAssumed = !until;
    windows.push({ days, start: hhmm(after[1], after[2]), end: h !== undefined ? hhmm(h, m) : '07:00' });
  }
  const holidays = WEEKEND.test(sentence) && /запрещ|не допуска|не рекоменд|не следует|не пи[шс]|не направля|не отправля|тишин|не беспоко/iu.test(sentence);
  if (holidays) windows.push({ days: [0, 6], start: '00:00', end: '23:59' });
  const moscowTime = /по\s+московскому\s+времени|(?<!\p{L})мск(?!\p{L})/iu.test(sentence);
  return windows.length ? { windows, endAssumed, holidays, moscowTime } : null;
}
