import type { ActionLog } from '../log/store';

/**
 * What the team's doc brought that was not let in: records refused ('invalid' shape, 'unsigned',
 * 'forged' signature, signed by a 'non-member', or by a 'removed-member' after the removal), and
 * deletions or rewrites of records or roster entries already held, which were undone.
 */
export type RefusalReason = 'invalid' | 'unsigned' | 'forged' | 'non-member' | 'removed-member';
export type IncidentKind = RefusalReason | 'deleted' | 'rewritten';

export interface Incident {
  seq?: number;
  team: string;
  time: number;
  kind: IncidentKind;
  count: number;
  /** What is known of the sender: the name its signer id goes by in the roster or a request. */
  member: string | null;
}

/** A refused record, by team and key: checked once, looked at again only when its signer's standing changes. */
export interface Refusal {
  key: string;
  team: string;
  /** The signer id the record claims ('' when it claims none). */
  signer: string;
  reason: RefusalReason;
}

export const refusalKey = (team: string, recordKey: string) => `${team}|${recordKey}`;

export interface IncidentSummary {
  refused: number;
  /** Who refused records claim to come from, where known, most recent first. */
  refusedFrom: string[];
  undone: number;
  /** Who the undone attempts came from, where known, most recent first. */
  undoneBy: string[];
  lastUndone: number | null;
}

export async function recordIncidents(log: ActionLog, incidents: Incident[]): Promise<void> {
  if (incidents.length) await log.incidents.bulkAdd(incidents);
}

export async function incidentSummary(log: ActionLog, team: string): Promise<IncidentSummary> {
  return summariseIncidents(await log.incidents.where('team').equals(team).toArray());
}

export function summariseIncidents(incidents: Incident[]): IncidentSummary {
  const summary: IncidentSummary = { refused: 0, refusedFrom: [], undone: 0, undoneBy: [], lastUndone: null };
  for (const row of [...incidents].sort((a, b) => b.time - a.time)) {
    const undone = row.kind === 'deleted' || row.kind === 'rewritten';
    const names = undone ? summary.undoneBy : summary.refusedFrom;
    if (undone) {
      summary.undone += row.count;
      summary.lastUndone ??= row.time;
    } else summary.refused += row.count;
    if (row.member && !names.includes(row.member)) names.push(row.member);
  }
  return summary;
}
