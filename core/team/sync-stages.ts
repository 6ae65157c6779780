/**
 * Where a member's sync spends its time, as performance marks (the bench reads them from the sync
 * host and prints the breakdown; nothing else does). Each keeps only its latest mark.
 */
export const SYNC_STAGES = ['open', 'loaded', 'ready', 'signaling', 'peer', 'message', 'applied', 'checked', 'stored'] as const;
export type SyncStage = (typeof SYNC_STAGES)[number];
export const SYNC_MARK = 'steward-sync:';

export function markStage(stage: SyncStage): void {
  performance.clearMarks(SYNC_MARK + stage);
  performance.mark(SYNC_MARK + stage);
}
