import { render } from 'preact';
import { t, uiLocale } from '@/components/i18n';
import { LogPage } from '@/components/log/LogPage';
import { ActionLog } from '@/core/log/store';
import { download } from '../shared/download';
import { ask } from '../shared/messaging';
import { loadImportedProfiles, loadSettings, updateSettings, watchTeamChanges } from '../shared/storage';
import { filterFromParams, filterParams } from '@/components/log/log-filter';
import { violationsBeforeBlock } from '@/core/moderation/block-threshold';
import { ACTION_KINDS } from '@/core/moderation/actions';
import { findProfile } from '@/core/regulation/profiles';
import { askTeamStatus } from '../shared/team-status';
import { decides } from '@/core/team/config';

document.title = t('logTitle');
document.documentElement.lang = uiLocale();

const log = new ActionLog();
// The filters the address names: a view of the log can be bookmarked.
const initialFilter = filterFromParams(new URLSearchParams(location.search), ACTION_KINDS);
const app = document.getElementById('app')!;

async function show() {
  const [{ retentionMonths, profileId }, imported, team] = await Promise.all([loadSettings(), loadImportedProfiles(), askTeamStatus()]);
  render(
    <LogPage
      log={log}
      initialFilter={initialFilter}
      onFilter={(filter) => history.replaceState(null, '', `?${filterParams(filter)}`)}
      violationsBeforeBlock={violationsBeforeBlock(findProfile(profileId, imported))}
      retentionMonths={retentionMonths}
      team={team && { name: team.team, retention: team.retention, canSet: decides(team) }}
      onRetention={async (months) => {
        // In a team the period is the team's: every member's browser applies it.
        if (team) await ask({ type: 'team/retention', months });
        else await updateSettings({ retentionMonths: months });
        await show();
      }}
      onErase={async () => {
        await ask({ type: 'log/erase' });
        await show();
      }}
      save={download}
    />,
    app,
  );
}

// A co-moderator may change the team's retention: show it without a reload.
watchTeamChanges(() => void show());
await show();
