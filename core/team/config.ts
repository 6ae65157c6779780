import { z } from 'zod';
import { instantSchema } from '../moderation/actions';
import { memberIdSchema } from './identity';
import { inviteSchema } from './invite';
import { roleSchema } from './roster';

const roomSchema = inviteSchema.shape.room;

/**
 * What this browser keeps about its team: the invite (the team, and its room and secret now),
 * who the user is in it, whether to sync, and the rooms the team left, which are kept open for
 * a while so members who were away when it moved can find the way.
 */
export const teamConfigSchema = z.object({
  invite: inviteSchema,
  member: z.object({ id: memberIdSchema, name: z.string().min(1).max(200) }),
  online: z.boolean(),
  previous: z.array(z.object({ room: roomSchema, secret: inviteSchema.shape.secret, until: instantSchema })).max(10).default([]),
});
export type TeamConfig = z.infer<typeof teamConfigSchema>;

/** What a TURN server answered when asked for a relay address: 'auth' is a refused username or password. */
export const turnStateSchema = z.enum(['checking', 'ok', 'auth', 'unreachable']);
export type TurnState = z.infer<typeof turnStateSchema>;

export const requestProblemSchema = z.enum(['unknown-invite', 'expired', 'withdrawn', 'removed']).nullable();

export const teamStatusSchema = z.object({
  team: z.string(),
  /** The invite this member hands out (its id and expiry are announced to the team). */
  code: z.string(),
  inviteExpires: z.number(),
  me: z.object({ id: z.string(), fingerprint: z.string(), standing: z.enum(['owner', 'admin', 'member', 'waiting', 'removed']) }),
  members: z.array(
    z.object({ id: z.string(), name: z.string(), role: roleSchema, fingerprint: z.string(), approvedBy: z.string().nullable(), approvedAt: z.number().nullable() }),
  ),
  removed: z.array(z.object({ id: z.string(), name: z.string(), removedBy: z.string(), removedAt: z.number() })),
  /** Requests to join not yet decided, with why one cannot be approved, if it cannot. */
  requests: z.array(z.object({ id: z.string(), name: z.string(), fingerprint: z.string(), at: z.number(), problem: requestProblemSchema })),
  invites: z.array(z.object({ id: z.string(), by: z.string(), expires: z.number(), withdrawn: z.boolean() })),
  online: z.boolean(),
  /** Peers connected now, over WebRTC or another tab of this browser. */
  peers: z.number(),
  /** Connected peers whose version writes an older record form (they cannot read this one's) or a newer one. */
  peerVersions: z.object({ older: z.number(), newer: z.number() }).default({ older: 0, newer: 0 }),
  signalingConnected: z.boolean(),
  /** The invite's signaling addresses (y-webrtc servers, or Nostr relays as nostr+wss://). */
  signaling: z.array(z.string()).default([]),
  /** The invite's TURN servers and what each answered this session. */
  turn: z.array(z.object({ url: z.string(), state: turnStateSchema })).default([]),
  relayOnly: z.boolean().default(false),
  lastSync: z.number().nullable(),
  /** Records in the team's doc. */
  records: z.number(),
  /** Records of newcomers waiting for approval. */
  waiting: z.number(),
  /** Records dated ahead of this browser's clock, held until their time comes. */
  future: z.number().default(0),
  /** Records in a form newer than this version reads: held until the extension is updated. */
  newer: z.number().default(0),
  /** Records a removed member's key signed that the removal did not close in: held for the owner and admins (the first 50 listed). */
  held: z
    .object({
      count: z.number(),
      records: z.array(z.object({ key: z.string(), member: z.string(), kind: z.string(), time: z.number(), subject: z.string().nullable(), chat: z.string() })),
    })
    .default({ count: 0, records: [] }),
  /** Records refused (unsigned, forged, from a stranger or a removed member), and who they claimed to come from. */
  refused: z.number(),
  refusedFrom: z.array(z.string()),
  /** Deletions and rewrites of known records that were undone, and who they came from, where known. */
  undone: z.number(),
  undoneBy: z.array(z.string()),
  lastUndone: z.number().nullable(),
  retention: z.object({ months: z.number().nullable(), by: z.string(), at: z.number() }).nullable(),
  /** The regulation an owner or admin set for the team: which, who set it and when. */
  regulation: z.object({ id: z.string(), title: z.string(), school: z.string(), by: z.string(), at: z.number() }).nullable(),
});
export type TeamStatus = z.infer<typeof teamStatusSchema>;

/** The owner and admins decide for the team (approvals, retention, the regulation, held records). */
export const decides = (status: Pick<TeamStatus, 'me'>) => status.me.standing === 'owner' || status.me.standing === 'admin';

/** How long a new invite lasts, in days: the choices the team section offers. */
export const INVITE_DAY_CHOICES = [1, 7, 30] as const;

/** Decisions on the roster, asked of the sync host by the owner or an admin. */
export const rosterDecisionSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('approve'), id: memberIdSchema }),
  /** Removes a member (the team then moves to a new room), or refuses a request to join. */
  z.object({ op: z.literal('remove'), id: memberIdSchema }),
  z.object({ op: z.literal('role'), id: memberIdSchema, role: z.enum(['admin', 'member']) }),
  z.object({ op: z.literal('invite'), days: z.union([z.literal(1), z.literal(7), z.literal(30)]) }),
  z.object({ op: z.literal('withdraw'), id: z.string().min(1).max(100) }),
  /** The owner hands the team to another member. */
  z.object({ op: z.literal('owner'), id: memberIdSchema }),
  /** Takes in records held from a removed member, by their keys in the team's doc. */
  z.object({ op: z.literal('admit'), keys: z.array(z.string().min(1).max(100)).min(1).max(1000) }),
]);
export type RosterDecision = z.infer<typeof rosterDecisionSchema>;
