import { z } from 'zod/mini';
import { quietWindowSchema } from '../../quiet-hours/policy-schema';
import { chatKindSchema, moderationRulesSchema, roleIdSchema } from '../profile';
import { LINE_KINDS, type RegulationDraft } from './draft';

const lineSchema = z.object({
  id: z.string(),
  kind: z.enum(LINE_KINDS),
  role: z.nullable(roleIdSchema),
  chatKinds: z.array(chatKindSchema),
  clause: z.string(),
  part: z.nullable(z.string()),
  text: z.string(),
  source: z.nullable(z.object({ start: z.int(), end: z.int() })),
});

/** A draft under review, as kept in the extension's storage between visits to the review page. */
export const regulationDraftSchema = z.object({
  text: z.string(),
  fileName: z.string(),
  school: z.string(),
  title: z.string(),
  place: z.string(),
  year: z.optional(z.int()),
  platforms: z.array(z.enum(['sferum', 'vk', 'max', 'moya-shkola'])),
  parts: z.array(z.object({ id: z.string(), title: z.string(), heading: z.string() })),
  roleTitles: z.partialRecord(roleIdSchema, z.string()),
  lines: z.array(lineSchema),
  quietHours: z.nullable(z.object({ clause: z.string(), windows: z.array(quietWindowSchema) })),
  moderation: z.nullable(moderationRulesSchema),
  contentCheck: z.nullable(z.object({ languageClause: z.string(), personalDataClause: z.string() })),
  notes: z.array(z.looseObject({ code: z.string() })),
}) satisfies z.ZodMiniType<unknown>;

/** A stored draft, or null when there is none or it cannot be read. */
export function readStoredDraft(raw: unknown): RegulationDraft | null {
  const parsed = regulationDraftSchema.safeParse(raw);
  return parsed.success ? (parsed.data as RegulationDraft) : null;
}
