import { useMemo, useState } from 'preact/hooks';
import { renderSVG } from 'uqr';
import { decides, INVITE_DAY_CHOICES, type RosterDecision, type TeamStatus } from '@/core/team/config';
import { t } from '../i18n';
import { formatDateTime } from '../log/labels';

export interface TeamInviteProps {
  status: TeamStatus;
  decide(decision: RosterDecision): void;
  onCopied(): void;
}

/** The invite to hand out (code and QR, with its expiry); the owner and admins issue new ones and withdraw them. */
export function TeamInvite({ status, decide, onCopied }: TeamInviteProps) {
  const [days, setDays] = useState<(typeof INVITE_DAY_CHOICES)[number]>(7);
  // Drawn when asked for, and again only when the code changes: drawing it takes tens of ms of the
  // thread the sync host shares with this page, and a member who has just joined is connecting then.
  const [qrShown, setQrShown] = useState(false);
  const qr = useMemo(() => (qrShown ? renderSVG(status.code) : ''), [qrShown, status.code]);
  const admin = decides(status);
  const now = Date.now();
  return (
    <>
      <p>{t('teamInvite')}</p>
      <div class="invite">
        <textarea readOnly rows={3} cols={50} aria-label={t('teamJoinCode')} data-testid="team-code" value={status.code} />
      </div>
      <details class="qr-box" onToggle={(e) => setQrShown(e.currentTarget.open)}>
        <summary>{t('teamQr')}</summary>
        {qrShown && <span class="qr" role="img" aria-label={t('teamJoinCode')} data-testid="team-qr" dangerouslySetInnerHTML={{ __html: qr }} />}
      </details>
      <p class={status.inviteExpires < now ? 'error' : 'muted'}>
        {status.inviteExpires < now ? t('teamInviteExpired') : t('teamInviteUntil', formatDateTime(status.inviteExpires))}
      </p>
      <p class="row-actions">
        <button type="button" onClick={() => navigator.clipboard.writeText(status.code).then(onCopied)}>{t('teamCopy')}</button>
        {admin && (
          <>
            <label>
              {t('teamInviteDays')}{' '}
              <select value={days} onChange={(e) => setDays(Number(e.currentTarget.value) as typeof days)}>
                {INVITE_DAY_CHOICES.map((d) => <option key={d} value={d}>{t('teamInviteDaysN', d)}</option>)}
              </select>
            </label>
            <button type="button" onClick={() => decide({ op: 'invite', days })}>{t('teamNewInvite')}</button>
          </>
        )}
      </p>
      {admin && status.invites.length > 0 && (
        <details>
          <summary>{t('teamInvites')}</summary>
          <p class="muted">{t('teamWithdrawNote')}</p>
          <ul data-testid="team-invites">
            {status.invites.map((i) => (
              <li key={i.id}>
                {t('teamInviteRow', i.id, i.by, formatDateTime(i.expires))}
                {i.withdrawn ? ` — ${t('teamInviteWithdrawn')}` : i.expires < now ? ` — ${t('teamInviteExpiredShort')}` : (
                  <>
                    {' '}
                    <button type="button" class="danger" onClick={() => decide({ op: 'withdraw', id: i.id })}>{t('teamWithdraw')}</button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
