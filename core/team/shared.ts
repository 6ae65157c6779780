import { z } from 'zod/mini';
import { siteIdSchema } from '../chat';
import { learnedSelectorsSchema } from '../page-messages/learned';

const setting = <T extends z.core.SomeType>(value: T) => z.object({ value, by: z.string(), at: z.number() });

/** The team's signed settings a messenger tab uses: the watch's allowlist and shared message selectors, with who set them. */
export const teamSharedSchema = z.object({
  allowed: z.nullable(setting(z.array(z.string()))),
  selectors: z.partialRecord(siteIdSchema, setting(z.nullable(learnedSelectorsSchema))),
});
export type TeamShared = z.infer<typeof teamSharedSchema>;
