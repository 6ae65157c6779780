import { RUSSIAN_TIME_ZONES, utcOffsetLabel } from '@/core/quiet-hours/time-zones';
import { t } from './i18n';

const RUSSIAN = new Set(RUSSIAN_TIME_ZONES.map((z) => z.zone));

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
            {city} ({utcOffsetLabel(zone, now)})
          </option>
        ))}
      </optgroup>
      <optgroup label={t('optionsZonesOther')}>
        {others.map((zone) => (
          <option key={zone} value={zone}>
            {zone} ({utcOffsetLabel(zone, now)})
          </option>
        ))}
      </optgroup>
    </select>
  );
}
