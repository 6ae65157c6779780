import { describeIssue, type Lang } from '../errors';
import { zodErrors } from '../zod-lang';
import { fastActionSchema } from '../moderation/fast-action-schema';
import { IMPORTED, saveRows, toRow, type ActionLog, type LogRow } from './store';

export interface ImportReport {
  added: number;
  duplicates: number;
  refused: Array<{ index: number; problem: string }>;
}

/** Adds every valid record of a JSON log file not already in the store (by id); says what it refused and why, in `lang`. */
export async function importActions(log: ActionLog, records: unknown[], lang: Lang = 'ru'): Promise<ImportReport> {
  const refused: ImportReport['refused'] = [];
  const rows: LogRow[] = [];
  records.forEach((record, index) => {
    const parsed = fastActionSchema.safeParse(record, zodErrors(lang));
    if (parsed.success) rows.push(toRow(parsed.data, IMPORTED));
    else refused.push({ index, problem: describeIssue(parsed.error, lang).text });
  });
  const added = (await saveRows(log, rows)).length;
  return { added, duplicates: rows.length - added, refused };
}
