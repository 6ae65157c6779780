import { useState } from 'preact/hooks';
import type { Invite } from '@/core/team/invite';
import { PUBLIC_RELAYS, rendezvousAddresses, turnServer, type Rendezvous } from '@/core/team/rendezvous';
import { t } from '../i18n';

export interface TeamPlan {
  team: string;
  signaling: string[];
  iceServers?: Invite['iceServers'];
  relayOnly?: boolean;
}

export interface TeamCreateProps {
  onCreate(plan: TeamPlan): Promise<void>;
  /** What is wrong with the form, in the user's words. */
  onProblem(text: string): void;
}

/**
 * A new team: its name, how members find each other (public relays work at once; the school's
 * own signaling server is better where there is one), and the school's TURN server if it has one.
 * Each choice says in plain words what it means.
 */
export function TeamCreate({ onCreate, onProblem }: TeamCreateProps) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Rendezvous>('public');
  const [relays, setRelays] = useState(PUBLIC_RELAYS.join('\n'));
  const [servers, setServers] = useState('');
  const [turn, setTurn] = useState({ url: '', username: '', credential: '' });
  const [relayOnly, setRelayOnly] = useState(false);

  const create = () => {
    const signaling = rendezvousAddresses(kind, kind === 'public' ? relays : servers);
    if (!Array.isArray(signaling)) {
      return onProblem(signaling.problem === 'bad-address' ? t('teamBadAddress', signaling.address) : t(signaling.problem === 'too-many' ? 'teamTooManyAddresses' : 'teamNoAddress'));
    }
    const server = turnServer(turn.url, turn.username, turn.credential);
    if (server === 'bad-turn') return onProblem(t('teamBadTurn'));
    void onCreate({ team: name.trim() || t('teamSection'), signaling, ...(server ? { iceServers: [server], relayOnly } : {}) });
  };

  const choice = (value: Rendezvous, label: string, help: string) => (
    <label class="choice">
      <input type="radio" name="team-rendezvous" value={value} checked={kind === value} onChange={() => setKind(value)} />
      <span>
        <strong>{label}</strong>
        <br />
        <span class="muted">{help}</span>
      </span>
    </label>
  );

  return (
    <fieldset>
      <p><label for="team-name">{t('teamName')}</label> <input id="team-name" value={name} onInput={(e) => setName(e.currentTarget.value)} /></p>
      <fieldset class="plain">
        <legend>{t('teamRendezvous')}</legend>
        {choice('public', t('teamRendezvousPublic'), t('teamRendezvousPublicHelp'))}
        {kind === 'public' && (
          <p>
            <label for="team-relays">{t('teamRelays')}</label>
            <br />
            <textarea id="team-relays" rows={3} cols={50} value={relays} onInput={(e) => setRelays(e.currentTarget.value)} />
          </p>
        )}
        {choice('school', t('teamRendezvousSchool'), t('teamRendezvousSchoolHelp'))}
        {kind === 'school' && (
          <p>
            <label for="team-signaling">{t('teamSignaling')}</label>
            <br />
            <textarea id="team-signaling" rows={2} cols={50} placeholder="wss://signal.school.ru" value={servers} onInput={(e) => setServers(e.currentTarget.value)} />
          </p>
        )}
      </fieldset>
      <details>
        <summary>{t('teamTurn')}</summary>
        <p class="muted">{t('teamTurnHelp')}</p>
        <p>
          <label for="team-turn-url">{t('teamTurnUrl')}</label>{' '}
          <input id="team-turn-url" placeholder="turn:turn.school.ru:3478" value={turn.url} onInput={(e) => setTurn({ ...turn, url: e.currentTarget.value })} />
        </p>
        <p>
          <label for="team-turn-user">{t('teamTurnUser')}</label>{' '}
          <input id="team-turn-user" autocomplete="off" value={turn.username} onInput={(e) => setTurn({ ...turn, username: e.currentTarget.value })} />
        </p>
        <p>
          <label for="team-turn-password">{t('teamTurnPassword')}</label>{' '}
          <input id="team-turn-password" type="password" autocomplete="off" value={turn.credential} onInput={(e) => setTurn({ ...turn, credential: e.currentTarget.value })} />
        </p>
        <label class="check">
          <input type="checkbox" name="team-relay-only" checked={relayOnly} onChange={(e) => setRelayOnly(e.currentTarget.checked)} />
          {t('teamRelayOnly')}
        </label>
      </details>
      <button type="button" onClick={create}>{t('teamCreate')}</button>
    </fieldset>
  );
}
