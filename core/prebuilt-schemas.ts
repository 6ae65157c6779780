import type { ZodType } from 'zod';
import { moderationActionSchema } from './moderation/actions';
import { signedBySchema } from './team/signed-record';

/** Schemas whose compiled parsers the build writes out (npm run compile-schemas), and where. */
export const PREBUILT_SCHEMAS: Array<{ schema: ZodType; file: string; origin: string }> = [
  { schema: moderationActionSchema, file: 'core/moderation/action-schema.prebuilt.ts', origin: 'moderationActionSchema (core/moderation/actions.ts)' },
  { schema: signedBySchema, file: 'core/team/signed-by.prebuilt.ts', origin: 'signedBySchema (core/team/signed-record.ts)' },
];
