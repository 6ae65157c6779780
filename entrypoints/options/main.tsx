import { render } from 'preact';
import { t, uiLocale, type MessageKey } from '@/components/i18n';
import { NameForm } from '@/components/NameForm';
import { ProfileForm } from '@/components/ProfileForm';
import { QuietSettingsForm } from '@/components/QuietSettingsForm';
import { TeamSection } from '@/components/TeamSection';
import { TeamRegulation } from '@/components/TeamRegulation';
import { IdentityBackup } from '@/components/team/IdentityBackup';
import { openBackup, sealBackup } from '@/core/team/identity-backup';
import { IdentityDb, loadIdentity, replaceIdentity } from '@/core/team/identity-store';
import { storage } from 'wxt/utils/storage';
import { decides } from '@/core/team/config';
import { STORAGE_KEYS } from '../shared/storage-keys';
import { PageCheckSection } from '@/components/PageCheckSection';
import { tabCheckSchema } from '@/core/page-check';
import { BUILT_IN_PROFILES, findProfile } from '@/core/regulation/profiles';
import { contentRulesOf } from '@/core/content-check/rules';
import { WatchSettingsForm } from '@/components/watch/WatchSettingsForm';
import type { RegulationProfile } from '@/core/regulation/profile';
import { download } from '../shared/download';
import { askTeamStatus } from '../shared/team-status';
import { ask } from '../shared/messaging';
import { adoptImportedProfile, chooseProfile, loadImportedProfiles, loadSettings, loadTeamShared, updateSettings, watchSyncProgress, watchTeamChanges } from '../shared/storage';

document.title = t('optionsTitle');
document.documentElement.lang = uiLocale();
const app = document.getElementById('app')!;

/** The page's sections, listed at its top so a teacher can scan it and jump. */
const SECTIONS: Array<[string, MessageKey]> = [
  ['regulation', 'optionsProfileSection'],
  ['name', 'nameSection'],
  ['quiet', 'optionsQuietSection'],
  ['watch', 'watchSection'],
  ['page-check', 'pageCheck'],
  ['team', 'teamSection'],
];


/** What the open messenger tab's adapter finds, asked through the background. */
async function checkOpenTab() {
  const reply = await ask({ type: 'page/check' });
  const parsed = reply.ok ? tabCheckSchema.nullable().safeParse(reply.value ?? null) : null;
  return parsed?.success ? parsed.data : null;
}

/** Fails loudly, so the form can show it, when the background says no. */
async function must(request: Parameters<typeof ask>[0]): Promise<unknown> {
  const reply = await ask(request);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Renders from storage and the team's status; each form stores only its own fields, then the page re-renders. */
async function show() {
  const [settings, imported, team, shared] = await Promise.all([loadSettings(), loadImportedProfiles(), askTeamStatus(), loadTeamShared()]);
  const importProfile = async (profile: RegulationProfile) => {
    await adoptImportedProfile(profile);
    await show();
  };
  render(
    <>
      <h1>{t('optionsTitle')}</h1>
      <nav aria-label={t('optionsContents')} class="contents">
        <ul>
          {SECTIONS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div id="regulation">
          <ProfileForm
          builtIn={BUILT_IN_PROFILES}
          imported={imported}
          profileId={settings.profileId}
          roles={settings.roles}
          onChoose={async (choice) => {
            await chooseProfile(choice.profileId, choice.roles);
            await show();
          }}
          onImport={importProfile}
          from="options"
        />
        {team && (
          <TeamRegulation
            regulation={team.regulation}
            canSet={decides(team)}
            chosenId={settings.profileId}
            onSet={async () => {
              await must({ type: 'team/regulation', profileId: settings.profileId! });
              await show();
            }}
          />
        )}
      </div>
      <section id="name">
        <h2>{t('nameSection')}</h2>
        <NameForm name={settings.actorName} onSave={async (actorName) => void (await updateSettings({ actorName }))} />
      </section>
      <div id="quiet">
        <QuietSettingsForm
          initial={settings}
          onSave={async ({ guardEnabled, quiet, sendKey }) => {
            await updateSettings({ guardEnabled, quiet, sendKey });
          }}
        />
      </div>
      <section id="watch">
        <WatchSettingsForm
          choices={settings.watch}
          profileDefaults={contentRulesOf(findProfile(settings.profileId, imported)).watch}
          allowed={settings.allowedPhrases}
          teamAllowed={shared?.allowed ?? null}
          onSave={async (watch, allowedPhrases) => {
            await updateSettings({ watch, allowedPhrases });
            await show();
          }}
        />
      </section>
      <section id="page-check">
        <PageCheckSection open run={checkOpenTab} />
      </section>
      <div id="team">
        <TeamSection
          status={team}
          watchProgress={watchSyncProgress}
          onCreate={async (plan) => {
            await must({ type: 'team/create', ...plan });
            await show();
          }}
          onPrepare={() => void ask({ type: 'team/prepare' })}
          onJoin={async (code) => {
            const reply = await ask({ type: 'team/join', code });
            if (reply.ok) await show();
            return reply.ok ? null : reply.error;
          }}
          onDecide={async (decision) => {
            const reply = await ask({ type: 'team/decide', decision });
            await show();
            return reply.ok ? null : reply.error;
          }}
          onLeave={async () => {
            await must({ type: 'team/leave' });
            await show();
          }}
          onOnline={async (online) => {
            await must({ type: 'team/online', online });
            await show();
          }}
          onExport={async () => download(`chat-steward-team-${new Date().toISOString().slice(0, 10)}.json`, 'application/json', String(await must({ type: 'team/export' })))}
          onImport={async (text) => {
            const result = (await must({ type: 'team/import', text })) as { ok: boolean; added?: number; problem?: string };
            await show();
            return result;
          }}
        />
        <IdentityBackup
          onSave={async (passphrase) => {
            const sealed = await sealBackup(await loadIdentity(new IdentityDb()), await storage.getItem(`local:${STORAGE_KEYS.team}`), passphrase);
            if (!sealed.ok) return sealed.problem;
            download(`chat-steward-key-${new Date().toISOString().slice(0, 10)}.json`, 'application/json', sealed.text);
            return null;
          }}
          onRestore={async (text, passphrase) => {
            const opened = await openBackup(text, passphrase);
            if (!opened.ok) return opened.problem;
            await replaceIdentity(new IdentityDb(), opened.identity);
            if (opened.team) await must({ type: 'team/restore', config: opened.team });
            await show();
            return null;
          }}
        />
      </div>
    </>,
    app,
  );
}

await show();
// Records arriving, peers and the signaling server coming and going: the sync host says so.
watchTeamChanges(() => void show());
