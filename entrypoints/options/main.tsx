import { render } from 'preact';
import { t, uiLocale } from '@/components/i18n';
import { ProfileForm } from '@/components/ProfileForm';
import { QuietSettingsForm } from '@/components/QuietSettingsForm';
import { BUILT_IN_PROFILES } from '@/core/profiles';
import type { RegulationProfile } from '@/core/regulation';
import { loadImportedProfiles, loadSettings, saveImportedProfiles, updateSettings } from '../shared/storage';

document.title = t('optionsTitle');
document.documentElement.lang = uiLocale();
const app = document.getElementById('app')!;

/** Renders from storage; each form stores only its own fields, then the page re-renders. */
async function show() {
  const [settings, imported] = await Promise.all([loadSettings(), loadImportedProfiles()]);
  const importProfile = async (profile: RegulationProfile) => {
    await saveImportedProfiles([...imported.filter((p) => p.id !== profile.id), profile]);
    await updateSettings({ profileId: profile.id, roles: settings.profileId === profile.id ? settings.roles : [] });
    await show();
  };
  render(
    <>
      <h1>{t('optionsTitle')}</h1>
      <ProfileForm
        builtIn={BUILT_IN_PROFILES}
        imported={imported}
        profileId={settings.profileId}
        roles={settings.roles}
        onChoose={async (choice) => {
          await updateSettings(choice);
          await show();
        }}
        onImport={importProfile}
      />
      <QuietSettingsForm
        initial={settings}
        onSave={async ({ guardEnabled, quiet, sendKey }) => {
          await updateSettings({ guardEnabled, quiet, sendKey });
        }}
      />
    </>,
    app,
  );
}

await show();
