import { render } from 'preact';
import { t, uiLocale } from '@/components/i18n';
import { LogPage } from '@/components/log/LogPage';
import { ActionLog } from '@/core/log/store';
import { download } from '../shared/download';
import { ask } from '../shared/messaging';
import { loadSettings, updateSettings, watchTeamChanges } from '../shared/storage';
import { askTeamStatus } from '../shared/team-status';
import { decides } from '@/core/team/config';

document.title = t('logTitle');
document.documentElement.lang = uiLocale();

const log = new ActionLog();
const app = document.getElementById('app')!;

async function show() {
  const [{ retentionMonths }, team] = await Promise.all([loadSettings(), askTeamStatus()]);
  render(
    <LogPage
      log={log}
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
