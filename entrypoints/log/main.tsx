import { render } from 'preact';
import { t, uiLocale } from '@/components/i18n';
import { LogPage } from '@/components/log/LogPage';
import { ActionLog } from '@/core/log/store';
import { download } from '../shared/download';
import { loadSettings, updateSettings } from '../shared/storage';

document.title = t('logTitle');
document.documentElement.lang = uiLocale();

const log = new ActionLog();
const app = document.getElementById('app')!;

async function show() {
  const { retentionMonths } = await loadSettings();
  render(
    <LogPage
      log={log}
      retentionMonths={retentionMonths}
      onRetention={async (months) => {
        await updateSettings({ retentionMonths: months });
        await show();
      }}
      save={download}
    />,
    app,
  );
}

await show();
