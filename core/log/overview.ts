import { recentNotes, summarise, type ChatNote, type ParticipantSummary } from '../moderation/participants';
import { asSeen, chatRows, type ActionLog } from './store';
import type { ModerationAction } from '../moderation/actions';

export const NOTES_IN_PANEL = 5;

/** What the panel shows for a chat, cached per chat until a record of that chat is written. */
export interface ChatOverviewRow {
  chatKey: string;
  /** Summaries with every block as if in force: expiry depends on the time of reading. */
  participants: ParticipantSummary[];
  notes: ChatNote[];
  /** Flagged messages someone in the team handled or dismissed. */
  reviewed: Reviewed[];
}

/** A flagged message handled by a record (a violation, a reminder, a false alarm): by whom, how. */
export interface Reviewed {
  messageId: string;
  actor: string;
  kind: ModerationAction['kind'];
  time: number;
}

const reviewedIn = (actions: ModerationAction[]): Reviewed[] =>
  actions.flatMap((a) => (a.messageId ? [{ messageId: a.messageId, actor: a.actor, kind: a.kind, time: a.time }] : []));

/** A block whose time is up is no block, and objections to it lapse with it. */
export const asOf = (p: ParticipantSummary, now: number): ParticipantSummary =>
  p.blockedUntil !== null && p.blockedUntil <= now ? { ...p, blockedUntil: null, objectors: [] } : p;

/**
 * A chat's participants (own and the team's records) and latest notes: one cached row, rebuilt
 * from the chat's records when a write has dropped it.
 */
export async function chatOverview(log: ActionLog, chatKey: string, now: number): Promise<Omit<ChatOverviewRow, 'chatKey'>> {
  const cached = await log.overviews.get(chatKey);
  const row =
    cached ??
    (await log.transaction('rw', log.pages, log.overviews, async () => {
      const actions = (await chatRows(log, chatKey)).map(asSeen);
      const built = { chatKey, participants: summarise(actions, Number.NEGATIVE_INFINITY), notes: recentNotes(actions, NOTES_IN_PANEL), reviewed: reviewedIn(actions) };
      await log.overviews.put(built);
      return built;
    }));
  // A row cached before flags were reviewed has none.
  return { participants: row.participants.map((p) => asOf(p, now)), notes: row.notes, reviewed: row.reviewed ?? [] };
}
