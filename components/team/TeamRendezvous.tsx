import type { TeamStatus } from '@/core/team/config';
import { describeRendezvous } from '@/core/team/rendezvous';
import { t } from '../i18n';

/** How this team's members find each other and whether its TURN servers answer: lines of the team status. */
export function TeamRendezvous({ status }: { status: TeamStatus }) {
  if (!status.signaling.length) return null;
  const { kind, hosts } = describeRendezvous(status.signaling);
  const list = hosts.join(', ');
  return (
    <>
      <li data-testid="team-rendezvous">{t(kind === 'public' ? 'teamRendezvousPublicShown' : 'teamRendezvousSchoolShown', list)}</li>
      {status.online && !status.signalingConnected && status.peers === 0 && (
        <li class="error">{t(kind === 'public' ? 'teamNoRelay' : 'teamNoSignaling', list)}</li>
      )}
      {status.turn.map(({ url, state }) => (
        <li key={url} class={state === 'auth' || state === 'unreachable' ? 'error' : undefined} data-testid="team-turn">
          {t(`teamTurn_${state}`, url)}
        </li>
      ))}
      {status.relayOnly && <li>{t('teamRelayOnlyShown')}</li>}
    </>
  );
}
