import { render } from 'preact';
import { t } from '@/components/i18n';
import { QuietSettingsForm } from '@/components/QuietSettingsForm';
import { loadSettings, saveSettings } from '../shared/storage';

document.title = t('optionsTitle');
document.documentElement.lang = t('@@ui_locale' as never).slice(0, 2) || 'ru';

const settings = await loadSettings();
render(
  <>
    <h1>{t('optionsTitle')}</h1>
    <QuietSettingsForm initial={settings} onSave={saveSettings} />
  </>,
  document.getElementById('app')!,
);
