import type * as Y from 'yjs';
import { CHECKPOINT_MIN, checkpointSchema, keysBySigner, vouched, type Checkpoint } from './checkpoint';
import { checkpointsMap, recordsMap } from './doc';
import type { PublicIdentity } from './identity';
import type { RefusalReason } from './incidents';
import { standing, type Roster } from './roster';
import type { RosterReplica } from './roster-replica';
import { parseEnvelope, verifyNewer, verifyRecord, type Envelope } from './signed-record';
import { claimOf, filedOf, signerOf, type FiledParts, type NewerParts } from './wire-form';
import { chatKey } from '../chat-key';
import { subjectKey } from '../moderation/subject-id';

/** A change to the doc's records, read when it was observed. */
export interface Change {
  key: string;
  deleted: boolean;
  value: unknown;
}

/** What the check of one arriving record found; `signer` is set only when its signature holds. */
export interface Verdict {
  envelope?: Envelope;
  refused?: RefusalReason;
  waiting?: boolean;
  /** Signed by a removed member's key and not closed in by the removal: held for the owner and admins. */
  held?: boolean;
  /** Dated ahead of this member's clock by more than a clock can be off: held until its time comes. */
  future?: boolean;
  /** In a form a newer version writes, signed by a member: held until this member's extension is updated. */
  newer?: boolean;
  signer: string | null;
  /** The signer a refused record claims (so the refusal is looked at again if that id joins), when no envelope names it. */
  claimed?: string;
  /** Vouched for by its signer's checkpoint and filed unread (`fileVouched`): what the store files it under. */
  filed?: Filed;
}

/** Where the store files a record: its time, chat and participant. */
export interface Filed {
  time: number;
  chatKey: string;
  subjectKey: string | null;
}

/** How far ahead of the receiver's clock a record may be dated and still be counted at once. */
export const FUTURE_SLACK_MS = 5 * 60_000;

/** What a check reads besides the records: the roster, and the doc's checkpoints and other records. */
export interface CheckContext {
  roster: Roster;
  pending: ReadonlySet<string>;
  keyOf(id: string): PublicIdentity | undefined;
  /** A signer's checkpoint as the doc holds it (unchecked). */
  checkpointOf(by: string): unknown;
  /** The doc's record keys by signer, each list sorted (asked only when a checkpoint is tried). */
  keysBySigner(): Map<string, string[]>;
  valueOf(key: string): unknown;
  /** This batch's checkpoint claims, when whoever made the context has counted them already. */
  claims?: CheckpointClaim[];
  /** `valueOf` answers with the batch's own values (the worker's context is made from them). */
  holdsBatch?: boolean;
  /** What each of the batch's records is filed under (`filedOf`, by index), when whoever made the context has read it already. */
  filed?: Array<FiledParts | undefined>;
}

/** The check's context where the doc and the roster are at hand. */
export const docContext = (doc: Y.Doc, replica: RosterReplica): CheckContext => ({
  roster: replica.roster,
  pending: replica.pending,
  keyOf: (id) => replica.keyOf(id),
  checkpointOf: (by) => checkpointsMap(doc).get(by),
  keysBySigner: () => keysBySigner(recordsMap(doc)),
  valueOf: (key) => recordsMap(doc).get(key),
});

/**
 * Each arriving record is checked once, here: its shape, its signature (by the key the roster
 * or a request gives its signer, or its signer's checkpoint), then its signer's standing at the
 * record's time. A sender is named only when its signature holds: a claim is not an identity.
 * With `fileVouched` (a store that keeps records as their signed bytes and checks them where it
 * reads them), a record its signer's checkpoint vouches for is not decoded here: only what it is
 * filed under is read (`filedOf`), and its content is checked after it is stored (`checkStoredUnread`, arrival.ts).
 */
export async function checkRecords(replica: CheckContext, team: string, changes: Change[], now: number, fileVouched = false): Promise<Verdict[]> {
  const { roster, pending } = replica;
  // Checkpoints are hashed and their signatures checked off the main thread while the records are read.
  const vouching = vouch(replica, team, changes, replica.claims ?? checkpointClaims(replica, changes));
  const filedParts = fileVouched ? (replica.filed ?? filedPartsOf(changes)) : [];
  const [chatKeyOf, subjectKeyOf] = [madeOnce((site, id) => chatKey({ site, id })), madeOnce(subjectKey)];
  // Filing unread waits for the checkpoints: only what they vouch for is filed so.
  const vouchedFirst = fileVouched ? await vouching : null;
  // Records of a later form, by index: a member's signature over their bytes is all this version can check.
  const newer = new Map<number, NewerParts>();
  const verdicts = changes.map((change, i): Verdict => {
    if (change.deleted) return { signer: null };
    const parts = filedParts[i];
    if (parts && vouchedFirst?.has(change.key)) {
      const { by, time, chat, subject } = parts;
      return { signer: by, filed: { time, chatKey: chatKeyOf(chat.site, chat.id), subjectKey: subject === null ? null : subjectKeyOf(chat.site, subject) } };
    }
    const parsed = parseEnvelope(change.key, change.value);
    if (!parsed.ok && parsed.problem === 'newer') {
      if (!replica.keyOf(parsed.claimedBy)) return { refused: 'non-member', signer: null, claimed: parsed.claimedBy };
      newer.set(i, parsed.newer);
      return { signer: parsed.claimedBy };
    }
    if (!parsed.ok) return { refused: parsed.problem, signer: null };
    const { envelope } = parsed;
    return replica.keyOf(envelope.by) ? { envelope, signer: envelope.by } : { envelope, refused: 'non-member', signer: null };
  });
  const vouchedKeys = vouchedFirst ?? (await vouching);
  // Signatures are checked together (WebCrypto works on them off the main thread); vouched ones need none.
  const bad = new Array<boolean>(verdicts.length).fill(false);
  const checks: Array<Promise<void>> = [];
  verdicts.forEach((v, i) => {
    const later = newer.get(i);
    const good = later
      ? verifyNewer(later, team, changes[i].key, replica.keyOf(v.signer!)!)
      : v.envelope && !v.refused && !vouchedKeys.has(changes[i].key)
        ? verifyRecord(v.envelope, team, replica.keyOf(v.signer!)!)
        : null;
    if (good) checks.push(good.then((holds) => void (bad[i] = !holds)));
  });
  await Promise.all(checks);
  for (const [i, v] of verdicts.entries()) {
    const later = newer.get(i);
    if ((!v.envelope && !later && !v.filed) || v.refused) continue;
    if (bad[i]) Object.assign(v, { refused: 'forged', signer: null, claimed: later?.by });
    else {
      // A member's records count whatever they carry: a filed record's signature is read only for anyone else.
      const standingOf = roster.members.has(v.signer!) ? 'member' : standing(roster, pending, v.signer!, { id: changes[i].key, sig: later?.sig ?? v.envelope?.sig ?? claimOf(changes[i].value)?.sig ?? '' });
      if (standingOf === 'waiting') v.waiting = true;
      else if (standingOf === 'held') v.held = true;
      else if (standingOf !== 'member') v.refused = standingOf === 'removed' ? 'removed-member' : 'non-member';
      else if (later) v.newer = true;
      else if ((v.filed?.time ?? v.envelope!.record.time) > now + FUTURE_SLACK_MS) v.future = true;
    }
  }
  return verdicts;
}

/** What each change's record is filed under (`filedOf`); undefined for a deletion. */
export const filedPartsOf = (changes: Change[]): Array<FiledParts | undefined> => changes.map((c) => (c.deleted ? undefined : filedOf(c.value)));

/**
 * `make(a, b)`, made once for each pair: a school year's records name a few chats and a few hundred
 * participants, and one string for each (not one per record) is hashed once where the store groups by it.
 */
function madeOnce(make: (a: string, b: string) => string): (a: string, b: string) => string {
  const made = new Map<string, Map<string, string>>();
  return (a, b) => {
    let byB = made.get(a);
    if (!byB) made.set(a, (byB = new Map()));
    let text = byB.get(b);
    if (text === undefined) byB.set(b, (text = make(a, b)));
    return text;
  };
}

/**
 * Keys vouched for by their signer's checkpoint, for signers with many records in this batch
 * (a member receiving a school year): one signature and one hash each, instead of thousands.
 */
async function vouch(context: CheckContext, team: string, changes: Change[], claims: CheckpointClaim[]): Promise<Set<string>> {
  if (!claims.length) return new Set();
  // The values as this batch brought them (the doc may have moved on since), where the context's are not those already.
  const batch = context.holdsBatch ? null : new Map(changes.map((c) => [c.key, c.value]));
  const valueOf = batch ? (k: string) => (batch.has(k) ? batch.get(k) : context.valueOf(k)) : context.valueOf;
  const bySigner = context.keysBySigner();
  const covered = claims.map(({ by, checkpoint, key }) => vouched(checkpoint, team, key, bySigner.get(by) ?? [], valueOf));
  return new Set((await Promise.all(covered)).flatMap((keys) => keys ?? []));
}

/** A signer with many records in a batch, the checkpoint it signed, and the key to check it by. */
export interface CheckpointClaim {
  by: string;
  checkpoint: Checkpoint;
  key: PublicIdentity;
}

/** The signers with many records in this batch and a checkpoint of their own to try. */
export function checkpointClaims(context: Pick<CheckContext, 'checkpointOf' | 'keyOf'>, changes: Change[]): CheckpointClaim[] {
  const counts = new Map<string, number>();
  for (const c of changes) {
    const by = signerOf(c.value);
    if (by !== undefined) counts.set(by, (counts.get(by) ?? 0) + 1);
  }
  return claimsOf(context, counts);
}

/** The claims of signers with these many records in a batch (`checkpointClaims`, where the counts are known). */
export function claimsOf(context: Pick<CheckContext, 'checkpointOf' | 'keyOf'>, counts: Map<string, number>): CheckpointClaim[] {
  return [...counts].flatMap(([by, n]) => {
    const checkpoint = checkpointSchema.safeParse(context.checkpointOf(by));
    const key = context.keyOf(by);
    return n >= CHECKPOINT_MIN && checkpoint.success && checkpoint.data.by === by && key ? [{ by, checkpoint: checkpoint.data, key }] : [];
  });
}
