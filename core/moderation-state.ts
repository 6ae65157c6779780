import type { ModerationAction } from './actions';

export interface SubjectState {
  /** Violations since the last block (a served block starts the count again). */
  strikes: number;
  /** The block in force, if any. */
  activeBlock: Extract<ModerationAction, { kind: 'blocked' }> | null;
}

/** A participant's standing in one chat, derived from their history there, in time order. */
export function subjectState(history: ModerationAction[], now: number): SubjectState {
  let strikes = 0;
  let activeBlock: SubjectState['activeBlock'] = null;
  for (const action of [...history].sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : 1))) {
    if (action.kind === 'violation') strikes++;
    else if (action.kind === 'blocked') {
      strikes = 0;
      activeBlock = action;
    } else if (action.kind === 'unblocked' || action.kind === 'block-expired') activeBlock = null;
  }
  if (activeBlock && activeBlock.until <= now) activeBlock = null;
  return { strikes, activeBlock };
}
