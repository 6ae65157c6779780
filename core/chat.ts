import { z } from 'zod/mini';

export const SITE_IDS = ['max', 'vk'] as const;
export const siteIdSchema = z.enum(SITE_IDS);
export type SiteId = z.infer<typeof siteIdSchema>;

/** One chat of one messenger, as the site adapter reads it from the page. */
export const chatRefSchema = z.object({
  site: siteIdSchema,
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  // Whoever names a chat writes this: bounded like every string that crosses a boundary.
  title: z.string().check(z.maxLength(300)),
});
export type ChatRef = z.infer<typeof chatRefSchema>;
