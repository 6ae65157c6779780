import { useState } from 'preact/hooks';
import { renderSVG } from 'uqr';
import type { TeamStatus } from '@/core/team/config';
import { errorText } from './error-text';
import { t, type MessageKey } from './i18n';
import { formatDateTime } from './log/labels';

export interface TeamSectionProps {
  status: TeamStatus | null;
  defaultSignaling: string;
  onCreate(team: string, signaling: string[]): Promise<void>;
  onJoin(code: string): Promise<boolean>;
  onLeave(): Promise<void>;
  onOnline(online: boolean): Promise<void>;
  onExport(): Promise<void>;
  onImport(text: string): Promise<{ ok: boolean; added?: number; problem?: string }>;
}

type Note = { ok: boolean; text: string } | null;

/** Create or join a co-moderators' team, see who is in it and whether it syncs, exchange files offline. */
export function TeamSection(props: TeamSectionProps) {
  const [name, setName] = useState('');
  const [signaling, setSignaling] = useState(props.defaultSignaling);
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

  if (!status) {
    return (
      <section data-testid="team">
        <h2>{t('teamSection')}</h2>
        <p class="muted">{t('teamIntro')}</p>
        <fieldset>
          <p><label for="team-name">{t('teamName')}</label> <input id="team-name" value={name} onInput={(e) => setName(e.currentTarget.value)} /></p>
          <p>
            <label for="team-signaling">{t('teamSignaling')}</label>
            <br />
            <textarea id="team-signaling" rows={2} cols={50} value={signaling} onInput={(e) => setSignaling(e.currentTarget.value)} />
          </p>
          <button type="button" onClick={() => attempt(async () => {
            await props.onCreate(name.trim() || t('teamSection'), signaling.split(/\s+/).filter(Boolean));
            return null;
          })}>{t('teamCreate')}</button>
        </fieldset>
        <fieldset>
          <p>
            <label for="team-code">{t('teamJoinCode')}</label>
            <br />
            <textarea id="team-code" rows={3} cols={50} value={code} onInput={(e) => setCode(e.currentTarget.value)} />
          </p>
          <button type="button" onClick={() => attempt(async () => ((await props.onJoin(code)) ? null : { ok: false, text: t('teamBadInvite') }))}>{t('teamJoin')}</button>
        </fieldset>
        {note && <p role={note.ok ? 'status' : 'alert'} class={note.ok ? 'ok' : 'error'}>{note.text}</p>}
      </section>
    );
  }

  return (
    <section data-testid="team">
      <h2>{t('teamSection')}: {status.team}</h2>
      <p>{t('teamInvite')}</p>
      <div class="invite">
        <textarea readOnly rows={3} cols={50} aria-label={t('teamJoinCode')} data-testid="team-code" value={status.code} />
        <span class="qr" role="img" aria-label={t('teamJoinCode')} dangerouslySetInnerHTML={{ __html: renderSVG(status.code) }} />
      </div>
      <button type="button" onClick={() => attempt(async () => {
        await navigator.clipboard.writeText(status.code);
        return { ok: true, text: t('teamCopied') };
      })}>{t('teamCopy')}</button>
      <ul data-testid="team-status">
        <li>{t('teamMembers', status.members.map((m) => m.name).join(', '))}</li>
        <li>{status.online ? t('teamPeersOnline', status.peers) : t('teamOffline')}</li>
        {status.online && !status.signalingConnected && status.peers === 0 && <li>{t('teamNoSignaling')}</li>}
        <li>{status.lastSync ? t('teamLastSync', formatDateTime(status.lastSync)) : t('teamNeverSynced')}</li>
        <li>{t('teamRecords', status.records)}</li>
        {status.retention?.months && <li>{t('teamRetentionShown', t('logRetentionMonths', status.retention.months), status.retention.by)}</li>}
        {status.invalid > 0 && <li class="error">{t('teamInvalid', status.invalid)}</li>}
        {status.undone > 0 && (
          <li class="error" data-testid="team-undone">
            {t('teamUndone', status.undone, formatDateTime(status.lastUndone ?? 0))}
            {status.undoneBy.length > 0 && ` ${t('teamUndoneBy', status.undoneBy.join(', '))}`}
          </li>
        )}
      </ul>
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
