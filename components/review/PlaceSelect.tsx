import type { Place } from './places';

export interface PlaceSelectProps {
  value: Place;
  options: Array<{ value: Place; label: string }>;
  onChange(place: Place): void;
  title?: string;
}

/** Where a line goes: one of the roles' duties, or a list that binds no one role. */
export function PlaceSelect({ value, options, onChange, title }: PlaceSelectProps) {
  return (
    <select value={value} title={title} onChange={(e) => onChange(e.currentTarget.value as Place)}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
