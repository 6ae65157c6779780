import type { ParticipantSummary } from '../moderation/participants';
import type { Author } from './authors';

/** What a badge says of an author: strikes in this chat and a block in force. */
export interface Mark {
  strikes: number;
  blockedUntil: number | null;
}

/** The words of a badge and of the message control, in the user's language (`label` is read aloud). */
export interface MarkWords {
  badge(author: Author, mark: Mark): { text: string; label: string };
  action(author: Author | null): string;
}

/** The chat's participants by subject id, as their badges show them. */
export function marksById(participants: ParticipantSummary[]): Map<string, Mark> {
  return new Map(participants.map((p) => [p.subject.id, { strikes: p.strikes, blockedUntil: p.blockedUntil }]));
}
