import { useState } from 'preact/hooks';
import { formatDateTime } from './log/labels';
import { errorText } from './error-text';
import { t } from './i18n';

export interface TeamRegulationProps {
  /** What the team works by, as its owner or an admin set it; null when none is set. */
  regulation: { id: string; title: string; school: string; by: string; at: number } | null;
  /** The owner and admins may set the chosen regulation for everyone. */
  canSet: boolean;
  chosenId: string | null;
  onSet(): Promise<void>;
}

/** The team's regulation: who set it and when; the owner or an admin sets the one chosen here for all. */
export function TeamRegulation({ regulation, canSet, chosenId, onSet }: TeamRegulationProps) {
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const set = async () => {
    try {
      await onSet();
      setNote({ ok: true, text: t('teamRegulationSetOk') });
    } catch (error) {
      setNote({ ok: false, text: errorText(error) });
    }
  };
  return (
    <div class="team-regulation" data-testid="team-regulation">
      <p>
        {regulation
          ? t('teamRegulationIs', regulation.title, regulation.school, regulation.by, formatDateTime(regulation.at))
          : t('teamRegulationNone')}
      </p>
      {canSet && chosenId && chosenId !== regulation?.id && (
        <button type="button" data-action="set-team-regulation" onClick={() => void set()}>
          {t('teamRegulationSet')}
        </button>
      )}
      {!canSet && <p class="muted">{t('teamRegulationAdminsOnly')}</p>}
      {note && (
        <p role={note.ok ? 'status' : 'alert'} class={note.ok ? 'ok' : 'error'}>
          {note.text}
        </p>
      )}
    </div>
  );
}
