import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { RegulationProfile } from '@/core/regulation/profile';
import { BUILT_IN_PROFILES } from '@/core/regulation/profiles';
import { Welcome } from '@/components/Welcome';
import { t, uiLocale } from '@/components/i18n';
import { adoptImportedProfile, chooseProfile, loadImportedProfiles, loadSettings, updateSettings } from '../shared/storage';

document.title = t('welcomeTitle');
document.documentElement.lang = uiLocale();
const app = document.getElementById('app')!;

/** Renders from storage; each choice is stored at once, then the page renders again. */
async function show() {
  const [settings, imported] = await Promise.all([loadSettings(), loadImportedProfiles()]);
  const importProfile = async (profile: RegulationProfile) => {
    await adoptImportedProfile(profile);
    await show();
  };
  render(
    <Welcome
      settings={settings}
      builtIn={BUILT_IN_PROFILES}
      imported={imported}
      onChoose={async (choice) => {
        await chooseProfile(choice.profileId, choice.roles);
        await show();
      }}
      onImport={importProfile}
      onSettings={async (patch) => {
        await updateSettings(patch);
        await show();
      }}
      onOpenTeam={() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#team') })}
    />,
    app,
  );
}

await show();
