import { CATEGORY_RU } from '../content-check/hits';
import { FINDING_RU } from '../watch/categories';
import Papa from 'papaparse';
import type { ActionKind, ModerationAction } from '../moderation/actions';
import { authorOf, type LogRow } from './store';

export type KindLabel = (kind: ActionKind) => string;

/**
 * A cell a spreadsheet would run as a formula: = + - @ (also their full-width forms), tab or CR
 * first. Chat titles and names come from other people, so such a cell is written as text ('=…).
 */
const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** The kind-specific part of an action, as one line of text. */
export function details(a: ModerationAction, formatTime: (t: number) => string): string {
  switch (a.kind) {
    case 'blocked':
      return [`до ${formatTime(a.until)}`, a.directorAuthorisation && `решение директора: ${a.directorAuthorisation}`].filter(Boolean).join('; ');
    case 'unblocked':
      return `извинения: ${a.apology ? 'да' : 'нет'}; возражения: ${a.objections ? 'да' : 'нет'}`;
    case 'objection':
    case 'objection-withdrawn':
      return `возражает: ${a.objector}`;
    case 'removed':
      return [a.leaver === 'employee' ? 'уволившийся работник' : 'выбывший обучающийся', ...a.parents.map((p) => `родитель: ${p.name}`)].join('; ');
    case 'note':
      return a.text;
    case 'quiet-hours-override':
      return `часовой пояс ${a.timeZone}`;
    case 'content-override':
      return `найдено: ${a.categories.map((c) => CATEGORY_RU[c]).join(', ')}`;
    case 'flag-dismissed':
      return `ложная тревога: ${a.findings.map((c) => FINDING_RU[c]).join(', ')}`;
    default:
      return '';
  }
}

export interface CsvLabels {
  kind: KindLabel;
  time(t: number): string;
  /** Where a row came from (this moderator, a co-moderator, a file). */
  source(row: LogRow): string;
}

/** CSV that Russian Excel opens as it is: UTF-8 with a BOM, ";" between fields, CRLF lines (papaparse quotes and defuses). */
export function toCsv(rows: LogRow[], labels: CsvLabels): string {
  const { kind: label, time: formatTime } = labels;
  const header = ['Время', 'Действие', 'Чат', 'Участник', 'Пункты', 'Причина', 'Сообщение', 'Подробности', 'Кто записал', 'Откуда', 'id'];
  const lines = rows.map((a) => [
    formatTime(a.time),
    label(a.kind),
    a.chat.title || a.chat.id,
    a.subject?.name ?? '',
    a.clauses.join(', '),
    'reason' in a ? (a.reason ?? '') : '',
    a.evidence ?? '',
    details(a, formatTime),
    authorOf(a),
    labels.source(a),
    a.id,
  ]);
  return '\uFEFF' + Papa.unparse({ fields: header, data: lines }, { delimiter: ';', newline: '\r\n', escapeFormulae: FORMULA }) + '\r\n';
}
