import { z } from 'zod';

export const siteIdSchema = z.enum(['max', 'vk']);
export type SiteId = z.infer<typeof siteIdSchema>;

/** One chat of one messenger, as the site adapter reads it from the page. */
export const chatRefSchema = z.object({
  site: siteIdSchema,
  id: z.string().min(1).max(100),
  // Whoever names a chat writes this: bounded like every string that crosses a boundary.
  title: z.string().max(300),
});
export type ChatRef = z.infer<typeof chatRefSchema>;
