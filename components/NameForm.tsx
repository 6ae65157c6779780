import { useState } from 'preact/hooks';
import { errorText } from './error-text';
import { t } from './i18n';

export interface NameFormProps {
  name: string;
  onSave(name: string): Promise<void>;
}

/** How the user signs log entries and shared records ("Иванова И.И., кл. рук. 7Б"). */
export function NameForm({ name, onSave }: NameFormProps) {
  const [value, setValue] = useState(name);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      await onSave(value.trim());
      setStatus({ ok: true, text: t('optionsSaved') });
    } catch (error) {
      setStatus({ ok: false, text: t('optionsInvalid', errorText(error)) });
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} data-testid="name-form">
      <p>
        <label for="actor-name">{t('nameLabel')}</label>{' '}
        <input id="actor-name" name="actorName" maxLength={100} autoComplete="name" value={value} onInput={(e) => setValue(e.currentTarget.value)} />{' '}
        <button type="submit">{t('nameSave')}</button>
      </p>
      <p class="muted">{t('nameHint')}</p>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'ok' : 'error'}>
          {status.text}
        </p>
      )}
    </form>
  );
}
