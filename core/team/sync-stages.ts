/**
 * Where a member's sync spends its time, as performance marks (the bench reads them from the sync
 * host and prints the breakdown; nothing else does). Each keeps only its latest mark.
 */
export const SYNC_STAGES = ['open', 'loaded', 'ready', 'signaling', 'peer', 'message', 'applied', 'checked', 'stored'] as const;
export type SyncStage = (typeof SYNC_STAGES)[number];
export const SYNC_MARK = 'steward-sync:';

/** Marks a stage now, or at `at` (epoch ms) when it was reached elsewhere (a worker). */
export function markStage(stage: SyncStage, at?: number): void {
  performance.clearMarks(SYNC_MARK + stage);
  performance.mark(SYNC_MARK + stage, at === undefined ? undefined : { startTime: at - performance.timeOrigin });
}

/** The stages marked here, as epoch ms: a worker hands them to the sync host. */
export const markedStages = (): Array<[SyncStage, number]> =>
  SYNC_STAGES.flatMap((stage) => performance.getEntriesByName(SYNC_MARK + stage).map((m) => [stage, performance.timeOrigin + m.startTime] as [SyncStage, number]));
