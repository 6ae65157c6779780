import type { ModerationAction } from './actions';
import { subjectFromName } from './subject-id';

export interface SubjectState {
  /** Violations since the last block (a served block starts the count again). */
  strikes: number;
  /** The block in force, if any. */
  activeBlock: Extract<ModerationAction, { kind: 'blocked' }> | null;
  /** Who objects, on record, to lifting the block in force early (in the order they objected). */
  objectors: string[];
}

/** The same person however the name was capitalised, as for participants. */
const objectorKey = (name: string) => subjectFromName(name).id;

/** A participant's standing in one chat, derived from their history there, in time order. */
export function subjectState(history: ModerationAction[], now: number): SubjectState {
  let strikes = 0;
  let activeBlock: SubjectState['activeBlock'] = null;
  // Objections belong to one block: a new block, an unblock or expiry clears them.
  const objectors = new Map<string, string>();
  for (const action of [...history].sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : 1))) {
    switch (action.kind) {
      case 'violation':
        strikes++;
        break;
      case 'blocked':
        strikes = 0;
        activeBlock = action;
        objectors.clear();
        break;
      case 'unblocked':
      case 'block-expired':
        activeBlock = null;
        objectors.clear();
        break;
      case 'objection':
        if (activeBlock) objectors.set(objectorKey(action.objector), action.objector.trim());
        break;
      case 'objection-withdrawn':
        objectors.delete(objectorKey(action.objector));
        break;
    }
  }
  if (activeBlock && activeBlock.until <= now) return { strikes, activeBlock: null, objectors: [] };
  return { strikes, activeBlock, objectors: [...objectors.values()] };
}

/** Whether `objector` has an objection on record against the block in force. */
export const objects = (state: SubjectState, objector: string) => state.objectors.some((o) => objectorKey(o) === objectorKey(objector));
