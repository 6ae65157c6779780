import { z } from 'zod';
import { instantSchema, type DistributiveOmit } from '../moderation/actions';
import { memberId, memberIdSchema, publicIdentitySchema, sign, verify, type Identity, type PublicIdentity } from './identity';
import { sealedSchema } from './seal';
import { regulationProfileSchema, type RegulationProfile } from '../regulation/profile';

/**
 * Who belongs to the team, derived the same way by every member from signed events: the owner
 * (named by the invite) approves members and names admins; admins approve and remove members;
 * invites are announced and can be withdrawn; a removal moves the team to a new room. Events are
 * append-only and folded in a fixed order, so concurrent decisions made offline converge.
 */
/** Shortest team-wide retention: an admin cannot make the team forget what is younger. */
export const MIN_TEAM_RETENTION_MONTHS = 3;

export const retentionMonthsSchema = z.number().int().min(MIN_TEAM_RETENTION_MONTHS).max(120).nullable();

export interface TeamRetention {
  months: number | null;
  /** The admin who set it, by name. */
  by: string;
  at: number;
}

/** A regulation profile is tens of kilobytes; a signed setting larger than this is not one. */
export const TEAM_REGULATION_MAX = 500_000;

export interface TeamRegulation {
  profile: RegulationProfile;
  /** The owner or admin who set it, by name. */
  by: string;
  at: number;
}

export const roleSchema = z.enum(['owner', 'admin', 'member']);
export type Role = z.infer<typeof roleSchema>;

const name = z.string().trim().min(1).max(200);
const roomId = z.string().regex(/^[A-Za-z0-9_-]{16,100}$/);
const signed = { id: z.string().min(1).max(100), team: z.string().min(1).max(100), by: memberIdSchema, at: instantSchema, sig: z.string().max(200) };

export const rosterEventSchema = z.discriminatedUnion('kind', [
  z.object({ ...signed, kind: z.literal('approve'), member: memberIdSchema, name, key: publicIdentitySchema, role: z.enum(['admin', 'member']) }),
  z.object({ ...signed, kind: z.literal('remove'), member: memberIdSchema }),
  z.object({ ...signed, kind: z.literal('role'), member: memberIdSchema, role: z.enum(['admin', 'member']) }),
  z.object({ ...signed, kind: z.literal('invite'), invite: z.string().min(1).max(100), expires: instantSchema }),
  z.object({ ...signed, kind: z.literal('withdraw'), invite: z.string().min(1).max(100) }),
  /** The team-wide retention period (null: keep everything); the latest one an admin set holds. */
  z.object({ ...signed, kind: z.literal('retention'), months: retentionMonthsSchema }),
  /** The regulation the whole team works by (a profile's JSON); the latest one an admin set holds. */
  z.object({ ...signed, kind: z.literal('regulation'), profile: z.string().max(TEAM_REGULATION_MAX) }),
  /** The team moves to a new room; its secret is sealed to each remaining member. */
  z.object({ ...signed, kind: z.literal('move'), from: roomId, room: roomId, secret: sealedSchema }),
]);
export type RosterEvent = z.infer<typeof rosterEventSchema>;
export type UnsignedEvent = DistributiveOmit<RosterEvent, 'sig' | 'by' | 'team' | 'id' | 'at'>;

/** A newcomer asks to join: their name and keys, signed with those keys, and the invite they came by. */
export const joinRequestSchema = z.object({
  member: memberIdSchema,
  team: z.string().min(1).max(100),
  name,
  key: publicIdentitySchema,
  invite: z.string().min(1).max(100),
  at: instantSchema,
  sig: z.string().max(200),
});
export type JoinRequest = z.infer<typeof joinRequestSchema>;

/** Who founded the team, as the invite says: the root every approval is checked back to. */
export const ownerSchema = z.object({ id: memberIdSchema, name, key: publicIdentitySchema });
export type Owner = z.infer<typeof ownerSchema>;

export interface RosterMember {
  id: string;
  name: string;
  key: PublicIdentity;
  role: Role;
  approvedBy: string | null;
  approvedAt: number | null;
}

export interface InviteState {
  id: string;
  by: string;
  expires: number;
  withdrawn: boolean;
}

export type MoveEvent = Extract<RosterEvent, { kind: 'move' }>;

export interface Roster {
  team: string;
  members: Map<string, RosterMember>;
  /** Removed members (their records up to the removal stay), by id. */
  removed: Map<string, RosterMember & { removedBy: string; removedAt: number }>;
  /** Ids removed before they were ever approved (refused requests): never approved later. */
  refused: Set<string>;
  invites: Map<string, InviteState>;
  /** Moves, in the order every member folds them. */
  moves: MoveEvent[];
  retention: TeamRetention | null;
  regulation: TeamRegulation | null;
}

const withoutSig = <T extends { sig: string }>(value: T): Omit<T, 'sig'> => {
  const { sig: _s, ...rest } = value;
  return rest;
};

export async function signEvent(me: Identity, team: string, event: UnsignedEvent, id: string, at: number): Promise<RosterEvent> {
  const unsigned = { ...event, id, team, by: me.id, at };
  return rosterEventSchema.parse({ ...unsigned, sig: await sign(me, unsigned) });
}

export async function signRequest(me: Identity, team: string, request: Pick<JoinRequest, 'name' | 'invite' | 'at'>): Promise<JoinRequest> {
  const unsigned = { ...request, member: me.id, team, key: me.public };
  return joinRequestSchema.parse({ ...unsigned, sig: await sign(me, unsigned) });
}

/** A request is genuine when its id is its key's and the key signed it. */
export async function verifyRequest(request: JoinRequest, team: string): Promise<boolean> {
  return request.team === team && request.member === (await memberId(request.key)) && verify(request.key, withoutSig(request), request.sig);
}

/**
 * The keys events can be checked with: the owner's, and each key an approval or request names
 * (ids are derived from keys, so a key found anywhere is the only one that id can have).
 */
export async function knownKeys(owner: Owner, events: RosterEvent[], requests: JoinRequest[]): Promise<Map<string, PublicIdentity>> {
  const keys = new Map<string, PublicIdentity>([[owner.id, owner.key]]);
  const claimed = [
    ...events.flatMap((e) => (e.kind === 'approve' ? [{ id: e.member, key: e.key }] : [])),
    ...requests.map((r) => ({ id: r.member, key: r.key })),
  ];
  for (const { id, key } of claimed) if (!keys.has(id) && id === (await memberId(key))) keys.set(id, key);
  return keys;
}

export async function verifyEvent(event: RosterEvent, team: string, keys: Map<string, PublicIdentity>): Promise<boolean> {
  const key = keys.get(event.by);
  return event.team === team && !!key && verify(key, withoutSig(event), event.sig);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Events in the order every member folds them: by time, then by id. */
const inOrder = (a: RosterEvent, b: RosterEvent) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The roster from verified events. A removal is final for that id, whichever order it arrived
 * in, so an approval and a removal made concurrently end in the same roster everywhere.
 */
export function foldRoster(owner: Owner, team: string, events: RosterEvent[]): Roster {
  const roster: Roster = {
    team,
    members: new Map([[owner.id, { id: owner.id, name: owner.name, key: owner.key, role: 'owner', approvedBy: null, approvedAt: null }]]),
    removed: new Map(),
    refused: new Set(),
    retention: null,
    regulation: null,
    invites: new Map(),
    moves: [],
  };
  const isRemoved = (id: string) => roster.removed.has(id) || roster.refused.has(id);
  for (const e of [...events].sort(inOrder)) {
    const actor = roster.members.get(e.by);
    if (!actor || actor.role === 'member') continue;
    const isOwner = actor.role === 'owner';
    switch (e.kind) {
      case 'approve':
        if (isRemoved(e.member) || roster.members.has(e.member) || (e.role === 'admin' && !isOwner)) break;
        roster.members.set(e.member, { id: e.member, name: e.name, key: e.key, role: e.role, approvedBy: e.by, approvedAt: e.at });
        break;
      case 'remove': {
        const target = roster.members.get(e.member);
        if (target?.role === 'owner' || (target?.role === 'admin' && !isOwner) || isRemoved(e.member)) break;
        if (target) {
          roster.members.delete(e.member);
          roster.removed.set(e.member, { ...target, removedBy: e.by, removedAt: e.at });
        } else roster.refused.add(e.member);
        break;
      }
      case 'role': {
        const target = roster.members.get(e.member);
        if (isOwner && target && target.role !== 'owner') target.role = e.role;
        break;
      }
      case 'invite':
        if (!roster.invites.has(e.invite)) roster.invites.set(e.invite, { id: e.invite, by: e.by, expires: e.expires, withdrawn: false });
        break;
      case 'withdraw': {
        const invite = roster.invites.get(e.invite);
        if (invite) invite.withdrawn = true;
        break;
      }
      case 'retention':
        roster.retention = { months: e.months, by: actor.name, at: e.at };
        break;
      case 'regulation': {
        // Checked as any imported profile is: a setting that is not a valid one changes nothing.
        const profile = regulationProfileSchema.safeParse(parseJson(e.profile));
        if (profile.success) roster.regulation = { profile: profile.data, by: actor.name, at: e.at };
        break;
      }
      case 'move':
        roster.moves.push(e);
        break;
    }
  }
  return roster;
}

/** What a record's signer is to the team at the record's time. */
export type SignerStanding = 'member' | 'waiting' | 'removed' | 'unknown';

export function standing(roster: Roster, pending: ReadonlySet<string>, signer: string, time: number): SignerStanding {
  if (roster.members.has(signer)) return 'member';
  const removed = roster.removed.get(signer);
  if (removed) return time <= removed.removedAt ? 'member' : 'removed';
  if (roster.refused.has(signer)) return 'removed';
  return pending.has(signer) ? 'waiting' : 'unknown';
}

/** Why a request cannot be approved, if it cannot: the invite it names is unknown, expired or withdrawn. */
export function requestProblem(roster: Roster, request: JoinRequest): 'unknown-invite' | 'expired' | 'withdrawn' | 'removed' | null {
  if (roster.removed.has(request.member)) return 'removed';
  const invite = roster.invites.get(request.invite);
  if (!invite) return 'unknown-invite';
  if (invite.withdrawn) return 'withdrawn';
  return request.at > invite.expires ? 'expired' : null;
}
