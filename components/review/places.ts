import { ROLE_IDS, type RoleId } from '@/core/regulation/kinds';
import type { DraftLine, LineKind } from '@/core/regulation/reader/draft';
import { DEFAULT_ROLE_TITLES } from '@/core/regulation/reader/roles';
import { t } from '../i18n';

/** Where a line can go: a role's duties, or one of the lists that bind no one role. */
export type Place = `duty:${RoleId}` | Exclude<LineKind, 'duty'>;

export const OTHER_PLACES = ['rule', 'prohibition', 'right', 'general', 'ignored'] as const;

export const placeOf = (line: DraftLine): Place => (line.kind === 'duty' && line.role ? `duty:${line.role}` : line.kind === 'duty' ? 'general' : line.kind);

export function movedTo(line: DraftLine, place: Place): DraftLine {
  if (place.startsWith('duty:')) return { ...line, kind: 'duty', role: place.slice(5) as RoleId };
  return { ...line, kind: place as Exclude<LineKind, 'duty'>, role: place === 'right' ? line.role : null };
}

export const roleTitle = (titles: Partial<Record<RoleId, string>>, role: RoleId) => titles[role] ?? DEFAULT_ROLE_TITLES[role];

/** Every place, in the order the review page lists them: the roles the document names first. */
export function placeOptions(titles: Partial<Record<RoleId, string>>): Array<{ value: Place; label: string }> {
  const named = ROLE_IDS.filter((r) => titles[r]);
  const others = ROLE_IDS.filter((r) => !titles[r]);
  return [
    ...[...named, ...others].map((role) => ({ value: `duty:${role}` as Place, label: t('reviewPlaceDuty', roleTitle(titles, role)) })),
    ...OTHER_PLACES.map((place) => ({ value: place, label: t(`reviewPlace_${place}`) })),
  ];
}
