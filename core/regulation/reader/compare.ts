import type { RegulationProfile, RoleId } from '../profile';

/** Word stems, to compare a sentence as read with the same duty as a person wrote it shorter. */
const stems = (text: string) =>
  new Set((text.toLowerCase().replace(/ё/g, 'е').match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 4)));

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

interface Duty {
  role: RoleId;
  clause: string;
  part: string | null;
  words: Set<string>;
  text: string;
}

const dutiesOf = (p: RegulationProfile): Duty[] =>
  p.roles.flatMap((r) => r.duties.map((d) => ({ role: r.role, clause: d.clause, part: d.part ?? null, words: stems(d.text), text: d.text })));

const place = (d: Duty) => `${d.role}|${d.part}|${d.clause}`;

/**
 * The same duty: the same role under the same clause, and either half the words' stems shared, or
 * the only duty of that role under that clause on both sides (a person's summary may share few words).
 */
function matcher(expected: Duty[], found: Duty[]) {
  const count = (list: Duty[]) => list.reduce((m, d) => m.set(place(d), (m.get(place(d)) ?? 0) + 1), new Map<string, number>());
  const [e, f] = [count(expected), count(found)];
  return (a: Duty, b: Duty) =>
    place(a) === place(b) && (overlap(a.words, b.words) >= 0.5 || (e.get(place(a)) === 1 && f.get(place(a)) === 1));
}

export interface DutyComparison {
  expected: number;
  read: number;
  /** Share of the hand-made duties found, each under the same role and the same clause. */
  recall: number;
  /** Share of the duties read that are one of the hand-made ones (same role, same clause). */
  precision: number;
  /** Clause numbers (with their part) of the duties read that the document does not give for that role. */
  wrongClauses: string[];
  /** The hand-made duties not found, to say what the reader misses. */
  missed: string[];
}

/** How a profile read from a document compares with the one made by hand from it. */
export function compareDuties(read: RegulationProfile, byHand: RegulationProfile): DutyComparison {
  const expected = dutiesOf(byHand);
  const found = dutiesOf(read);
  const clauses = new Set(expected.map(place));
  const same = matcher(expected, found);
  return {
    expected: expected.length,
    read: found.length,
    recall: expected.filter((e) => found.some((f) => same(e, f))).length / Math.max(1, expected.length),
    precision: found.filter((f) => expected.some((e) => same(e, f))).length / Math.max(1, found.length),
    missed: expected.filter((e) => !found.some((f) => same(e, f))).map((e) => `${e.role} ${e.part ? `прил. ${e.part}, ` : ''}п. ${e.clause}: ${e.text}`),
    wrongClauses: [...new Set(found.filter((f) => !clauses.has(place(f))).map((f) => `${f.role} ${f.part ? `прил. ${f.part}, ` : ''}п. ${f.clause}`))],
  };
}
