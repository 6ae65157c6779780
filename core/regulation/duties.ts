import type { ChatKind, Provision, RegulationProfile, RoleId } from './profile';

export interface DutyItem extends Provision {
  role: RoleId;
  roleTitle: string;
}

export interface DutiesForChat {
  /** Duties of the user's roles that concern this kind of chat, in the regulation's order. */
  here: DutyItem[];
  /** The rest of the user's duties. */
  elsewhere: DutyItem[];
  /** Rules for every participant, and what is prohibited. */
  rules: Provision[];
  prohibitions: Provision[];
  rights: Provision[];
}

/** What the regulation asks of someone holding `roles` in a chat of `kind` (null: not tagged yet). */
export function dutiesFor(profile: RegulationProfile, roles: RoleId[], kind: ChatKind | null): DutiesForChat {
  const mine = profile.roles
    .filter((r) => roles.includes(r.role))
    .flatMap((r) => r.duties.map((d) => ({ ...d, role: r.role, roleTitle: r.title })));
  const concernsHere = (p: Provision) => kind !== null && (p.chatKinds?.includes(kind) ?? false);
  return {
    here: mine.filter(concernsHere),
    elsewhere: mine.filter((d) => !concernsHere(d)),
    rules: profile.rules,
    prohibitions: [...profile.prohibitions].sort((a, b) => Number(concernsHere(b)) - Number(concernsHere(a))),
    rights: profile.rights.filter((r) => !r.roles || r.roles.some((role) => roles.includes(role))),
  };
}

/** "п. 2.3", or "прил. 2, п. 4.2.2" where a document's numbering starts again. */
export function clauseLabel(p: Pick<Provision, 'clause' | 'part'>): string {
  return p.part ? `прил. ${p.part}, п. ${p.clause}` : `п. ${p.clause}`;
}
