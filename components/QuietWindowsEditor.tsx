import { DEFAULT_QUIET_WINDOWS, EVERY_DAY, type QuietWindow } from '@/core/quiet-hours/windows';
import { weekdayNames } from '@/core/quiet-hours/text';
import { t, uiLocale } from './i18n';

/** Monday first, as Russian calendars are. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

export interface QuietWindowsEditorProps {
  windows: QuietWindow[];
  onChange(windows: QuietWindow[]): void;
}

export function QuietWindowsEditor({ windows, onChange }: QuietWindowsEditorProps) {
  const names = weekdayNames(uiLocale());
  const edit = (index: number, patch: Partial<QuietWindow>) =>
    onChange(windows.map((w, i) => (i === index ? { ...w, ...patch } : w)));
  const toggleDay = (index: number, day: number) => {
    const days = windows[index].days;
    edit(index, { days: days.includes(day) ? days.filter((d) => d !== day) : [...days, day].sort() });
  };

  return (
    <fieldset>
      <legend>{t('optionsWindows')}</legend>
      {windows.map((w, i) => (
        <div class="window-row" key={i} data-testid="quiet-window">
          <span class="days">
            {WEEK_ORDER.map((day) => (
              <label key={day}>
                <input type="checkbox" checked={w.days.includes(day)} onChange={() => toggleDay(i, day)} />
                {names[day]}
              </label>
            ))}
          </span>
          <label>
            {t('optionsWindowFrom')}{' '}
            <input type="time" required value={w.start} onInput={(e) => edit(i, { start: e.currentTarget.value })} />
          </label>
          <label>
            {t('optionsWindowTo')}{' '}
            <input type="time" required value={w.end} onInput={(e) => edit(i, { end: e.currentTarget.value })} />
          </label>
          <button type="button" aria-label={t('optionsRemoveWindow')} title={t('optionsRemoveWindow')} onClick={() => onChange(windows.filter((_, j) => j !== i))}>
            ×
          </button>
        </div>
      ))}
      <div class="row-actions">
        <button type="button" onClick={() => onChange([...windows, { days: EVERY_DAY, start: '22:00', end: '06:00' }])}>
          {t('optionsAddWindow')}
        </button>
        <button type="button" onClick={() => onChange(DEFAULT_QUIET_WINDOWS)}>
          {t('optionsResetWindows')}
        </button>
      </div>
    </fieldset>
  );
}
