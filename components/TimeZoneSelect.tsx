import { RUSSIAN_TIME_ZONES, utcOffsetLabel } from '@/core/quiet-hours/time-zones';
import { t } from './i18n';

const RUSSIAN = new Set(RUSSIAN_TIME_ZONES.map((z) => z.zone));
const HOUR = 3_600_000;

/**
 * Each zone's offset, worked out again once an hour (offsets move only at DST changes): a label
 * costs a formatter, and the options page draws four hundred of them whenever a record arrives.
 */
let offsets: { hour: number; byZone: Map<string, string> } = { hour: -1, byZone: new Map() };
function offsetOf(zone: string, now: number): string {
  const hour = Math.floor(now / HOUR);
  if (offsets.hour !== hour) offsets = { hour, byZone: new Map() };
  let label = offsets.byZone.get(zone);
  if (label === undefined) offsets.byZone.set(zone, (label = utcOffsetLabel(zone, now)));
  return label;
}

/** Russia's zones by city first, then every other zone the browser knows. */
export function TimeZoneSelect({ id, value, onChange }: { id: string; value: string; onChange(zone: string): void }) {
  const now = Date.now();
  const others = Intl.supportedValuesOf('timeZone').filter((z) => !RUSSIAN.has(z));
  // A stored zone the browser lists under another name (Etc/…, old aliases) must still show.
  if (!RUSSIAN.has(value) && !others.includes(value)) others.unshift(value);
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <optgroup label={t('optionsZonesRussia')}>
        {RUSSIAN_TIME_ZONES.map(({ zone, city }) => (
          <option key={zone} value={zone}>
            {city} ({offsetOf(zone, now)})
          </option>
        ))}
      </optgroup>
      <optgroup label={t('optionsZonesOther')}>
        {others.map((zone) => (
          <option key={zone} value={zone}>
            {zone} ({offsetOf(zone, now)})
          </option>
        ))}
      </optgroup>
    </select>
  );
}
