import type { TeamStatus } from '@/core/team/config';
import { t } from '../i18n';

/** Lines of the team status that ask someone to update the extension: peers on another version, records in a newer form. */
export function TeamVersions({ status }: { status: TeamStatus }) {
  const lines = [
    ['team-older-peers', status.peerVersions.older > 0 && t('teamOlderPeers', status.peerVersions.older)],
    ['team-newer-peers', status.peerVersions.newer > 0 && t('teamNewerPeers', status.peerVersions.newer)],
    ['team-newer', status.newer > 0 && t('teamNewer', status.newer)],
  ] as const;
  return (
    <>
      {lines.map(([id, text]) =>
        text ? (
          <li key={id} role="alert" class="error" data-testid={id}>
            {text}
          </li>
        ) : null,
      )}
    </>
  );
}
