import { useState } from 'preact/hooks';
import type { RosterDecision, TeamStatus } from '@/core/team/config';
import { errorText } from './error-text';
import { t, type MessageKey } from './i18n';
import { formatDateTime } from './log/labels';
import { TeamCreate, type TeamPlan } from './team/TeamCreate';
import { TeamInvite } from './team/TeamInvite';
import { TeamRendezvous } from './team/TeamRendezvous';
import { TeamVersions } from './team/TeamVersions';
import { SyncProgress, type WatchProgress } from './team/SyncProgress';
import { TeamRoster } from './team/TeamRoster';

export interface TeamSectionProps {
  status: TeamStatus | null;
  onCreate(plan: TeamPlan): Promise<void>;
  /** How far a long sync is, as it moves. */
  watchProgress?: WatchProgress;
  /** Null when joined, else the refusal's code ('bad-invite', 'invite-expired'). */
  onJoin(code: string): Promise<string | null>;
  /** A join code is being entered: the sync host may start meanwhile. */
  onPrepare?(): void;
  /** Null when done, else the refusal's code. */
  onDecide(decision: RosterDecision): Promise<string | null>;
  onLeave(): Promise<void>;
  onOnline(online: boolean): Promise<void>;
  onExport(): Promise<void>;
  onImport(text: string): Promise<{ ok: boolean; added?: number; problem?: string }>;
}

type Note = { ok: boolean; text: string } | null;

/**
 * Create or join a co-moderators' team; see who is in it (with key fingerprints), who asks to
 * join, and whether it syncs; the owner and admins approve and remove; exchange files offline.
 */
export function TeamSection(props: TeamSectionProps) {
  const [code, setCode] = useState('');
  const [note, setNote] = useState<Note>(null);
  // What the user switched to, until the host confirms: a status poll in between must not flip it back.
  const [wantOnline, setWantOnline] = useState<boolean | null>(null);
  const { status } = props;

  const attempt = async (work: () => Promise<Note>) => {
    try {
      setNote(await work());
    } catch (error) {
      setNote({ ok: false, text: t('teamFailed', errorText(error)) });
    }
  };
  const decide = (decision: RosterDecision, confirmText?: string) => {
    if (confirmText && !confirm(confirmText)) return;
    void attempt(async () => {
      const problem = await props.onDecide(decision);
      return problem ? { ok: false, text: errorText(problem) } : null;
    });
  };

  if (!status) {
    return (
      <section data-testid="team">
        <h2>{t('teamSection')}</h2>
        <p class="muted">{t('teamIntro')}</p>
        <TeamCreate
          onCreate={(plan) => attempt(async () => {
            await props.onCreate(plan);
            return null;
          })}
          onProblem={(text) => setNote({ ok: false, text })}
        />
        <fieldset>
          <p>
            <label for="team-code">{t('teamJoinCode')}</label>
            <br />
            <textarea id="team-code" rows={3} cols={50} value={code} onInput={(e) => {
              if (!code.trim() && e.currentTarget.value.trim()) props.onPrepare?.();
              setCode(e.currentTarget.value);
            }} />
          </p>
          <button type="button" onClick={() => attempt(async () => {
            const problem = await props.onJoin(code);
            return problem ? { ok: false, text: errorText(problem) } : null;
          })}>{t('teamJoin')}</button>
        </fieldset>
        {note && <p role={note.ok ? 'status' : 'alert'} class={note.ok ? 'ok' : 'error'} data-testid="team-note">{note.text}</p>}
      </section>
    );
  }

  return (
    <section data-testid="team">
      <h2>{t('teamSection')}: {status.team}</h2>
      <p role={status.me.standing === 'removed' ? 'alert' : 'status'} class={status.me.standing === 'removed' ? 'error' : undefined} data-testid="team-me">
        {t(`teamMe_${status.me.standing}`, status.me.fingerprint)}
      </p>
      {status.me.standing !== 'removed' && <TeamInvite status={status} decide={decide} onCopied={() => setNote({ ok: true, text: t('teamCopied') })} />}
      <TeamRoster status={status} decide={decide} />
      <ul data-testid="team-status">
        <li>{status.online ? t('teamPeersOnline', status.peers) : t('teamOffline')}</li>
        <TeamRendezvous status={status} />
        <li>{status.lastSync ? t('teamLastSync', formatDateTime(status.lastSync)) : t('teamNeverSynced')}</li>
        <li>{t('teamRecords', status.records)}</li>
        {status.retention?.months && <li>{t('teamRetentionShown', t('logRetentionMonths', status.retention.months), status.retention.by)}</li>}
        {status.waiting > 0 && <li>{t('teamWaiting', status.waiting)}</li>}
        {status.future > 0 && <li data-testid="team-future">{t('teamFuture', status.future)}</li>}
        <TeamVersions status={status} />
        {status.refused > 0 && (
          <li class="error" data-testid="team-refused">
            {t('teamRefused', status.refused)}
            {status.refusedFrom.length > 0 && ` ${t('teamRefusedFrom', status.refusedFrom.join(', '))}`}
          </li>
        )}
        {status.undone > 0 && (
          <li class="error" data-testid="team-undone">
            {t('teamUndone', status.undone, formatDateTime(status.lastUndone ?? 0))}
            {status.undoneBy.length > 0 && ` ${t('teamUndoneBy', status.undoneBy.join(', '))}`}
          </li>
        )}
      </ul>
      {props.watchProgress && <SyncProgress watch={props.watchProgress} />}
      <label class="check">
        <input
          type="checkbox"
          name="team-online"
          checked={wantOnline ?? status.online}
          onChange={(e) => {
            const online = e.currentTarget.checked;
            setWantOnline(online);
            void attempt(() => props.onOnline(online).then(() => null)).finally(() => setWantOnline(null));
          }}
        />
        {t('teamOnline')}
      </label>
      <p class="row-actions">
        <button type="button" onClick={() => attempt(async () => { await props.onExport(); return null; })}>{t('teamExport')}</button>
        <label class="file">
          {t('teamImport')}{' '}
          <input type="file" accept=".json,application/json" onChange={(e) => attempt(async () => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Cleared, so choosing the same file again (a newer copy, or a retry) still imports.
            input.value = '';
            if (!file) return null;
            const result = await props.onImport(await file.text());
            return result.ok ? { ok: true, text: t('teamImported', result.added ?? 0) } : { ok: false, text: t('teamImportFailed', t(`teamProblem_${(result.problem ?? 'not-a-team-file').replaceAll('-', '_')}` as MessageKey)) };
          })} />
        </label>
      </p>
      <button type="button" class="danger" onClick={() => confirm(t('teamLeaveConfirm')) && void props.onLeave()}>{t('teamLeave')}</button>
      {note && <p role={note.ok ? 'status' : 'alert'} class={note.ok ? 'ok' : 'error'} data-testid="team-note">{note.text}</p>}
    </section>
  );
}
