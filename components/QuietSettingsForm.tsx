import { useState } from 'preact/hooks';
import { zodErrors } from '@/core/zod-lang';
import type { Settings } from '@/core/settings';
import { settingsSchema } from '@/core/settings-schema';
import { errorText } from './error-text';
import { t, uiLocale } from './i18n';
import { QuietWindowsEditor } from './QuietWindowsEditor';
import { TimeZoneSelect } from './TimeZoneSelect';

export interface QuietSettingsFormProps {
  initial: Settings;
  onSave(settings: Settings): Promise<void>;
}

/** Quiet-hours and send-key settings; nothing is stored unless all of it is valid. */
export function QuietSettingsForm({ initial, onSave }: QuietSettingsFormProps) {
  const [draft, setDraft] = useState(initial);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const change = (patch: Partial<Settings>) => {
    setDraft({ ...draft, ...patch });
    setStatus(null);
  };
  const changeQuiet = (patch: Partial<Settings['quiet']>) => change({ quiet: { ...draft.quiet, ...patch } });

  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = settingsSchema.safeParse(draft, zodErrors(uiLocale()));
    if (!parsed.success) return setStatus({ ok: false, text: t('optionsInvalid', errorText(parsed.error)) });
    try {
      await onSave(parsed.data);
      setStatus({ ok: true, text: t('optionsSaved') });
    } catch (error) {
      setStatus({ ok: false, text: t('optionsInvalid', errorText(error)) });
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <h2>{t('optionsQuietSection')}</h2>
      <label class="check">
        <input type="checkbox" name="guardEnabled" checked={draft.guardEnabled} onChange={(e) => change({ guardEnabled: e.currentTarget.checked })} />
        {t('optionsGuard')}
      </label>
      <p>
        <label for="time-zone">{t('optionsTimeZone')}</label>{' '}
        <TimeZoneSelect id="time-zone" value={draft.quiet.timeZone} onChange={(timeZone) => changeQuiet({ timeZone })} />
      </p>
      <QuietWindowsEditor windows={draft.quiet.windows} onChange={(windows) => changeQuiet({ windows })} />
      <p class="muted">{t('optionsRule', draft.quiet.rule.clause, draft.quiet.rule.document)}</p>
      <fieldset>
        <legend>{t('optionsSendKey')}</legend>
        <label class="check">
          <input type="radio" name="sendKey" value="enter" checked={draft.sendKey === 'enter'} onChange={() => change({ sendKey: 'enter' })} />
          {t('optionsSendKeyEnter')}
        </label>
        <label class="check">
          <input type="radio" name="sendKey" value="ctrl-enter" checked={draft.sendKey === 'ctrl-enter'} onChange={() => change({ sendKey: 'ctrl-enter' })} />
          {t('optionsSendKeyCtrl')}
        </label>
      </fieldset>
      <button type="submit" class="primary">
        {t('optionsSave')}
      </button>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'ok' : 'error'} data-testid="options-status">
          {status.text}
        </p>
      )}
    </form>
  );
}
