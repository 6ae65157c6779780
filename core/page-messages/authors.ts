import { subjectFromName } from '../moderation/subject-id';

/** What a site adapter reads from one rendered message, before runs are resolved. */
export interface MessageRead {
  /** `day`: a day separator ("Сегодня", "30 ноября"), which dates the messages below it. */
  kind: 'message' | 'own' | 'system' | 'day';
  /** The author's name where this message shows it (the first of a run); never a quoted one. */
  name: string | null;
  /** A stable id the page gives the author (profile link, data attribute, avatar), if any. */
  authorId: string | null;
  text: string;
}

/** Who wrote a message, as a subject for records. */
export interface Author {
  /** `id:<page id>` where the page gives one; else the case-folded name, as for a typed name. */
  id: string;
  name: string;
  /** Known only by the name shown: two people of one name would be one here, so the UI says so. */
  byName: boolean;
}

const ID_PREFIX = 'id:';
/** Page ids are digits or short tokens; anything else is not trusted as an id. */
const PAGE_ID = /^[\w-]{1,64}$/;

function authorOf(read: MessageRead): Author | null {
  const name = read.name?.trim() ?? '';
  if (read.authorId && PAGE_ID.test(read.authorId)) return { id: ID_PREFIX + read.authorId, name, byName: false };
  return name ? { ...subjectFromName(name), byName: true } : null;
}

/**
 * Each message's author, in page order. A message without a name continues the run above it
 * (messengers name the author once per run); own and system messages end a run. A message whose
 * run starts above what is rendered stays unknown rather than guessed.
 */
export function resolveAuthors(reads: MessageRead[]): Array<Author | null> {
  let run: Author | null = null;
  return reads.map((read) => (run = nextAuthor(run, read)));
}

/**
 * One step of `resolveAuthors`: the author of `read` given the run above it (the previous
 * message's author, null after an own or a service line). The result is also the run below it.
 */
export function nextAuthor(run: Author | null, read: MessageRead): Author | null {
  if (read.kind !== 'message') return null;
  const author = authorOf(read);
  if (!author) return run;
  // An id without a name (some pages repeat ids on every message) continues the run of that person.
  if (!author.name && run?.id === author.id) return run;
  return author;
}

/** The part of a message kept as evidence with a record: enough to recognise it, no more. */
export const EVIDENCE_MAX = 300;

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EVIDENCE_MAX ? `${flat.slice(0, EVIDENCE_MAX - 1)}…` : flat;
}
