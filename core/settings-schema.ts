import { z } from 'zod/mini';
import { quietPolicySchema } from './quiet-hours/policy-schema';
import { roleIdSchema } from './regulation/profile';
import { sendKeyModeSchema } from './quiet-hours/send-keys';
import { defaultSettings, type Settings } from './settings';
import { watchChoicesSchema } from './watch/watch-settings';
import { allowedPhrasesSchema } from './watch/allowed';

export const settingsSchema = z.object({
  version: z.literal(1),
  /** The quiet-hours guard is on unless the user turns it off. */
  guardEnabled: z.boolean(),
  quiet: quietPolicySchema,
  sendKey: sendKeyModeSchema,
  /** The school's regulation profile (built-in or imported) and the user's roles under it. */
  profileId: z._default(z.nullable(z.string()), null),
  roles: z._default(z.array(roleIdSchema), []),
  /** How the user signs log entries and shared records. */
  actorName: z._default(z.string().check(z.trim(), z.maxLength(100)), ''),
  /** Log entries older than this many months are deleted; null keeps everything. */
  retentionMonths: z._default(z.nullable(z.int().check(z.gte(1), z.lte(120))), null),
  /** What watching the chat looks for, per chat kind; null follows the regulation's defaults. */
  watch: z._default(z.nullable(watchChoicesSchema), null),
  /** Phrases this browser lets through after a false alarm (outside a team; a team's list is signed by its owner or admins). */
  allowedPhrases: z._default(allowedPhrasesSchema, []),
});

/** Stored settings, or the defaults when nothing valid is stored (a broken store must not disable the guard). */
export function readSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : defaultSettings();
}
