import { base64urlnopad } from '@scure/base';
import { z } from 'zod';
import { instantSchema, type DistributiveOmit } from '../moderation/actions';
import { causalGraph, type CausalGraph } from './causal-graph';
import { memberId, memberIdSchema, publicIdentitySchema, sign, signedBytes, verify, type Identity, type PublicIdentity } from './identity';
import { sealedSchema } from './seal';
import { regulationProfileSchema, type RegulationProfile } from '../regulation/profile';
import { MAX_ALLOWED_PHRASE, MAX_ALLOWED_PHRASES } from '../watch/allowed';
import { SITE_IDS, type SiteId } from '../chat';
import type { LearnedSelectors } from '../page-messages/learned';

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

/** A setting an owner or admin signed for the whole team, with who set it (by name) and when they said it was. */
export interface TeamSetting<T> {
  value: T;
  by: string;
  at: number;
}

export const roleSchema = z.enum(['owner', 'admin', 'member']);
export type Role = z.infer<typeof roleSchema>;

const name = z.string().trim().min(1).max(200);
const roomId = z.string().regex(/^[A-Za-z0-9_-]{16,100}$/);
const hash = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const recordId = z.string().min(1).max(100);
/**
 * Every event names the events its signer had seen (`parents`, by hash): the roster is folded in
 * that order. `at` is what the signer says of the time, shown to people and never trusted.
 */
const signed = {
  id: z.string().min(1).max(100),
  team: z.string().min(1).max(100),
  by: memberIdSchema,
  at: instantSchema,
  parents: z.array(hash).max(64),
  sig: z.string().max(200),
};
/** Selectors as `learnedSelectorsSchema` (zod/mini, for the tab) reads them, for a signed event. */
export const sharedSelectorsSchema = z.object({ items: z.string().trim().min(1).max(300), author: z.string().trim().min(1).max(300) });
/** A removal closes the removed member's records at what the remover held: their ids. */
export const MAX_CLOSED_RECORDS = 50_000;

export const rosterEventSchema = z.discriminatedUnion('kind', [
  z.object({ ...signed, kind: z.literal('approve'), member: memberIdSchema, name, key: publicIdentitySchema, role: z.enum(['admin', 'member']) }),
  z.object({ ...signed, kind: z.literal('remove'), member: memberIdSchema, closed: z.array(recordId).max(MAX_CLOSED_RECORDS).optional() }),
  /** An owner's or admin's decision to take in records a removed member's key signed after the removal was made. */
  z.object({ ...signed, kind: z.literal('admit'), records: z.array(z.object({ id: recordId, sig: z.string().max(200) })).min(1).max(1000) }),
  /** The owner hands the team to another member, who becomes the owner; the old owner stays as an admin. */
  z.object({ ...signed, kind: z.literal('owner'), member: memberIdSchema }),
  z.object({ ...signed, kind: z.literal('role'), member: memberIdSchema, role: z.enum(['admin', 'member']) }),
  z.object({ ...signed, kind: z.literal('invite'), invite: z.string().min(1).max(100), expires: instantSchema }),
  z.object({ ...signed, kind: z.literal('withdraw'), invite: z.string().min(1).max(100) }),
  /** The team-wide retention period (null: keep everything); the latest one an admin set holds. */
  z.object({ ...signed, kind: z.literal('retention'), months: retentionMonthsSchema }),
  /** The regulation the whole team works by (a profile's JSON); the latest one an admin set holds. */
  z.object({ ...signed, kind: z.literal('regulation'), profile: z.string().max(TEAM_REGULATION_MAX) }),
  /** Phrases the team's watch lets through after false alarms (the whole list); the latest one an admin set holds. */
  z.object({ ...signed, kind: z.literal('allow'), phrases: z.array(z.string().trim().min(1).max(MAX_ALLOWED_PHRASE)).max(MAX_ALLOWED_PHRASES) }),
  /** Message selectors an owner or admin taught on one messenger, for every member's tabs (null: back to the built-in ones). */
  z.object({ ...signed, kind: z.literal('selectors'), site: z.enum(SITE_IDS), learned: sharedSelectorsSchema.nullable() }),
  /** The team moves to a new room; its secret is sealed to each remaining member. */
  z.object({ ...signed, kind: z.literal('move'), from: roomId, room: roomId, secret: sealedSchema }),
]);
export type RosterEvent = z.infer<typeof rosterEventSchema>;
export type UnsignedEvent = DistributiveOmit<RosterEvent, 'sig' | 'by' | 'team' | 'id' | 'at' | 'parents'>;

/** A verified event with its hash: what the roster graph is made of. */
export interface RosterNode {
  event: RosterEvent;
  hash: string;
}

/** The hash other events name this one by: SHA-256 of its signed form, so two different events never share it. */
export async function eventHash(event: RosterEvent): Promise<string> {
  return base64urlnopad.encode(new Uint8Array(await crypto.subtle.digest('SHA-256', signedBytes(event) as Uint8Array<ArrayBuffer>)));
}

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

export interface RemovedMember extends RosterMember {
  removedBy: string;
  /** When the remover said it was; shown, never used to decide anything. */
  removedAt: number;
  /** The removed member's records the remover held: they stay team records; anything else the key signed is held. */
  closed: Set<string>;
}

export interface Roster {
  team: string;
  members: Map<string, RosterMember>;
  /** Removed members (the records their removal closed stay), by id. */
  removed: Map<string, RemovedMember>;
  /** Ids removed before they were ever approved (refused requests): never approved later. */
  refused: Set<string>;
  invites: Map<string, InviteState>;
  /** Moves, in the order every member folds them. */
  moves: MoveEvent[];
  retention: TeamRetention | null;
  regulation: TeamRegulation | null;
  /** Phrases let through after false alarms. */
  allowed: TeamSetting<string[]> | null;
  /** Selectors shared for a messenger whose markup the built-in ones miss. */
  selectors: Partial<Record<SiteId, TeamSetting<LearnedSelectors | null>>>;
  /** Records of removed members an owner or admin took in after all: record id → signature. */
  admitted: Map<string, string>;
  /** The events nothing follows yet (complete ancestry only): what the next event signed names as its parents. */
  heads: string[];
}

const withoutSig = <T extends { sig: string }>(value: T): Omit<T, 'sig'> => {
  const { sig: _s, ...rest } = value;
  return rest;
};

export async function signEvent(me: Identity, team: string, event: UnsignedEvent, id: string, at: number, parents: string[]): Promise<RosterEvent> {
  const unsigned = { ...event, id, team, by: me.id, at, parents };
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

/**
 * The roster from verified events, folded in causal order (each event after those its signer had
 * seen; see causal-graph.ts), so no date a signer writes decides anything. An event counts only if
 * its signer held the role it needs where the event stands in that order. A removal is strong:
 * every event of the removed member that the remover had not seen is dropped, and of two members
 * who remove each other concurrently, the senior one's removal holds (the owner first, then by
 * when each was approved). Only the owner can bring a removed member back, by an approval made
 * after the removal.
 */
export function foldRoster(owner: Owner, team: string, nodes: RosterNode[]): Roster {
  const graph = causalGraph(nodes.map((n) => ({ ...n, parents: n.event.parents })));
  let dropped = new Set<string>();
  // Dropping events changes which removals hold; a few rounds reach the fixed point.
  for (let round = 0; round < 8; round++) {
    const fold = applyInOrder(owner, team, graph, dropped);
    const next = strongRemove(graph, fold);
    if (next.size === dropped.size && [...next].every((h) => dropped.has(h))) return fold.roster;
    dropped = next;
  }
  return applyInOrder(owner, team, graph, dropped).roster;
}

interface Removal {
  hash: string;
  by: string;
  member: string;
}

interface Fold {
  roster: Roster;
  removals: Removal[];
  /** Re-approvals by the owner after a removal, by the member they bring back. */
  readds: Map<string, string[]>;
  /** How senior each member is: the owner 0, then the position of their approval. */
  seniority: Map<string, number>;
}

type Graph = CausalGraph<RosterNode & { parents: readonly string[] }>;

function applyInOrder(owner: Owner, team: string, graph: Graph, dropped: Set<string>): Fold {
  const roster: Roster = {
    team,
    members: new Map([[owner.id, { id: owner.id, name: owner.name, key: owner.key, role: 'owner', approvedBy: null, approvedAt: null }]]),
    removed: new Map(),
    refused: new Set(),
    retention: null,
    regulation: null,
    allowed: null,
    selectors: {},
    admitted: new Map(),
    heads: graph.heads,
    invites: new Map(),
    moves: [],
  };
  const removals: Removal[] = [];
  const removalOf = new Map<string, string>();
  const readds = new Map<string, string[]>();
  const seniority = new Map<string, number>([[owner.id, 0]]);
  const isRemoved = (id: string) => roster.removed.has(id) || roster.refused.has(id);
  graph.order.forEach(({ event: e, hash }, position) => {
    if (dropped.has(hash)) return;
    const actor = roster.members.get(e.by);
    if (!actor || actor.role === 'member') return;
    const isOwner = actor.role === 'owner';
    switch (e.kind) {
      case 'approve': {
        const removal = removalOf.get(e.member);
        // Brought back: only by the owner, and only by an approval made after the removal.
        const readd = isRemoved(e.member) && isOwner && !!removal && graph.isAncestor(removal, hash);
        if ((isRemoved(e.member) && !readd) || roster.members.has(e.member) || (e.role === 'admin' && !isOwner)) break;
        if (readd) {
          roster.removed.delete(e.member);
          roster.refused.delete(e.member);
          (readds.get(e.member) ?? readds.set(e.member, []).get(e.member)!).push(hash);
        }
        roster.members.set(e.member, { id: e.member, name: e.name, key: e.key, role: e.role, approvedBy: e.by, approvedAt: e.at });
        if (!seniority.has(e.member)) seniority.set(e.member, position + 1);
        break;
      }
      case 'remove': {
        const target = roster.members.get(e.member);
        // A second removal of the same member (two admins at once) closes in what either held.
        const already = roster.removed.get(e.member);
        if (already && (already.role !== 'admin' || isOwner)) for (const id of e.closed ?? []) already.closed.add(id);
        if (target?.role === 'owner' || (target?.role === 'admin' && !isOwner) || isRemoved(e.member)) break;
        if (target) {
          roster.members.delete(e.member);
          roster.removed.set(e.member, { ...target, removedBy: e.by, removedAt: e.at, closed: new Set(e.closed ?? []) });
        } else roster.refused.add(e.member);
        removalOf.set(e.member, hash);
        removals.push({ hash, by: e.by, member: e.member });
        break;
      }
      case 'role': {
        const target = roster.members.get(e.member);
        if (isOwner && target && target.role !== 'owner') target.role = e.role;
        break;
      }
      case 'owner': {
        const target = roster.members.get(e.member);
        if (!isOwner || !target || target.role === 'owner') break;
        target.role = 'owner';
        actor.role = 'admin';
        break;
      }
      case 'admit':
        for (const r of e.records) roster.admitted.set(r.id, r.sig);
        break;
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
      case 'allow':
        roster.allowed = { value: e.phrases, by: actor.name, at: e.at };
        break;
      case 'selectors':
        roster.selectors[e.site] = { value: e.learned, by: actor.name, at: e.at };
        break;
      case 'move':
        roster.moves.push(e);
        break;
    }
  });
  return { roster, removals, readds, seniority };
}

/**
 * The events dropped because their signer was removed by someone who had not seen them. Removals
 * are taken senior remover first; a removal whose own signer was already removed without having
 * seen that removal does not count (of two members removing each other, the senior one's holds).
 */
function strongRemove(graph: Graph, fold: Fold): Set<string> {
  const rank = (id: string) => fold.seniority.get(id) ?? Number.POSITIVE_INFINITY;
  const held = new Map<string, string>();
  for (const removal of [...fold.removals].sort((a, b) => rank(a.by) - rank(b.by) || (a.hash < b.hash ? -1 : 1))) {
    const own = held.get(removal.by);
    if (own && !graph.isAncestor(own, removal.hash)) continue;
    if (!held.has(removal.member)) held.set(removal.member, removal.hash);
  }
  const dropped = new Set<string>();
  for (const { event, hash } of graph.order) {
    const removal = held.get(event.by);
    if (!removal || hash === removal || graph.isAncestor(hash, removal)) continue;
    // Brought back by the owner: what follows that approval counts again.
    if ((fold.readds.get(event.by) ?? []).some((readd) => graph.isAncestor(readd, hash))) continue;
    dropped.add(hash);
  }
  return dropped;
}

/**
 * What a record's signer is to the team, for this record: a member's records count whatever date
 * they carry; a removed member's count if the removal closed them in (or an admin let them in), and
 * are otherwise held for the owner and admins to look at.
 */
/** Standing of a removed member's record does not depend on who is asking to join. */
export const NONE_PENDING: ReadonlySet<string> = new Set();

export type SignerStanding = 'member' | 'waiting' | 'held' | 'removed' | 'unknown';

export function standing(roster: Roster, pending: ReadonlySet<string>, signer: string, record: { id: string; sig: string }): SignerStanding {
  if (roster.members.has(signer)) return 'member';
  const removed = roster.removed.get(signer);
  if (removed) return removed.closed.has(record.id) || roster.admitted.get(record.id) === record.sig ? 'member' : 'held';
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
