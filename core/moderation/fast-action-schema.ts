import { precompiled } from '../prebuilt-parser';
import { moderationActionSchema } from './actions';
import { prebuilt } from './action-schema.prebuilt';

/** moderationActionSchema with zod's compiled parser: where thousands of records are checked at once (a school year arriving, a log imported). */
export const fastActionSchema = precompiled(moderationActionSchema, prebuilt);
