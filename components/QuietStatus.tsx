import { nextAllowed, isQuiet } from '@/core/quiet-hours/windows';
import { describeWindows, schoolTime } from '@/core/quiet-hours/text';
import type { Settings } from '@/core/settings';
import { zoneLabel } from '@/core/quiet-hours/time-zones';
import { t, uiLocale } from './i18n';

/** One line: is it quiet hours at the school now, and until when. */
export function QuietStatus({ settings, now }: { settings: Settings; now: number }) {
  const { quiet, guardEnabled } = settings;
  const locale = uiLocale();
  const zone = zoneLabel(quiet.timeZone, now);
  let text: string;
  if (!guardEnabled) text = t('guardOff');
  else if (quiet.windows.length === 0) text = t('quietNone');
  else if (isQuiet(now, quiet)) {
    const allowedAt = nextAllowed(now, quiet);
    text = t('quietNow', allowedAt === null ? '—' : schoolTime(allowedAt, quiet.timeZone, locale, now), zone);
  } else text = t('quietOff', describeWindows(quiet.windows, locale), zone);
  return (
    <p class="steward-quiet" data-testid="quiet-status">
      {text}
    </p>
  );
}
