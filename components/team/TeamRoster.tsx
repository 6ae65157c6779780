import { decides, type RosterDecision, type TeamStatus } from '@/core/team/config';
import { t } from '../i18n';
import { formatDateTime, kindLabel } from '../log/labels';
import type { ActionKind } from '@/core/moderation/actions';
import { errorText } from '../error-text';

export interface TeamRosterProps {
  status: TeamStatus;
  decide(decision: RosterDecision, confirmText?: string): void;
}

/** Who is in the team, with each key's fingerprint and who approved whom; the owner and admins act on it here. */
export function TeamRoster({ status, decide }: TeamRosterProps) {
  const { me } = status;
  const admin = decides(status);
  return (
    <>
      <h3>{t('teamRoster')}</h3>
      <ul class="roster" data-testid="team-roster">
        {status.members.map((m) => (
          <li key={m.id} data-member={m.name}>
            <strong>{m.name}</strong> — {t(`teamRole_${m.role}`)}
            {m.id === me.id && ` ${t('teamYou')}`}
            <br />
            <span class="muted">
              {t('teamFingerprint')}: <code class="fingerprint">{m.fingerprint}</code>
              {m.approvedBy && m.approvedAt !== null && ` · ${t('teamApprovedBy', m.approvedBy, formatDateTime(m.approvedAt))}`}
            </span>
            {m.role !== 'owner' && m.id !== me.id && (
              <span class="row-actions">
                {me.standing === 'owner' && (
                  <button type="button" onClick={() => decide({ op: 'role', id: m.id, role: m.role === 'admin' ? 'member' : 'admin' })}>
                    {m.role === 'admin' ? t('teamMakeMember') : t('teamMakeAdmin')}
                  </button>
                )}
                {me.standing === 'owner' && (
                  <button type="button" data-action="hand-over" onClick={() => decide({ op: 'owner', id: m.id }, t('teamHandOverConfirm', m.name))}>
                    {t('teamHandOver')}
                  </button>
                )}
                {admin && (me.standing === 'owner' || m.role === 'member') && (
                  <button type="button" class="danger" onClick={() => decide({ op: 'remove', id: m.id }, t('teamRemoveConfirm', m.name))}>
                    {t('teamRemove')}
                  </button>
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
      {status.removed.length > 0 && (
        <ul class="muted" data-testid="team-removed">
          {status.removed.map((m) => (
            <li key={m.id}>
              {t('teamRemoved', m.name, m.removedBy, formatDateTime(m.removedAt))}
              {me.standing === 'owner' && (
                <button type="button" onClick={() => decide({ op: 'approve', id: m.id }, t('teamReaddConfirm', m.name))}>
                  {t('teamReadd')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {status.held.count > 0 && (
        <section data-testid="team-held">
          <h3>{t('teamHeld', status.held.count)}</h3>
          <p class="muted">{admin ? t('teamHeldExplain') : t('teamHeldAdminsOnly')}</p>
          <ul class="roster">
            {status.held.records.map((r) => (
              <li key={r.key} data-record={r.key}>
                {t('teamHeldRecord', r.member, formatDateTime(r.time), kindLabel(r.kind as ActionKind), r.subject ?? '—', r.chat)}
                {admin && (
                  <button type="button" onClick={() => decide({ op: 'admit', keys: [r.key] })}>
                    {t('teamAdmit')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <h3>{t('teamRequests')}</h3>
      {status.requests.length === 0 ? (
        <p class="muted">{t('teamRequestsNone')}</p>
      ) : (
        <>
          {admin && <p class="muted">{t('teamRequestCheck')}</p>}
          <ul class="roster" data-testid="team-requests">
            {status.requests.map((r) => (
              <li key={r.id} data-member={r.name}>
                <strong>{r.name}</strong> — {t('teamRequestAt', formatDateTime(r.at))}
                <br />
                <span class="muted">{t('teamFingerprint')}: <code class="fingerprint">{r.fingerprint}</code></span>
                {r.problem && <p class="error">{errorText(r.problem)}</p>}
                {admin && (
                  <span class="row-actions">
                    <button type="button" disabled={!!r.problem} onClick={() => decide({ op: 'approve', id: r.id })}>{t('teamApprove')}</button>
                    <button type="button" class="danger" onClick={() => decide({ op: 'remove', id: r.id })}>{t('teamRefuse')}</button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
