import { z } from 'zod';
import { quietWindowSchema } from '../quiet-hours/windows';

/** Roles the regulations name; a regulation names only some of them, in its own words. */
export const ROLE_IDS = [
  'director',
  'administration',
  'platform-admin',
  'chat-admin',
  'chat-moderator',
  'class-teacher',
  'teacher',
  'student',
  'parent',
] as const;
export const roleIdSchema = z.enum(ROLE_IDS);
export type RoleId = z.infer<typeof roleIdSchema>;

/** Kinds of chat a user can tag a chat with; duties name the kinds they concern. */
export const CHAT_KINDS = [
  'class-students',
  'class-parents',
  'class-teachers',
  'subject',
  'group',
  'staff',
  'management',
  'official-channel',
  'other',
] as const;
export const chatKindSchema = z.enum(CHAT_KINDS);
export type ChatKind = z.infer<typeof chatKindSchema>;

/** The chat-kind tags with one chat's tag set (or removed, for null). */
export function withChatKind(kinds: Record<string, ChatKind>, key: string, kind: ChatKind | null): Record<string, ChatKind> {
  const { [key]: _old, ...rest } = kinds;
  return kind ? { ...rest, [key]: kind } : rest;
}

const clauseSchema = z.string().regex(/^\d+(\.\d+)*$/, 'номер пункта вида 2.3 или 4.2.2');

/** One statement of the regulation, with the clause (and part, where numbering restarts) it comes from. */
export const provisionSchema = z.object({
  clause: clauseSchema,
  part: z.string().min(1).optional(),
  text: z.string().min(3),
  /** The chat kinds this provision is most about; it is shown first in those chats. */
  chatKinds: z.array(chatKindSchema).optional(),
});
export type Provision = z.infer<typeof provisionSchema>;

export const roleSchema = z.object({
  role: roleIdSchema,
  /** The role as the regulation names it. */
  title: z.string().min(1),
  duties: z.array(provisionSchema).min(1),
});
export type Role = z.infer<typeof roleSchema>;

export const moderationRulesSchema = z.object({
  /** A block is allowed once a participant has more violations than this. */
  violationsBeforeBlock: z.number().int().min(0),
  maxBlockMonths: z.number().int().min(1),
  clauses: z.object({
    deletion: clauseSchema,
    rulesIntroduced: clauseSchema,
    reminder: clauseSchema,
    block: clauseSchema,
    earlyUnblock: clauseSchema,
    personalReasons: clauseSchema,
    leavers: clauseSchema,
  }),
});
export type ModerationRules = z.infer<typeof moderationRulesSchema>;

export const regulationProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'латинские строчные буквы, цифры и дефис'),
    school: z.string().min(1),
    title: z.string().min(1),
    /** The source document, cited with every clause. */
    document: z.string().min(1),
    year: z.number().int().optional(),
    platforms: z.array(z.enum(['sferum', 'vk', 'max', 'moya-shkola'])).min(1),
    /** Parts whose clause numbering starts again (appendices), by the heading that opens each. */
    parts: z.array(z.object({ id: z.string().min(1), title: z.string().min(1), heading: z.string().min(1) })).optional(),
    chatKinds: z.array(provisionSchema.extend({ kind: chatKindSchema })),
    roles: z.array(roleSchema).min(1),
    /** Rules and principles that bind every participant. */
    rules: z.array(provisionSchema),
    rights: z.array(provisionSchema.extend({ roles: z.array(roleIdSchema).optional() })),
    prohibitions: z.array(provisionSchema),
    /** Provisions that oblige no one: scope, aims, legal basis, final provisions. */
    general: z.array(provisionSchema),
    quietHours: z.object({ clause: clauseSchema, windows: z.array(quietWindowSchema).min(1) }).optional(),
    moderation: moderationRulesSchema.optional(),
  })
  .superRefine((profile, ctx) => {
    const parts = new Set(profile.parts?.map((p) => p.id));
    const check = (items: Provision[], path: (string | number)[]) =>
      items.forEach((item, i) => {
        if (item.part && !parts.has(item.part)) ctx.addIssue({ code: 'custom', message: `нет части «${item.part}» в parts`, path: [...path, i, 'part'] });
      });
    check(profile.chatKinds, ['chatKinds']);
    profile.roles.forEach((r, i) => check(r.duties, ['roles', i, 'duties']));
    check(profile.rules, ['rules']);
    check(profile.rights, ['rights']);
    check(profile.prohibitions, ['prohibitions']);
    check(profile.general, ['general']);
    const seen = new Set<string>();
    profile.roles.forEach((r, i) => {
      if (seen.has(r.role)) ctx.addIssue({ code: 'custom', message: `роль ${r.role} описана дважды`, path: ['roles', i, 'role'] });
      seen.add(r.role);
    });
  });
export type RegulationProfile = z.infer<typeof regulationProfileSchema>;

/** Every provision of a profile, wherever it sits. */
export function allProvisions(profile: RegulationProfile): Provision[] {
  return [
    ...profile.chatKinds,
    ...profile.roles.flatMap((r) => r.duties),
    ...profile.rules,
    ...profile.rights,
    ...profile.prohibitions,
    ...profile.general,
  ];
}
