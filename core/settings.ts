import { z } from 'zod';
import { DEFAULT_QUIET_RULE, DEFAULT_QUIET_WINDOWS, quietPolicySchema } from './quiet-hours/windows';
import { roleIdSchema } from './regulation/profile';
import { sendKeyModeSchema } from './quiet-hours/send-keys';
import { browserTimeZone } from './quiet-hours/time-zones';

export const settingsSchema = z.object({
  version: z.literal(1),
  /** The quiet-hours guard is on unless the user turns it off. */
  guardEnabled: z.boolean(),
  quiet: quietPolicySchema,
  sendKey: sendKeyModeSchema,
  /** The school's regulation profile (built-in or imported) and the user's roles under it. */
  profileId: z.string().nullable().default(null),
  roles: z.array(roleIdSchema).default([]),
  /** How the user signs log entries and shared records. */
  actorName: z.string().trim().max(100).default(''),
  /** Log entries older than this many months are deleted; null keeps everything. */
  retentionMonths: z.number().int().min(1).max(120).nullable().default(null),
});
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
  };
}

/** Stored settings, or the defaults when nothing valid is stored (a broken store must not disable the guard). */
export function readSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : defaultSettings();
}
