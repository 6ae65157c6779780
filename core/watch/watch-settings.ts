import { z } from 'zod/mini';
import { WATCH_GROUPS } from './categories';
import { WATCH_KEYS } from './watched-groups';

export const watchGroupSchema = z.enum(WATCH_GROUPS);

/** The moderator's choice per chat kind; a kind not listed follows the defaults (watched-groups.ts). */
export const watchChoicesSchema = z.partialRecord(z.enum(WATCH_KEYS), z.array(watchGroupSchema).check(z.maxLength(WATCH_GROUPS.length)));
