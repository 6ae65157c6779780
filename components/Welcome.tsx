import { useEffect, useRef, useState } from 'preact/hooks';
import type { RegulationProfile, RoleId } from '@/core/regulation/profile';
import type { Settings } from '@/core/settings';
import type { SendKeyMode } from '@/core/quiet-hours/send-keys';
import { ProfileForm } from './ProfileForm';
import { TimeZoneSelect } from './TimeZoneSelect';
import { NameForm } from './NameForm';
import { t, type MessageKey } from './i18n';

export interface WelcomeProps {
  settings: Settings;
  builtIn: RegulationProfile[];
  imported: RegulationProfile[];
  onChoose(choice: { profileId: string | null; roles: RoleId[] }): Promise<void>;
  onImport(profile: RegulationProfile): Promise<void>;
  onSettings(patch: Partial<Settings>): Promise<void>;
  onOpenTeam(): void;
}

const STEPS = ['regulation', 'time', 'name', 'team', 'done'] as const;
type Step = (typeof STEPS)[number];

/** The messengers a teacher goes on to, where the panel then appears. */
const MESSENGERS = [
  { key: 'welcomeOpenMax', url: 'https://web.max.ru/' },
  { key: 'welcomeOpenVk', url: 'https://web.vk.me/' },
] as const;

/**
 * First run: the few choices that matter, one at a time, each skippable and changeable later in
 * the settings. Every choice is stored as it is made; the last step opens the messenger.
 */
export function Welcome({ settings, builtIn, imported, onChoose, onImport, onSettings, onOpenTeam }: WelcomeProps) {
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const step: Step = STEPS[index];
  // A new step is announced and its heading takes focus, so keyboard and screen-reader users follow.
  useEffect(() => heading.current?.focus(), [index]);
  const go = (delta: number) => setIndex(Math.min(STEPS.length - 1, Math.max(0, index + delta)));

  return (
    <main class="welcome" data-step={step}>
      <p class="muted" data-testid="welcome-progress">
        {t('welcomeProgress', index + 1, STEPS.length)}
      </p>
      <h1 tabIndex={-1} ref={heading} data-testid="welcome-title">
        {t(`welcomeTitle_${step}` as MessageKey)}
      </h1>
      <p>{t(`welcomeIntro_${step}` as MessageKey)}</p>

      {step === 'regulation' && (
        <ProfileForm builtIn={builtIn} imported={imported} profileId={settings.profileId} roles={settings.roles} onChoose={onChoose} onImport={onImport} from="welcome" />
      )}
      {step === 'time' && (
        <section>
          <p>
            <label for="welcome-zone">{t('optionsTimeZone')}</label>{' '}
            <TimeZoneSelect id="welcome-zone" value={settings.quiet.timeZone} onChange={(timeZone) => void onSettings({ quiet: { ...settings.quiet, timeZone } })} />
          </p>
          <fieldset>
            <legend>{t('optionsSendKey')}</legend>
            {(['enter', 'ctrl-enter'] as SendKeyMode[]).map((mode) => (
              <label class="check" key={mode}>
                <input type="radio" name="sendKey" value={mode} checked={settings.sendKey === mode} onChange={() => void onSettings({ sendKey: mode })} />
                {t(mode === 'enter' ? 'optionsSendKeyEnter' : 'optionsSendKeyCtrl')}
              </label>
            ))}
          </fieldset>
        </section>
      )}
      {step === 'name' && <NameForm name={settings.actorName} onSave={(actorName) => onSettings({ actorName })} />}
      {step === 'team' && (
        <p>
          <button type="button" data-action="open-team" onClick={onOpenTeam}>
            {t('welcomeOpenTeam')}
          </button>
        </p>
      )}
      {step === 'done' && (
        <p class="row-actions">
          {MESSENGERS.map(({ key, url }) => (
            <a class="button primary" key={url} href={url} data-messenger={url}>
              {t(key)}
            </a>
          ))}
        </p>
      )}

      <nav class="row-actions welcome-nav" aria-label={t('welcomeNav')}>
        {index > 0 && (
          <button type="button" data-action="back" onClick={() => go(-1)}>
            {t('welcomeBack')}
          </button>
        )}
        {step !== 'done' && (
          <button type="button" class="primary" data-action="next" onClick={() => go(1)}>
            {t(step === 'team' ? 'welcomeSkip' : 'welcomeNext')}
          </button>
        )}
      </nav>
      <p class="muted">{t('welcomeLater')}</p>
    </main>
  );
}
