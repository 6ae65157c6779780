import Dexie, { type EntityTable } from 'dexie';
import { chatKey, moderationActionSchema, subjectKey, type ModerationAction } from '../moderation/actions';

/** A log row: the action as validated, plus the keys it is found by. */
export type LogRow = ModerationAction & { chatKey: string; subjectKey: string | null };

export const LOG_DB_NAME = 'chat-steward-log';

/**
 * The moderator's action log, in the extension's own IndexedDB.
 * v1 indexed actions by time, kind and chat; v2 adds the participant key, so that a participant's
 * history is one index range rather than a scan.
 */
export class ActionLog extends Dexie {
  actions!: EntityTable<LogRow, 'id'>;

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
  }
}

export function toRow(action: ModerationAction): LogRow {
  return { ...action, chatKey: chatKey(action.chat), subjectKey: action.subject ? subjectKey(action.chat.site, action.subject.id) : null };
}

/** The row without its index keys, checked against the schema (rows from older versions or imports may not pass). */
export function fromRow(row: LogRow): ModerationAction | null {
  const { chatKey: _c, subjectKey: _s, ...action } = row;
  const parsed = moderationActionSchema.safeParse(action);
  return parsed.success ? parsed.data : null;
}

/** The rows that still pass the schema, as actions. */
export function validActions(rows: LogRow[]): ModerationAction[] {
  return rows.map(fromRow).filter((a): a is ModerationAction => a !== null);
}

export async function addAction(log: ActionLog, action: ModerationAction): Promise<void> {
  await log.actions.add(toRow(moderationActionSchema.parse(action)));
}

/** A participant's actions in one chat, oldest first. */
export async function historyOf(log: ActionLog, chat: { site: string; id: string }, subjectId: string): Promise<ModerationAction[]> {
  const key = chatKey(chat);
  const rows = await log.actions
    .where('[subjectKey+time]')
    .between([subjectKey(chat.site, subjectId), Dexie.minKey], [subjectKey(chat.site, subjectId), Dexie.maxKey])
    .filter((r) => r.chatKey === key)
    .toArray();
  return validActions(rows);
}

/** Every action about a participant of a messenger, newest first. */
export function byParticipant(log: ActionLog, site: string, subjectId: string) {
  return log.actions.where('[subjectKey+time]').between([subjectKey(site, subjectId), Dexie.minKey], [subjectKey(site, subjectId), Dexie.maxKey]).reverse();
}

export interface ImportReport {
  added: number;
  duplicates: number;
  refused: Array<{ index: number; problem: string }>;
}

/** Adds every valid record not already in the log (by id); says what it refused and why. */
export async function importActions(log: ActionLog, records: unknown[]): Promise<ImportReport> {
  const report: ImportReport = { added: 0, duplicates: 0, refused: [] };
  const valid: ModerationAction[] = [];
  records.forEach((record, index) => {
    const parsed = moderationActionSchema.safeParse(record);
    if (parsed.success) valid.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      report.refused.push({ index, problem: `${issue.path.join('.') || 'запись'}: ${issue.message}` });
    }
  });
  const existing = new Set((await log.actions.bulkGet(valid.map((a) => a.id))).filter(Boolean).map((r) => r!.id));
  const fresh = valid.filter((a, i) => !existing.has(a.id) && valid.findIndex((b) => b.id === a.id) === i);
  report.duplicates = valid.length - fresh.length;
  await log.actions.bulkAdd(fresh.map(toRow));
  report.added = fresh.length;
  return report;
}

/** Retention: removes entries older than `months` months before `now`; returns how many. */
export function deleteOlderThan(log: ActionLog, cutoff: number): Promise<number> {
  return log.actions.where('time').below(cutoff).delete();
}
