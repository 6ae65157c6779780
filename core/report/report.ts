import { authorOf } from '../log/store';
import type { ActionKind, ModerationAction } from '../moderation/actions';
import type { ChatKind } from '../regulation/profile';
import type { Provenance } from '../log/store';
import { previousPeriod, weeksOf, type Period } from './period';

export type ReportRow = ModerationAction & Partial<Provenance> & { chatKey: string };

/** What a week, or a period, holds of what a director follows. */
export interface Counts {
  violations: number;
  blocks: number;
  /** Records made from a watched participant's message (a violation or reminder with its message id). */
  watched: number;
  /** Flagged messages a moderator found to be false alarms. */
  dismissed: number;
}

export interface Bar {
  label: string;
  count: number;
}

export interface ReportBlock {
  id: string;
  time: number;
  until: number;
  participant: string;
  chat: string;
  clauses: string[];
  /** Free text a moderator wrote: left out of the version without names, as it may name anyone. */
  reason: string | null;
  authorisation: string | null;
  evidence: string | null;
}

export interface Report {
  period: Period;
  previous: Period;
  total: number;
  sources: { own: number; team: number; imported: number };
  weeks: Array<{ start: number } & Counts>;
  byKind: Array<{ kind: ActionKind; count: number }>;
  /** Violations and blocks, by chat. */
  byChat: Bar[];
  /** Violations and blocks, by the clause they rest on. */
  byClause: Bar[];
  byActor: Bar[];
  current: Counts;
  before: Counts;
  blocks: ReportBlock[];
}

/** How the version without names calls people and chats: words in the user's language. */
export interface Anonymous {
  participant(n: number): string;
  moderator(n: number): string;
  chat(n: number, kind: ChatKind | null): string;
}

export interface ReportOptions {
  /** Counts only, for sharing outside the school (152-ФЗ): no name, excerpt, free text or chat title. */
  nameless: Anonymous | null;
  chatKinds: Record<string, ChatKind>;
}

const empty = (): Counts => ({ violations: 0, blocks: 0, watched: 0, dismissed: 0 });

function add(counts: Counts, row: ReportRow): void {
  if (row.kind === 'violation') counts.violations++;
  else if (row.kind === 'blocked') counts.blocks++;
  else if (row.kind === 'flag-dismissed') counts.dismissed++;
  if (row.messageId && row.kind !== 'flag-dismissed') counts.watched++;
}

const tally = (labels: string[]): Bar[] => {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
};

/** Numbers people, chats and moderators in order of first appearance, so the same one is always «участник 3». */
function numbering() {
  const seen = new Map<string, number>();
  return (key: string) => {
    if (!seen.has(key)) seen.set(key, seen.size + 1);
    return seen.get(key)!;
  };
}

/**
 * The director's report over a period from the one record store: totals, the weeks, where and
 * under which clauses, who recorded, the period against the one before, and the blocks. `rows`
 * must cover the previous period too.
 */
export function buildReport(rows: ReportRow[], period: Period, options: ReportOptions): Report {
  const previous = previousPeriod(period);
  const inPeriod = rows.filter((r) => r.time >= period.from && r.time < period.to).sort((a, b) => a.time - b.time);
  const before = empty();
  for (const r of rows) if (r.time >= previous.from && r.time < previous.to) add(before, r);

  const { nameless } = options;
  const participantNo = numbering();
  const chatNo = numbering();
  const actorNo = numbering();
  const participant = (r: ReportRow) => (nameless ? nameless.participant(participantNo(r.subject?.id ?? '')) : (r.subject?.name ?? ''));
  const chat = (r: ReportRow) => (nameless ? nameless.chat(chatNo(r.chatKey), options.chatKinds[r.chatKey] ?? null) : r.chat.title || r.chat.id);
  const actor = (r: ReportRow) => (nameless ? nameless.moderator(actorNo(authorOf(r))) : authorOf(r));

  const starts = weeksOf(period);
  const weeks = starts.map((start) => ({ start, ...empty() }));
  const current = empty();
  for (const r of inPeriod) {
    add(current, r);
    let w = starts.length - 1;
    while (w > 0 && starts[w] > r.time) w--;
    add(weeks[w], r);
  }
  const counted = inPeriod.filter((r) => r.kind === 'violation' || r.kind === 'blocked');
  const kinds = tally(inPeriod.map((r) => r.kind));
  return {
    period,
    previous,
    total: inPeriod.length,
    sources: {
      own: inPeriod.filter((r) => r.source === 'own' || r.source === undefined).length,
      team: inPeriod.filter((r) => r.source === 'team' || r.source === 'team-file').length,
      imported: inPeriod.filter((r) => r.source === 'import').length,
    },
    weeks,
    byKind: kinds.map(({ label, count }) => ({ kind: label as ActionKind, count })),
    byChat: tally(counted.map(chat)),
    byClause: tally(counted.flatMap((r) => (r.clauses.length ? r.clauses : ['—']))),
    byActor: tally(inPeriod.map(actor)),
    current,
    before,
    blocks: inPeriod.flatMap((r) =>
      r.kind === 'blocked'
        ? [{
            id: r.id,
            time: r.time,
            until: r.until,
            participant: participant(r),
            chat: chat(r),
            clauses: r.clauses,
            reason: nameless ? null : r.reason,
            authorisation: nameless ? null : (r.directorAuthorisation ?? null),
            evidence: nameless ? null : (r.evidence ?? null),
          }]
        : [],
    ),
  };
}
