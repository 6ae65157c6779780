/** How far a long sync is: `done` of `total` arriving records checked and stored, as of `at`. */
export interface SyncProgress {
  done: number;
  total: number;
  at: number;
}

/** A sync whose host went away mid-way tells nothing more: after this long its progress is not shown. */
export const STALE_PROGRESS_MS = 30_000;

const count = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

/** The sync under way, from what storage holds (checked here: the tab has no schema library), or null. */
export function syncUnderWay(value: unknown, now: number): SyncProgress | null {
  const { done, total, at } = (value ?? {}) as Partial<Record<keyof SyncProgress, unknown>>;
  if (!count(done) || !count(total) || !count(at) || done >= total || now - at > STALE_PROGRESS_MS) return null;
  return { done, total, at };
}
