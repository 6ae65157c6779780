import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIET_RULE, DEFAULT_QUIET_WINDOWS, isQuiet, nextAllowed, type QuietPolicy } from '@/core/quiet-hours/windows';
import { quietPolicySchema } from '@/core/quiet-hours/policy-schema';

const policy = (timeZone: string, windows = DEFAULT_QUIET_WINDOWS): QuietPolicy => ({ timeZone, windows, rule: DEFAULT_QUIET_RULE });
const at = (iso: string) => Date.parse(iso);

describe('isQuiet with the default 22:00–06:00 window', () => {
  const moscow = policy('Europe/Moscow'); // UTC+3 all year

  it.each([
    ['21:59 is allowed', '2026-11-23T18:59:00Z', false],
    ['22:00 exactly is quiet', '2026-11-23T19:00:00Z', true],
    ['23:59:59 is quiet', '2026-11-23T20:59:59Z', true],
    ['00:00 after midnight is quiet', '2026-11-23T21:00:00Z', true],
    ['05:59:59 is quiet', '2026-11-24T02:59:59Z', true],
    ['06:00 exactly is allowed', '2026-11-24T03:00:00Z', false],
    ['midday is allowed', '2026-11-24T09:00:00Z', false],
  ])('%s', (_, iso, quiet) => {
    expect(isQuiet(at(iso), moscow)).toBe(quiet);
  });

  it('reads the clock of the school, not of the browser', () => {
    const instant = at('2026-11-23T17:30:00Z'); // 20:30 in Moscow
    expect(isQuiet(instant, moscow)).toBe(false);
    expect(isQuiet(instant, policy('Asia/Omsk'))).toBe(true); // 23:30, UTC+6
    expect(isQuiet(instant, policy('Asia/Kamchatka'))).toBe(true); // 05:30 next day, UTC+12
    expect(isQuiet(instant, policy('Europe/Kaliningrad'))).toBe(false); // 19:30, UTC+2
  });

  it('wraps midnight on new year', () => {
    expect(isQuiet(at('2026-12-31T21:00:00Z'), moscow)).toBe(true); // 00:00 on 1 January
  });
});

describe('nextAllowed', () => {
  it('is now when it is not quiet', () => {
    const instant = at('2026-11-24T09:00:00Z');
    expect(nextAllowed(instant, policy('Europe/Moscow'))).toBe(instant);
  });

  it('is 06:00 the next school morning from the evening', () => {
    // 23:14 in Omsk on 23 November → 06:00 on 24 November in Omsk = 00:00Z.
    expect(nextAllowed(at('2026-11-23T17:14:00Z'), policy('Asia/Omsk'))).toBe(at('2026-11-24T00:00:00Z'));
  });

  it('is 06:00 the same morning after midnight', () => {
    expect(nextAllowed(at('2026-11-23T23:30:00Z'), policy('Europe/Moscow'))).toBe(at('2026-11-24T03:00:00Z'));
  });

  it('follows back-to-back windows to the real end', () => {
    const weekend = policy('Europe/Moscow', [
      { days: [0, 1, 2, 3, 4, 5, 6], start: '22:00', end: '06:00' },
      { days: [6], start: '06:00', end: '10:00' }, // Saturday lie-in
    ]);
    // Friday 27 Nov 2026, 23:00 Moscow → Saturday 10:00 Moscow.
    expect(nextAllowed(at('2026-11-27T20:00:00Z'), weekend)).toBe(at('2026-11-28T07:00:00Z'));
  });

  it('keeps the window to the weekday it starts on', () => {
    const weekdays = policy('Europe/Moscow', [{ days: [1, 2, 3, 4, 5], start: '22:00', end: '06:00' }]);
    expect(isQuiet(at('2026-11-27T23:00:00+03:00'), weekdays)).toBe(true); // Friday night
    expect(isQuiet(at('2026-11-28T03:00:00+03:00'), weekdays)).toBe(true); // Saturday small hours: Friday's window
    expect(isQuiet(at('2026-11-28T23:00:00+03:00'), weekdays)).toBe(false); // Saturday night
    expect(isQuiet(at('2026-11-30T03:00:00+03:00'), weekdays)).toBe(false); // Monday small hours: Sunday had none
  });

  it('handles a same-day window', () => {
    const lessons = policy('Asia/Yekaterinburg', [{ days: [1], start: '08:30', end: '14:00' }]);
    const mondayNine = at('2026-11-23T09:00:00+05:00');
    expect(nextAllowed(mondayNine, lessons)).toBe(at('2026-11-23T14:00:00+05:00'));
    expect(isQuiet(at('2026-11-24T09:00:00+05:00'), lessons)).toBe(false);
  });

  it('crosses a daylight-saving change where a zone has one', () => {
    // Berlin springs forward at 02:00 on 29 March 2026; 06:00 that morning is 04:00Z, not 05:00Z.
    expect(nextAllowed(at('2026-03-28T23:00:00Z'), policy('Europe/Berlin'))).toBe(at('2026-03-29T04:00:00Z'));
  });

  it('is null when every hour of the week is quiet', () => {
    const always = policy('Europe/Moscow', [
      { days: [0, 1, 2, 3, 4, 5, 6], start: '00:00', end: '12:00' },
      { days: [0, 1, 2, 3, 4, 5, 6], start: '12:00', end: '00:00' },
    ]);
    expect(nextAllowed(at('2026-11-24T09:00:00Z'), always)).toBeNull();
  });

  it('finds the end of quiet hours in every Russian zone', () => {
    for (const zone of ['Europe/Kaliningrad', 'Europe/Moscow', 'Europe/Samara', 'Asia/Yekaterinburg', 'Asia/Omsk', 'Asia/Krasnoyarsk', 'Asia/Irkutsk', 'Asia/Yakutsk', 'Asia/Vladivostok', 'Asia/Magadan', 'Asia/Kamchatka']) {
      const p = policy(zone);
      const hour = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      for (let h = 0; h < 48; h++) {
        const instant = at('2026-11-23T00:17:00Z') + h * 3_600_000;
        const allowed = nextAllowed(instant, p)!;
        expect(isQuiet(allowed, p)).toBe(false);
        if (isQuiet(instant, p)) expect(hour.format(allowed)).toBe('06:00');
        expect(allowed - instant).toBeLessThanOrEqual(8 * 3_600_000);
      }
    }
  });
});

describe('quietPolicySchema', () => {
  it('accepts the default', () => {
    expect(quietPolicySchema.safeParse(policy('Asia/Omsk')).success).toBe(true);
  });

  it.each([
    ['an unknown zone', { timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['a window with no days', { windows: [{ days: [], start: '22:00', end: '06:00' }] }, 'windows.0.days'],
    ['a time out of range', { windows: [{ days: [1], start: '24:00', end: '06:00' }] }, 'windows.0.start'],
    ['an empty window', { windows: [{ days: [1], start: '06:00', end: '06:00' }] }, 'windows.0.end'],
  ])('refuses %s and names the field', (_, patch, path) => {
    const result = quietPolicySchema.safeParse({ ...policy('Europe/Moscow'), ...patch });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path.join('.')).toBe(path);
  });
});
