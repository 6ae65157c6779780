import type { ActionLog } from '../log/store';

/**
 * What the team's doc brought that was not let in: records that failed validation ('invalid'),
 * and deletions or rewrites of records already in the store, which were undone.
 */
export type IncidentKind = 'invalid' | 'deleted' | 'rewritten';

export interface Incident {
  seq?: number;
  team: string;
  time: number;
  kind: IncidentKind;
  count: number;
  /** The member whose session wrote it, when the doc says so (Yjs does not record who deletes). */
  member: string | null;
}

export interface IncidentSummary {
  invalid: number;
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
  const summary: IncidentSummary = { invalid: 0, undone: 0, undoneBy: [], lastUndone: null };
  for (const row of [...incidents].sort((a, b) => b.time - a.time)) {
    if (row.kind === 'invalid') {
      summary.invalid += row.count;
      continue;
    }
    summary.undone += row.count;
    summary.lastUndone ??= row.time;
    if (row.member && !summary.undoneBy.includes(row.member)) summary.undoneBy.push(row.member);
  }
  return summary;
}
