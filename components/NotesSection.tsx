import { useState } from 'preact/hooks';
import type { ActionDraft } from '@/core/moderation/actions';
import type { ChatRef } from '@/core/chat';
import type { ChatNote } from '@/core/moderation/participants';
import type { CitedDecision } from '@/core/moderation/policy';
import { t } from './i18n';
import { formatDateTime } from './log/labels';
import { describeOutcome, type Outcome } from './outcome';

export interface NotesSectionProps {
  chat: ChatRef;
  /** Newest first; in a team, co-moderators' notes too. */
  notes: ChatNote[];
  onRecord(draft: ActionDraft): Promise<CitedDecision | string>;
}

const MAX_NOTE = 4000;

/** Moderators' notes about the open chat, shared with the team like the rest of the log. */
export function NotesSection({ chat, notes, onRecord }: NotesSectionProps) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<Outcome | null>(null);

  const save = async () => {
    if (!text.trim()) return setResult({ tone: 'alert', text: t('noteEmpty') });
    const outcome = describeOutcome(await onRecord({ kind: 'note', chat, clauses: [], text: text.trim() }));
    setResult(outcome);
    if (outcome.tone === 'ok') setText('');
  };

  // Ctrl+Enter saves, as in most note fields; plain Enter makes a new line.
  const saveOnCtrlEnter = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    void save();
  };

  return (
    <details class="steward-section" open data-testid="notes-section">
      <summary>{t('notesTitle')}</summary>
      <p>
        <label for="steward-note">{t('noteLabel')}</label>
        <textarea
          id="steward-note"
          rows={2}
          maxLength={MAX_NOTE}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={saveOnCtrlEnter}
        />
      </p>
      <div class="steward-actions">
        <button type="button" data-action="note" onClick={() => void save()}>{t('noteSave')}</button>
      </div>
      {result && <p class={result.tone === 'ok' ? 'steward-notice' : 'steward-warning'} role={result.tone === 'ok' ? 'status' : 'alert'} data-testid="note-result">{result.text}</p>}
      {notes.length > 0 && (
        <ul class="steward-duties" data-testid="notes">
          {notes.map((n) => (
            <li key={n.id}>
              {n.subject && <>{n.subject.name}: </>}
              {n.text}
              <span class="steward-role"> — {n.actor}, {formatDateTime(n.time)}</span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
