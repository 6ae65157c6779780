import { useState } from 'preact/hooks';
import { MIN_PASSPHRASE, type BackupProblem } from '@/core/team/identity-backup';
import { errorText } from '../error-text';
import { t, type MessageKey } from '../i18n';

export interface IdentityBackupProps {
  /** Writes the sealed file for download; resolves to a problem code, or null when saved. */
  onSave(passphrase: string): Promise<BackupProblem | null>;
  /** Restores from a file; resolves to a problem code, or null when this browser now holds the identity. */
  onRestore(text: string, passphrase: string): Promise<BackupProblem | null>;
}

type Note = { ok: boolean; text: string } | null;

/** This browser's key saved to a passphrase-sealed file, and restored from one on a new profile or browser. */
export function IdentityBackup({ onSave, onRestore }: IdentityBackupProps) {
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const said = (problem: BackupProblem | null, ok: MessageKey): Note =>
    problem ? { ok: false, text: t(`backupProblem_${problem.replace(/-/g, '_')}` as MessageKey, MIN_PASSPHRASE) } : { ok: true, text: t(ok) };
  const run = async (work: () => Promise<Note>) => {
    setBusy(true);
    try {
      setNote(await work());
    } catch (error) {
      setNote({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section data-testid="identity-backup" aria-busy={busy}>
      <h3>{t('backupTitle')}</h3>
      <p class="muted">{t('backupIntro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const pass = (form.elements.namedItem('pass') as HTMLInputElement).value;
          const again = (form.elements.namedItem('again') as HTMLInputElement).value;
          if (pass !== again) return setNote({ ok: false, text: t('backupMismatch') });
          void run(async () => said(await onSave(pass), 'backupSaved'));
        }}
      >
        <p class="row-actions">
          <label>
            {t('backupPassphrase')} <input name="pass" type="password" autocomplete="new-password" required minLength={MIN_PASSPHRASE} />
          </label>
          <label>
            {t('backupPassphraseAgain')} <input name="again" type="password" autocomplete="new-password" required />
          </label>
          <button type="submit" disabled={busy}>
            {t('backupSave')}
          </button>
        </p>
      </form>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
          const pass = (form.elements.namedItem('pass') as HTMLInputElement).value;
          if (!file) return setNote({ ok: false, text: t('backupNoFile') });
          if (!confirm(t('backupRestoreConfirm'))) return;
          void run(async () => said(await onRestore(await file.text(), pass), 'backupRestored'));
        }}
      >
        <p class="row-actions">
          <label>
            {t('backupFile')} <input name="file" type="file" accept=".json,application/json" />
          </label>
          <label>
            {t('backupPassphrase')} <input name="pass" type="password" autocomplete="current-password" required />
          </label>
          <button type="submit" disabled={busy}>
            {t('backupRestore')}
          </button>
        </p>
      </form>
      {note && (
        <p role={note.ok ? 'status' : 'alert'} class={note.ok ? 'ok' : 'error'} data-testid="backup-note">
          {note.text}
        </p>
      )}
    </section>
  );
}
