import { moderationActionSchema } from '../moderation/actions';
import { IMPORTED, saveRows, toRow, type ActionLog, type LogRow } from './store';

export interface ImportReport {
  added: number;
  duplicates: number;
  refused: Array<{ index: number; problem: string }>;
}

/** Adds every valid record of a JSON log file not already in the store (by id); says what it refused and why. */
export async function importActions(log: ActionLog, records: unknown[]): Promise<ImportReport> {
  const refused: ImportReport['refused'] = [];
  const rows: LogRow[] = [];
  records.forEach((record, index) => {
    const parsed = moderationActionSchema.safeParse(record);
    if (parsed.success) rows.push(toRow(parsed.data, IMPORTED));
    else {
      const issue = parsed.error.issues[0];
      refused.push({ index, problem: `${issue.path.join('.') || 'запись'}: ${issue.message}` });
    }
  });
  const added = (await saveRows(log, rows)).length;
  return { added, duplicates: rows.length - added, refused };
}
