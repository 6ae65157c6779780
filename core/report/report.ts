import { authorOf } from '../log/store';
import type { ActionKind, ModerationAction } from '../moderation/actions';
import type { ChatKind } from '../regulation/profile';
import type { Provenance, Source } from '../log/store';
import { previousPeriod, weeksOf, type Period } from './period';

export type ReportRow = ModerationAction & Partial<Provenance> & { chatKey: string };
type BlockRow = Extract<ReportRow, { kind: 'blocked' }>;

/** What the report reads of a record: made from its row (entryOf), or kept in its page's digest (see digest.ts). */
export interface ReportEntry {
  time: number;
  kind: ActionKind;
  /** Made from a watched participant's message (the record has the message's id). */
  watched: boolean;
  source: Source | undefined;
  /** Who recorded it, as every view names them (authorOf). */
  author: string;
  chatKey: string;
  /** The chat's title, else its id. */
  chatLabel: string;
  clauses: string[];
  /** A block's whole record: the report lists each block. */
  block?: BlockRow;
}

export const entryOf = (row: ReportRow): ReportEntry => ({
  time: row.time,
  kind: row.kind,
  watched: !!row.messageId,
  source: row.source,
  author: authorOf(row),
  chatKey: row.chatKey,
  chatLabel: row.chat.title || row.chat.id,
  clauses: row.clauses,
  ...(row.kind === 'blocked' ? { block: row } : {}),
});

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

function add(counts: Counts, entry: ReportEntry): void {
  if (entry.kind === 'violation') counts.violations++;
  else if (entry.kind === 'blocked') counts.blocks++;
  else if (entry.kind === 'flag-dismissed') counts.dismissed++;
  if (entry.watched && entry.kind !== 'flag-dismissed') counts.watched++;
}

/** Counts labels as they come; `bars` gives them largest first. */
function tally() {
  const counts = new Map<string, number>();
  return {
    add: (label: string) => void counts.set(label, (counts.get(label) ?? 0) + 1),
    bars: (): Bar[] => [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
  };
}

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
 * under which clauses, who recorded, the period against the one before, and the blocks. `entries`
 * must cover the previous period too.
 */
export function buildReport(entries: ReportEntry[], period: Period, options: ReportOptions): Report {
  const previous = previousPeriod(period);
  const inPeriod = entries.filter((r) => r.time >= period.from && r.time < period.to).sort((a, b) => a.time - b.time);
  const before = empty();
  for (const r of entries) if (r.time >= previous.from && r.time < previous.to) add(before, r);

  const { nameless } = options;
  const participantNo = numbering();
  const chatNo = numbering();
  const actorNo = numbering();
  const participant = (r: BlockRow) => (nameless ? nameless.participant(participantNo(r.subject?.id ?? '')) : (r.subject?.name ?? ''));
  const chat = (r: ReportEntry) => (nameless ? nameless.chat(chatNo(r.chatKey), options.chatKinds[r.chatKey] ?? null) : r.chatLabel);
  const actor = (r: ReportEntry) => (nameless ? nameless.moderator(actorNo(r.author)) : r.author);

  const starts = weeksOf(period);
  const weeks = starts.map((start) => ({ start, ...empty() }));
  const current = empty();
  const sources = { own: 0, team: 0, imported: 0 };
  const [kinds, byChat, byClause, byActor] = [tally(), tally(), tally(), tally()];
  const blocks: ReportBlock[] = [];
  // One pass in order of time (a cold page runs each pass over a year's records slowly): each
  // entry's week is the one before's or a later one, and people, chats and moderators are
  // numbered as they first appear.
  let w = 0;
  for (const r of inPeriod) {
    add(current, r);
    while (w + 1 < starts.length && starts[w + 1] <= r.time) w++;
    add(weeks[w], r);
    if (r.source === 'team' || r.source === 'team-file') sources.team++;
    else if (r.source === 'import') sources.imported++;
    else sources.own++;
    kinds.add(r.kind);
    if (r.kind === 'violation' || r.kind === 'blocked') {
      byChat.add(chat(r));
      for (const clause of r.clauses.length ? r.clauses : ['—']) byClause.add(clause);
    }
    byActor.add(actor(r));
    const { block } = r;
    if (block)
      blocks.push({
        id: block.id,
        time: block.time,
        until: block.until,
        participant: participant(block),
        chat: chat(r),
        clauses: block.clauses,
        reason: nameless ? null : block.reason,
        authorisation: nameless ? null : (block.directorAuthorisation ?? null),
        evidence: nameless ? null : (block.evidence ?? null),
      });
  }
  return {
    period,
    previous,
    total: inPeriod.length,
    sources,
    weeks,
    byKind: kinds.bars().map(({ label, count }) => ({ kind: label as ActionKind, count })),
    byChat: byChat.bars(),
    byClause: byClause.bars(),
    byActor: byActor.bars(),
    current,
    before,
    blocks,
  };
}
