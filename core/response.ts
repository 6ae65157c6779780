import type { ChatKind, RegulationProfile } from './regulation/profile';
import type { ChatNote, ParticipantSummary } from './moderation/participants';
import type { CitedDecision } from './moderation/policy';
import type { SavedDraft } from './quiet-hours/drafts';
import type { Settings } from './settings';
import type { LearnedBySite } from './page-messages/learned';
import type { Hit } from './content-check/hits';
import type { Citation } from './quiet-hours/windows';
import type { Reviewed } from './log/overview';
import type { PostFlags } from './watch/post-flags';
import type { TeamShared } from './team/shared';

/**
 * What a messenger tab needs from the extension's storage, read and validated by the background:
 * the content script runs in the messenger's renderer and carries no validator of its own.
 */
export interface TabState {
  settings: Settings;
  drafts: SavedDraft[];
  chatKinds: Record<string, ChatKind>;
  collapsed: boolean;
  /** The regulation in use; profiles stay out of the content script's bundle. */
  profile: RegulationProfile | null;
  /** Message selectors the user taught where the built-in ones found nothing. */
  learned: LearnedBySite;
  /** The team's signed settings (shared selectors, allowlist); null outside a team. */
  team: TeamShared | null;
}

/** What the content check found in a message about to be sent, and the clauses it cites. */
export interface ContentVerdict {
  hits: Hit[];
  language: Citation;
  personalData: Citation;
}

/**
 * The background's answer. Its values were validated where they entered (storage reads, requests,
 * peers' records), so an asker inside the extension takes them as typed; pages check `value`.
 */
export type Response =
  | {
      ok: true;
      id?: string;
      state?: TabState;
      decision?: CitedDecision;
      check?: ContentVerdict;
      participants?: ParticipantSummary[];
      notes?: ChatNote[];
      reviewed?: Reviewed[];
      /** What watching the chat found in the participants' messages sent to be checked. */
      flags?: PostFlags[];
      /** Whatever else a request returns (team status, a file…), checked by the asker. */
      value?: unknown;
    }
  | { ok: false; error: string };

/** An answer at all: undefined when nothing listened (the background was restarting). */
export const isResponse = (reply: unknown): reply is Response =>
  typeof reply === 'object' && reply !== null && typeof (reply as { ok?: unknown }).ok === 'boolean';

/** Prefix of a refused request's error whose rest is the problem in the user's words. */
export const INVALID_PREFIX = 'invalid: ';
