import { instantAt, parseHHMM, wallClock } from './zoned-time';
import type { Citation, QuietPolicy, QuietWindow } from './policy-schema';

export type { Citation, QuietPolicy, QuietWindow } from './policy-schema';

export const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

/** Clause 3.3 of the Omsk school No. 13 regulation: the default for every school. */
/** 2.3 of the model rules (profiles/model.json), until the school's regulation is chosen. */
export const DEFAULT_QUIET_RULE: Citation = {
  document: 'Типовые правила — не положение вашей школы',
  clause: '2.3',
  text: 'Направлять сообщения с 22:00 до 06:00, кроме экстренных случаев, не терпящих отлагательств.',
};

export const DEFAULT_QUIET_WINDOWS: QuietWindow[] = [{ days: EVERY_DAY, start: '22:00', end: '06:00' }];

export interface ActiveWindow {
  window: QuietWindow;
  /** The instant this window stops being quiet. */
  endsAt: number;
}

/** The quiet window covering `now`, the one ending last if several overlap. */
export function activeWindow(now: number, policy: QuietPolicy): ActiveWindow | null {
  const clock = wallClock(now, policy.timeZone);
  const yesterday = (clock.weekday + 6) % 7;
  let found: ActiveWindow | null = null;
  for (const window of policy.windows) {
    const start = parseHHMM(window.start);
    const end = parseHHMM(window.end);
    let endDay: number | null = null;
    if (start < end) {
      if (window.days.includes(clock.weekday) && clock.minutes >= start && clock.minutes < end) endDay = 0;
    } else if (window.days.includes(clock.weekday) && clock.minutes >= start) {
      endDay = 1;
    } else if (window.days.includes(yesterday) && clock.minutes < end) {
      endDay = 0;
    }
    if (endDay === null) continue;
    const endsAt = instantAt(clock, endDay, end, policy.timeZone);
    if (!found || endsAt > found.endsAt) found = { window, endsAt };
  }
  return found;
}

export function isQuiet(now: number, policy: QuietPolicy): boolean {
  return activeWindow(now, policy) !== null;
}

/** Enough hops to cross a week of back-to-back windows. */
const MAX_HOPS = 64;

/** The first instant at or after `now` outside every quiet window; null if the week is quiet throughout. */
export function nextAllowed(now: number, policy: QuietPolicy): number | null {
  let at = now;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const active = activeWindow(at, policy);
    if (!active) return at;
    // A window ending inside a DST gap can resolve to the past: always move forward.
    at = Math.max(active.endsAt, at + 60_000);
  }
  return null;
}
