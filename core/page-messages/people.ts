import { closestMatch } from 'leven';
import type { Subject } from '../moderation/subject';
import { subjectFromName } from '../moderation/subject-id';

/** Someone the moderator may mean: from the chat's records or seen writing in it. */
export interface Person extends Subject {
  /** Known only by the name shown on the page (no id there). */
  byName?: boolean;
}

export type NameMatch =
  | { kind: 'known'; person: Person }
  /** Two or more people of this name: only their messages can tell them apart. */
  | { kind: 'ambiguous'; people: Person[] }
  /** Nobody of this name, but someone very close: most likely a typo. */
  | { kind: 'near'; typed: Person; person: Person }
  | { kind: 'new'; person: Person };

const fold = (name: string) => subjectFromName(name).id;

/** Each person once, by id; the first source wins (records first, then the page). */
export function peopleOf(...sources: Person[][]): Person[] {
  const byId = new Map<string, Person>();
  for (const person of sources.flat()) if (person.name && !byId.has(person.id)) byId.set(person.id, person);
  return [...byId.values()];
}

/** Who a typed name means among `people`, so that a typo does not make a second person. */
export function matchName(typed: string, people: Person[]): NameMatch {
  const wanted = fold(typed);
  const same = people.filter((p) => fold(p.name) === wanted);
  if (same.length === 1) return { kind: 'known', person: same[0] };
  if (same.length > 1) return { kind: 'ambiguous', people: same };
  const stranger = subjectFromName(typed);
  // One slip in a short name, two in a longer one: "Петрова Аня" is not "Петров Иван".
  const maxDistance = wanted.length <= 8 ? 1 : 2;
  const near = closestMatch(wanted, people.map((p) => fold(p.name)), { maxDistance });
  const person = near === undefined ? undefined : people.find((p) => fold(p.name) === near);
  return person ? { kind: 'near', typed: stranger, person } : { kind: 'new', person: stranger };
}
