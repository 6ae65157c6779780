import Dexie, { type EntityTable } from 'dexie';
import { chatKey, moderationActionSchema, subjectKey, type ModerationAction } from '../moderation/actions';
import type { ChatOverviewRow } from './overview';
import type { Incident } from '../team/incidents';

/**
 * Where a record came from: this moderator ('own'), a co-moderator over sync ('team'), a
 * co-moderator's encrypted team file ('team-file'), or a JSON log file ('import').
 */
export type Source = 'own' | 'team' | 'team-file' | 'import';

export interface Provenance {
  source: Source;
  /** The co-moderator who wrote it, when the team doc says so. */
  member: string | null;
  /** The team (room) it arrived from; null for own and imported records. */
  team: string | null;
}

export const OWN: Provenance = { source: 'own', member: null, team: null };
export const IMPORTED: Provenance = { source: 'import', member: null, team: null };

/** A log row: the action as validated on arrival, where it came from, and the keys it is found by. */
export type LogRow = ModerationAction & Provenance & { chatKey: string; subjectKey: string | null };

export const LOG_DB_NAME = 'chat-steward-log';

/**
 * The one local store of records, in the extension's own IndexedDB: the moderator's own actions
 * and everything that arrived from the team, each validated once when it arrived. Every view
 * (panel, policy, log page, export, report) reads here; the team's Y.Doc only syncs.
 * v1 indexed by time, kind and chat; v2 added the participant key; v3 adds provenance, drops
 * the indexes no query used (each index slows every write), caches each chat's overview for the
 * panel and keeps the team's incidents (records refused or tampered with).
 */
export class ActionLog extends Dexie {
  actions!: EntityTable<LogRow, 'id'>;
  overviews!: EntityTable<ChatOverviewRow, 'chatKey'>;
  incidents!: EntityTable<Incident, 'seq'>;

  constructor(name = LOG_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ actions: '&id, time, kind, chatKey' });
    this.version(2)
      .stores({ actions: '&id, time, kind, chatKey, subjectKey, [subjectKey+time]' })
      .upgrade((tx) =>
        tx
          .table('actions')
          .toCollection()
          .modify((row: LogRow) => {
            row.subjectKey = row.subject ? subjectKey(row.chat.site, row.subject.id) : null;
          }),
      );
    this.version(3)
      .stores({ actions: '&id, time, [chatKey+time], [subjectKey+time]', overviews: '&chatKey', incidents: '++seq, team' })
      .upgrade((tx) => tx.table('actions').toCollection().modify((row: LogRow) => Object.assign(row, row.source ? {} : OWN)));
  }
}

export function toRow(action: ModerationAction, from: Provenance): LogRow {
  return {
    ...action,
    source: from.source,
    member: from.member,
    team: from.team,
    chatKey: chatKey(action.chat),
    subjectKey: action.subject ? subjectKey(action.chat.site, action.subject.id) : null,
  };
}

/** The action without its store fields (rows were validated when they were written). */
export function fromRow(row: LogRow): ModerationAction {
  const { chatKey: _c, subjectKey: _s, source: _o, member: _m, team: _t, ...action } = row;
  return action as ModerationAction;
}

export const provenanceOf = ({ source, member, team }: LogRow): Provenance => ({ source, member, team });

/** Every key range of one chat, or one participant, in time order. */
const chatRange = (key: string) => [[key, Dexie.minKey], [key, Dexie.maxKey]] as const;

/**
 * Writes validated rows whose ids are not in the store yet, in one transaction, and drops the
 * cached overviews of the chats they touch. Returns the ids that were new. (Ids already there are
 * refused by the primary key rather than looked up first: each IndexedDB request costs.)
 */
export async function saveRows(log: ActionLog, rows: LogRow[]): Promise<string[]> {
  const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
  if (!unique.length) return [];
  return log.transaction('rw', log.actions, log.overviews, async () => {
    let refused: Record<number, unknown> = {};
    await log.actions.bulkAdd(unique).catch(Dexie.BulkError, (error) => {
      refused = error.failuresByPos;
    });
    const added = unique.filter((_, i) => !(i in refused));
    await log.overviews.bulkDelete([...new Set(added.map((r) => r.chatKey))]);
    return added.map((r) => r.id);
  });
}

/** Records one of this moderator's actions; an id already present is refused. */
export async function addAction(log: ActionLog, action: ModerationAction, from: Provenance = OWN): Promise<void> {
  const row = toRow(moderationActionSchema.parse(action), from);
  if (!(await saveRows(log, [row])).length) throw new Error(`record ${action.id} is already in the log`);
}

/** Removes rows (a peer's retention, erase), dropping the overviews they were part of. */
export async function deleteRows(log: ActionLog, ids: string[]): Promise<void> {
  await log.transaction('rw', log.actions, log.overviews, async () => {
    const rows = (await log.actions.bulkGet(ids)).filter((r): r is LogRow => !!r);
    await log.actions.bulkDelete(rows.map((r) => r.id));
    await log.overviews.bulkDelete([...new Set(rows.map((r) => r.chatKey))]);
  });
}

/** A participant's actions in one chat, oldest first: own and the team's. */
export async function historyOf(log: ActionLog, chat: { site: string; id: string }, subjectId: string): Promise<ModerationAction[]> {
  const key = chatKey(chat);
  const rows = await log.actions
    .where('[subjectKey+time]')
    .between(...chatRange(subjectKey(chat.site, subjectId)))
    .filter((r) => r.chatKey === key)
    .toArray();
  return rows.map(fromRow);
}

/** Every row of one chat, oldest first. */
export function chatRows(log: ActionLog, key: string) {
  return log.actions.where('[chatKey+time]').between(...chatRange(key));
}

/** Every action about a participant of a messenger, newest first. */
export function byParticipant(log: ActionLog, site: string, subjectId: string) {
  return log.actions.where('[subjectKey+time]').between(...chatRange(subjectKey(site, subjectId))).reverse();
}

/** Retention: removes entries older than `cutoff`; returns how many. */
export async function deleteOlderThan(log: ActionLog, cutoff: number): Promise<number> {
  return log.transaction('rw', log.actions, log.overviews, async () => {
    const removed = await log.actions.where('time').below(cutoff).delete();
    // Which chats they were in is unknown without reading them: the cache refills on demand.
    if (removed) await log.overviews.clear();
    return removed;
  });
}

/** Erases every record and cached view (the team's incidents too). */
export async function eraseAll(log: ActionLog): Promise<void> {
  await log.transaction('rw', log.actions, log.overviews, log.incidents, async () => {
    await Promise.all([log.actions.clear(), log.overviews.clear(), log.incidents.clear()]);
  });
}
