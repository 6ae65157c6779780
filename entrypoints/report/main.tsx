import { render } from 'preact';
import { chatKindLabel } from '@/components/DutiesSection';
import { t, uiLocale } from '@/components/i18n';
import { ReportPage } from '@/components/report/ReportPage';
import { ActionLog } from '@/core/log/store';
import { reportEntries } from '@/core/report/digest';
import { findProfile } from '@/core/regulation/profiles';
import { periodParams, previousPeriod, readPeriod, type Period } from '@/core/report/period';
import { buildReport, type Anonymous } from '@/core/report/report';
import { loadChatKinds, loadImportedProfiles, loadSettings } from '../shared/storage';

document.documentElement.lang = uiLocale();
document.title = t('logReport');
const log = new ActionLog();
const app = document.getElementById('app')!;

const anonymous: Anonymous = {
  participant: (n) => t('reportParticipantN', n),
  moderator: (n) => t('reportModeratorN', n),
  chat: (n, kind) => (kind ? t('reportChatKindN', n, chatKindLabel(kind)) : t('reportChatN', n)),
};

/** The report the page's address asks for: its period and whether names are left out (bookmarkable). */
async function show(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const period = readPeriod(params, Date.now());
  const nameless = params.get('nameless') === '1';
  // Every record this browser holds, own and the team's, over the period and the one before it; read
  // alongside the settings.
  const [entries, settings, imported, chatKinds] = await Promise.all([reportEntries(log, previousPeriod(period).from, period.to), loadSettings(), loadImportedProfiles(), loadChatKinds()]);
  const profile = findProfile(settings.profileId, imported);
  render(
    <ReportPage
      report={buildReport(entries, period, { nameless: nameless ? anonymous : null, chatKinds })}
      nameless={nameless}
      regulation={profile ? { title: profile.title, school: profile.school } : null}
      madeBy={settings.actorName || null}
      madeAt={Date.now()}
      onPeriod={(p) => go(p, nameless)}
      onNameless={(on) => go(period, on)}
    />,
    app,
  );
}

function go(period: Period, nameless: boolean): void {
  const params = new URLSearchParams(periodParams(period));
  if (nameless) params.set('nameless', '1');
  history.replaceState(null, '', `?${params}`);
  void show();
}

await show();
