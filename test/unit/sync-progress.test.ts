import { describe, expect, it } from 'vitest';
import { STALE_PROGRESS_MS, syncUnderWay } from '@/core/team/sync-progress';

describe('the progress a tab reads from storage', () => {
  it('shows a sync under way and nothing for a finished, stale or malformed one', () => {
    const now = 1_000_000;
    expect(syncUnderWay({ done: 12_000, total: 22_000, at: now - 100 }, now)).toEqual({ done: 12_000, total: 22_000, at: now - 100 });
    for (const value of [
      null,
      undefined,
      'progress',
      { done: 22_000, total: 22_000, at: now },
      { done: 1, total: 2, at: now - STALE_PROGRESS_MS - 1 },
      { done: -1, total: 2, at: now },
      { done: '1', total: 2, at: now },
      { done: 1, total: Infinity, at: now },
      { done: Number.NaN, total: 2, at: now },
    ]) expect(syncUnderWay(value, now)).toBeNull();
  });
});
