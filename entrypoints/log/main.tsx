import { render } from 'preact';
import { t, uiLocale } from '@/components/i18n';
import { LogPage } from '@/components/log/LogPage';
import { ActionLog } from '@/core/action-log';
import { loadSettings, updateSettings } from '../shared/storage';

document.title = t('logTitle');
document.documentElement.lang = uiLocale();

/** A file download from an extension page. */
function save(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

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
      save={save}
    />,
    app,
  );
}

await show();
