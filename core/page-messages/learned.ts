import { z } from 'zod/mini';
import { siteIdSchema } from '../chat';

/** A CSS selector the user taught by pointing at a message: bounded, and checked by the page's parser when used. */
const selector = z.string().check(z.trim(), z.minLength(1), z.maxLength(300));

/** Where one messenger's messages and their authors' names are, when the built-in selectors miss them. */
export const learnedSelectorsSchema = z.object({ items: selector, author: selector });
export type LearnedSelectors = z.infer<typeof learnedSelectorsSchema>;

export const learnedBySiteSchema = z.partialRecord(siteIdSchema, learnedSelectorsSchema);
export type LearnedBySite = z.infer<typeof learnedBySiteSchema>;
