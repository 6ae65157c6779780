import { z } from 'zod/mini';
import { quietWindowSchema } from '../quiet-hours/policy-schema';
import { CHAT_KINDS, ROLE_IDS, type RoleId } from './kinds';
import { CHECK_CATEGORIES } from '../content-check/hits';
import { WATCH_GROUPS } from '../watch/categories';

export type { ChatKind, RoleId } from './kinds';

export const roleIdSchema = z.enum(ROLE_IDS);
export const chatKindSchema = z.enum(CHAT_KINDS);

/** A clause number as the regulations write it: 2.3, 4.2.2. */
export const CLAUSE_NUMBER = /^\d+(\.\d+)*$/;
const clauseSchema = z.string().check(z.regex(CLAUSE_NUMBER, 'номер пункта вида 2.3 или 4.2.2'));
const text = (min = 1) => z.string().check(z.minLength(min));

/** One statement of the regulation, with the clause (and part, where numbering restarts) it comes from. */
export const provisionSchema = z.object({
  clause: clauseSchema,
  part: z.optional(text()),
  text: text(3),
  /** The chat kinds this provision is most about; it is shown first in those chats. */
  chatKinds: z.optional(z.array(chatKindSchema)),
});
export type Provision = z.infer<typeof provisionSchema>;

export const roleSchema = z.object({
  role: roleIdSchema,
  /** The role as the regulation names it. */
  title: text(),
  duties: z.array(provisionSchema).check(z.minLength(1)),
});
export type Role = z.infer<typeof roleSchema>;

export const moderationRulesSchema = z.object({
  /** A block is allowed once a participant has more violations than this. */
  violationsBeforeBlock: z.int().check(z.gte(0)),
  maxBlockMonths: z.int().check(z.gte(1)),
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
    id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'латинские строчные буквы, цифры и дефис')),
    /** Model rules standing in until the school's own regulation is loaded: every screen citing them says so. */
    model: z.optional(z.boolean()),
    /** The town or district, for choosing a school's regulation by where it is. */
    place: z.optional(text()),
    school: text(),
    title: text(),
    /** The source document, cited with every clause. */
    document: text(),
    year: z.optional(z.int()),
    platforms: z.array(z.enum(['sferum', 'vk', 'max', 'moya-shkola'])).check(z.minLength(1)),
    /** Parts whose clause numbering starts again (appendices), by the heading that opens each. */
    parts: z.optional(z.array(z.object({ id: text(), title: text(), heading: text() }))),
    chatKinds: z.array(z.extend(provisionSchema, { kind: chatKindSchema })),
    roles: z.array(roleSchema).check(z.minLength(1)),
    /** Rules and principles that bind every participant. */
    rules: z.array(provisionSchema),
    rights: z.array(z.extend(provisionSchema, { roles: z.optional(z.array(roleIdSchema)) })),
    prohibitions: z.array(provisionSchema),
    /** Provisions that oblige no one: scope, aims, legal basis, final provisions. */
    general: z.array(provisionSchema),
    quietHours: z.optional(z.object({ clause: clauseSchema, windows: z.array(quietWindowSchema).check(z.minLength(1)) })),
    moderation: z.optional(moderationRulesSchema),
    /** What the send check cites and lets through: the clauses on polite language and personal data, the checks that apply, the school's own contacts. */
    contentCheck: z.optional(
      z.object({
        languageClause: clauseSchema,
        personalDataClause: clauseSchema,
        checks: z.optional(z.array(z.enum(CHECK_CATEGORIES))),
        /** What watching the chat looks for by default in chats with students and parents (shouting and flooding only if listed). */
        watch: z.optional(z.array(z.enum(WATCH_GROUPS))),
        allowedPhones: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(50))),
        allowedEmails: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50))),
        allowedAddresses: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20))),
      }),
    ),
  })
  .check(z.superRefine((profile, ctx) => {
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
  }));
export type RegulationProfile = z.infer<typeof regulationProfileSchema>;

/** Of the user's roles, those this regulation names: what stays when a regulation is chosen in place of another. */
export function rolesNamedBy(profile: Pick<RegulationProfile, 'roles'>, roles: RoleId[]): RoleId[] {
  return roles.filter((r) => profile.roles.some((x) => x.role === r));
}

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
