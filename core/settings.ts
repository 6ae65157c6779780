import type { z } from 'zod/mini';
import { DEFAULT_QUIET_RULE, DEFAULT_QUIET_WINDOWS } from './quiet-hours/windows';
import type { settingsSchema } from './settings-schema';
import { browserTimeZone } from './quiet-hours/time-zones';

export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(timeZone = browserTimeZone()): Settings {
  return {
    version: 1,
    guardEnabled: true,
    quiet: { timeZone, windows: DEFAULT_QUIET_WINDOWS, rule: DEFAULT_QUIET_RULE },
    sendKey: 'enter',
    profileId: null,
    roles: [],
    actorName: '',
    retentionMonths: null,
    watch: null,
    allowedPhrases: [],
  };
}
