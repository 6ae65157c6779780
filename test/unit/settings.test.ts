import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/core/settings';
import { readSettings, settingsSchema } from '@/core/settings-schema';

describe('settings', () => {
  it('defaults to 22:00–06:00 every day, guard on, Enter sends, clause 3.3 as the source', () => {
    const s = defaultSettings('Asia/Omsk');
    expect(settingsSchema.parse(s)).toEqual(s);
    expect(s).toMatchObject({ guardEnabled: true, sendKey: 'enter', quiet: { timeZone: 'Asia/Omsk', windows: [{ start: '22:00', end: '06:00' }] } });
    expect(s.quiet.windows[0].days).toHaveLength(7);
    expect(s.quiet.rule).toMatchObject({ document: 'Типовые правила — не положение вашей школы', clause: '2.3' });
  });

  it('reads what was stored', () => {
    const stored = { ...defaultSettings('Asia/Kamchatka'), sendKey: 'ctrl-enter' as const };
    expect(readSettings(stored)).toEqual(stored);
  });

  it('falls back to the defaults, guard on, when the store holds nothing valid', () => {
    expect(readSettings(undefined).guardEnabled).toBe(true);
    expect(readSettings({ version: 1, guardEnabled: false }).guardEnabled).toBe(true);
    expect(readSettings({ ...defaultSettings('Europe/Moscow'), quiet: { timeZone: 'Nowhere/Land' } }).quiet.windows).toHaveLength(1);
  });
});
