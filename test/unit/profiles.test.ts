import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROFILES } from '@/core/regulation/profiles';
import { allProvisions, regulationProfileSchema, type RegulationProfile } from '@/core/regulation/profile';

const SEEDS = resolve(import.meta.dirname, '../fixtures/seeds');

/** Clause numbers (2.3, 4.2.2…) that open a line of the source, grouped by part where numbering restarts. */
function sourceClauses(profile: RegulationProfile): Map<string, Set<string>> {
  const text = readFileSync(resolve(SEEDS, profile.document), 'utf8');
  const parts = profile.parts ?? [{ id: '', heading: '' }];
  const byPart = new Map<string, Set<string>>();
  parts.forEach((part, i) => {
    const start = part.heading ? text.indexOf(part.heading) : 0;
    const next = parts[i + 1];
    const end = next ? text.indexOf(next.heading) : text.length;
    expect(start, `heading of part ${part.id}`).toBeGreaterThanOrEqual(0);
    const clauses = new Set<string>();
    for (const line of text.slice(start, end).split('\n')) {
      const m = /^[\s#*-]*(\d+\.\d+(?:\.\d+)*)\.?(?=[\s*])/.exec(line);
      if (m) clauses.add(m[1]);
    }
    byPart.set(part.id, clauses);
  });
  return byPart;
}

describe.each(BUILT_IN_PROFILES.map((p) => [p.id, p] as const))('built-in profile %s', (_, profile) => {
  it('passes the schema', () => {
    expect(regulationProfileSchema.safeParse(profile).success).toBe(true);
  });

  it('leaves no clause of its source without an entry', () => {
    const covered = allProvisions(profile).map((p) => `${p.part ?? ''}:${p.clause}`);
    const missing: string[] = [];
    for (const [part, clauses] of sourceClauses(profile)) {
      expect(clauses.size).toBeGreaterThan(3);
      for (const clause of clauses) {
        // A heading clause (4.1) counts as covered by its sub-clauses (4.1.2…).
        const key = `${part}:${clause}`;
        if (!covered.some((c) => c === key || c.startsWith(`${key}.`))) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });

  it('cites only clauses that exist in its source', () => {
    const source = sourceClauses(profile);
    const unknown = allProvisions(profile)
      .filter((p) => !source.get(p.part ?? '')?.has(p.clause))
      .map((p) => `${p.part ?? ''}:${p.clause}`);
    expect(unknown).toEqual([]);
  });
});

it('ships all five regulations with the roles each names', () => {
  const roles = Object.fromEntries(BUILT_IN_PROFILES.map((p) => [p.document.slice(0, 3), p.roles.map((r) => r.role).sort()]));
  expect(roles).toEqual({
    '000': ['class-teacher', 'director', 'parent', 'platform-admin', 'student', 'teacher'],
    '001': ['chat-admin', 'director'],
    '002': ['administration', 'class-teacher', 'parent', 'platform-admin', 'student', 'teacher'],
    '003': ['class-teacher', 'director', 'parent', 'platform-admin', 'student', 'teacher'],
    '004': ['administration', 'chat-moderator', 'class-teacher', 'parent', 'platform-admin', 'student', 'teacher'],
  });
});

it('carries the quiet hours of 000 and the moderation rules of 004', () => {
  const omsk = BUILT_IN_PROFILES.find((p) => p.document.startsWith('000'))!;
  const school31 = BUILT_IN_PROFILES.find((p) => p.document.startsWith('004'))!;
  expect(omsk.quietHours).toMatchObject({ clause: '3.3', windows: [{ start: '22:00', end: '06:00' }] });
  expect(school31.moderation).toMatchObject({ violationsBeforeBlock: 3, maxBlockMonths: 1, clauses: { block: '4.5', earlyUnblock: '4.6' } });
});
