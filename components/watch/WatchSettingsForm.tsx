import { useState } from 'preact/hooks';
import { WATCH_GROUPS, type WatchGroup } from '@/core/watch/categories';
import { watchedGroups, WATCH_KEYS, type WatchChoices, type WatchKey } from '@/core/watch/watched-groups';
import { chatKindLabel } from '../DutiesSection';
import { errorText } from '../error-text';
import { t, type MessageKey } from '../i18n';
import { formatDateTime } from '../log/labels';

export interface WatchSettingsFormProps {
  choices: WatchChoices | null;
  /** What the chosen regulation watches by default (shouting and flooding only if it asks for them). */
  profileDefaults: readonly WatchGroup[];
  /** Phrases let through in this browser, and the team's (signed by an owner or admin), if in a team. */
  allowed: string[];
  teamAllowed: { value: string[]; by: string; at: number } | null;
  onSave(choices: WatchChoices | null, allowed: string[]): Promise<void>;
}

const groupLabel = (group: WatchGroup) => t(`watchGroup_${group.replaceAll('-', '_')}` as MessageKey);
const kindLabel = (key: WatchKey) => (key === 'untagged' ? t('watchUntagged') : chatKindLabel(key));

/** Per chat kind and per kind of finding, what watching the chat looks for; and the phrases it lets through. */
export function WatchSettingsForm({ choices, profileDefaults, allowed, teamAllowed, onSave }: WatchSettingsFormProps) {
  const [grid, setGrid] = useState(() => Object.fromEntries(WATCH_KEYS.map((key) => [key, watchedGroups(choices, profileDefaults, key === 'untagged' ? null : key)])) as Record<WatchKey, WatchGroup[]>);
  const [phrases, setPhrases] = useState(allowed);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const toggle = (key: WatchKey, group: WatchGroup, on: boolean) =>
    setGrid({ ...grid, [key]: on ? WATCH_GROUPS.filter((g) => g === group || grid[key].includes(g)) : grid[key].filter((g) => g !== group) });
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      await onSave(grid, phrases);
      setStatus({ ok: true, text: t('optionsSaved') });
    } catch (error) {
      setStatus({ ok: false, text: t('optionsInvalid', errorText(error)) });
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} data-testid="watch-form">
      <h2>{t('watchSection')}</h2>
      <p class="muted">{t('watchHint')}</p>
      <table class="watch-grid">
        <thead>
          <tr>
            <th scope="col">{t('watchChatKind')}</th>
            {WATCH_GROUPS.map((g) => <th scope="col" key={g}>{groupLabel(g)}</th>)}
          </tr>
        </thead>
        <tbody>
          {WATCH_KEYS.map((key) => (
            <tr key={key} data-kind={key}>
              <th scope="row">{kindLabel(key)}</th>
              {WATCH_GROUPS.map((g) => (
                <td key={g}>
                  <input type="checkbox" data-group={g} aria-label={`${kindLabel(key)}: ${groupLabel(g)}`} checked={grid[key].includes(g)} onChange={(e) => toggle(key, g, e.currentTarget.checked)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('watchAllowedTitle')}</h3>
      {phrases.length === 0 && !teamAllowed?.value.length && <p class="muted">{t('watchAllowedNone')}</p>}
      <ul data-testid="allowed-phrases">
        {phrases.map((p) => (
          <li key={p}>
            {p}{' '}
            <button type="button" class="link" aria-label={t('watchAllowedRemove', p)} onClick={() => setPhrases(phrases.filter((x) => x !== p))}>×</button>
          </li>
        ))}
        {teamAllowed?.value.map((p) => (
          <li key={`team:${p}`}>
            {p} <span class="muted">— {t('watchAllowedByTeam', teamAllowed.by, formatDateTime(teamAllowed.at))}</span>
          </li>
        ))}
      </ul>
      <p>
        <button type="submit">{t('watchSave')}</button>{' '}
        <button type="button" onClick={() => void onSave(null, phrases).then(() => setStatus({ ok: true, text: t('optionsSaved') }))}>{t('watchDefaults')}</button>
      </p>
      {status && <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'ok' : 'error'}>{status.text}</p>}
    </form>
  );
}
