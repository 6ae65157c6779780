import type { Subject } from './subject';

/** A participant known only by the name the moderator typed: the name, case-folded, is the id. */
export const subjectFromName = (name: string): Subject => ({ id: name.trim().toLocaleLowerCase('ru'), name: name.trim() });

/** Participants are the same person across a messenger's chats, not across messengers. */
export const subjectKey = (site: string, subjectId: string) => `${site}:${subjectId}`;
