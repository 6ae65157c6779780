import { useState } from 'preact/hooks';
import { addDays, addMonths } from 'date-fns';
import type { ActionDraft, DistributiveOmit } from '@/core/moderation/actions';
import type { Subject } from '@/core/moderation/subject';
import { subjectFromName } from '@/core/moderation/subject-id';
import type { ChatRef } from '@/core/chat';
import type { ParticipantSummary } from '@/core/moderation/participants';
import type { CitedDecision } from '@/core/moderation/policy';
import { t, type MessageKey } from './i18n';
import { formatDateTime } from './log/labels';
import { describeOutcome, type Outcome } from './outcome';

const DURATIONS = [
  { key: '1d', until: (now: number) => addDays(now, 1).getTime() },
  { key: '3d', until: (now: number) => addDays(now, 3).getTime() },
  { key: '7d', until: (now: number) => addDays(now, 7).getTime() },
  { key: '14d', until: (now: number) => addDays(now, 14).getTime() },
  { key: '1m', until: (now: number) => addMonths(now, 1).getTime() },
] as const;

export interface ModerationSectionProps {
  chat: ChatRef;
  participants: ParticipantSummary[];
  violationsBeforeBlock: number;
  /** Sends the action to be checked and logged; resolves with the decision, or an error text. */
  onRecord(draft: ActionDraft): Promise<CitedDecision | string>;
  onOpenLog(): void;
}

type DraftBody = DistributiveOmit<ActionDraft, 'chat' | 'subject' | 'clauses'>;

/** A chat can hold thousands of participants: the panel lists this many, the ones that match what is typed. */
export const PARTICIPANTS_SHOWN = 30;

/** The most recent participants whose name contains `typed` (all of them when nothing is typed), at most `limit`. */
function matching(participants: ParticipantSummary[], typed: string, limit: number): ParticipantSummary[] {
  const needle = typed.trim().toLocaleLowerCase('ru');
  const found: ParticipantSummary[] = [];
  for (const p of participants) {
    if (found.length >= limit) break;
    if (!needle || p.subject.name.toLocaleLowerCase('ru').includes(needle)) found.push(p);
  }
  return found;
}

/** Quick moderator actions for a participant of the open chat, checked against the regulation. */
export function ModerationSection({ chat, participants, violationsBeforeBlock, onRecord, onOpenLog }: ModerationSectionProps) {
  const [name, setName] = useState('');
  const [reason, setReason] = useState('');
  const [duration, setDuration] = useState<(typeof DURATIONS)[number]['key']>('7d');
  const [director, setDirector] = useState('');
  const [apology, setApology] = useState(false);
  const [noObjections, setNoObjections] = useState(false);
  const [objector, setObjector] = useState('');
  const [parents, setParents] = useState('');
  const [result, setResult] = useState<Outcome | null>(null);

  const shown = matching(participants, name, PARTICIPANTS_SHOWN);
  const typed = name.trim() ? subjectFromName(name) : null;
  const known = typed && participants.find((p) => subjectFromName(p.subject.name).id === typed.id);
  const subject: Subject | null = known?.subject ?? typed;

  const record = async (body: DraftBody) => {
    const needsSubject = body.kind !== 'rules-reminder';
    if (needsSubject && !subject) return setResult({ tone: 'alert', text: t('modNeedParticipant') });
    const outcome = describeOutcome(await onRecord({ ...body, chat, clauses: [], ...(subject ? { subject } : {}) } as ActionDraft));
    setResult(outcome);
    if (outcome.tone === 'ok') {
      setReason('');
      setDirector('');
    }
  };

  const reasonText = reason.trim();
  const objection = (kind: 'objection' | 'objection-withdrawn') => {
    if (!objector.trim()) return setResult({ tone: 'alert', text: t('modNeedObjector') });
    return record(kind === 'objection' ? { kind, objector: objector.trim(), ...(reasonText ? { reason: reasonText } : {}) } : { kind, objector: objector.trim() });
  };
  const block = (directorAuthorisation?: string) =>
    record({ kind: 'blocked', reason: reasonText, until: DURATIONS.find((d) => d.key === duration)!.until(Date.now()), ...(directorAuthorisation ? { directorAuthorisation } : {}) });

  return (
    <details class="steward-section" open data-testid="moderation">
      <summary>{t('modTitle')}</summary>
      <p>
        <label for="steward-subject">{t('modParticipant')}</label>
        <input id="steward-subject" list="steward-participants" value={name} autoComplete="off" onInput={(e) => setName(e.currentTarget.value)} />
        <datalist id="steward-participants">
          {shown.map((p) => <option key={p.subject.id} value={p.subject.name} />)}
        </datalist>
      </p>
      {known && (
        <p class="steward-muted" data-testid="strikes">
          {t('modStrikes', known.strikes, violationsBeforeBlock)}
          {known.blockedUntil && <> · {t('modBlockedUntil', formatDateTime(known.blockedUntil))}</>}
          {known.objectors.length > 0 && <> · {t('modObjectors', known.objectors.join(', '))}</>}
        </p>
      )}
      <p>
        <label for="steward-mod-reason">{t('modReason')}</label>
        <input id="steward-mod-reason" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </p>
      <div class="steward-actions">
        <button type="button" data-action="violation" onClick={() => void record({ kind: 'violation', reason: reasonText })}>{t('modViolation')}</button>
        <button type="button" data-action="reminder" onClick={() => void record({ kind: 'rules-reminder', ...(reasonText ? { reason: reasonText } : {}) })}>{t('modReminder')}</button>
        <button type="button" data-action="rules-introduced" onClick={() => void record({ kind: 'rules-introduced' })}>{t('modRulesIntroduced')}</button>
        <button type="button" data-action="deleted" onClick={() => void record({ kind: 'message-deleted', reason: reasonText })}>{t('modDeleted')}</button>
      </div>
      <div class="steward-actions">
        <label>
          {t('modBlockFor')}{' '}
          <select value={duration} onChange={(e) => setDuration(e.currentTarget.value as typeof duration)}>
            {DURATIONS.map((d) => <option key={d.key} value={d.key}>{t(`modDuration_${d.key}` as MessageKey)}</option>)}
          </select>
        </label>
        <button type="button" class="steward-danger" data-action="block" onClick={() => void block()}>{t('modBlock')}</button>
      </div>
      {result?.needsDirector && (
        <p>
          <label for="steward-director">{t('modDirector')}</label>
          <input id="steward-director" value={director} onInput={(e) => setDirector(e.currentTarget.value)} />
          <button type="button" data-action="block-director" onClick={() => void block(director.trim())}>{t('modBlockWithDirector')}</button>
        </p>
      )}
      <div class="steward-actions">
        <label><input id="steward-apology" type="checkbox" checked={apology} onChange={(e) => setApology(e.currentTarget.checked)} /> {t('modApology')}</label>
        <label><input id="steward-no-objections" type="checkbox" checked={noObjections} onChange={(e) => setNoObjections(e.currentTarget.checked)} /> {t('modNoObjections')}</label>
        <button type="button" data-action="unblock" onClick={() => void record({ kind: 'unblocked', apology, objections: !noObjections, ...(reasonText ? { reason: reasonText } : {}) })}>{t('modUnblock')}</button>
      </div>
      {known?.blockedUntil && (
        <div class="steward-actions">
          <input id="steward-objector" aria-label={t('modObjector')} placeholder={t('modObjector')} value={objector} onInput={(e) => setObjector(e.currentTarget.value)} />
          <button type="button" data-action="objection" onClick={() => void objection('objection')}>{t('modObjection')}</button>
          <button type="button" data-action="objection-withdrawn" onClick={() => void objection('objection-withdrawn')}>{t('modObjectionWithdrawn')}</button>
        </div>
      )}
      <div class="steward-actions">
        <input aria-label={t('modParents')} placeholder={t('modParents')} value={parents} onInput={(e) => setParents(e.currentTarget.value)} />
        <button type="button" data-action="remove-student" onClick={() => void record({ kind: 'removed', leaver: 'student', parents: parents.split(',').filter((p) => p.trim()).map(subjectFromName) })}>
          {t('modLeaver')}: {t('modLeaverStudent')}
        </button>
        <button type="button" data-action="remove-employee" onClick={() => void record({ kind: 'removed', leaver: 'employee', parents: [] })}>
          {t('modLeaver')}: {t('modLeaverEmployee')}
        </button>
      </div>
      {participants.length > 0 && (
        <>
          <h3>{t('modParticipants')}</h3>
          <ul class="steward-duties" data-testid="participants">
            {shown.map((p) => (
              <li key={p.subject.id} data-subject={p.subject.id}>
                {p.subject.name}: {t('modStrikes', p.strikes, violationsBeforeBlock)}
                {p.blockedUntil && <> · {t('modBlockedUntil', formatDateTime(p.blockedUntil))}</>}
                {p.objectors.length > 0 && <> · {t('modObjectors', p.objectors.join(', '))}</>}
                <span class="steward-role"> — {t('modBy', p.lastAuthor)}</span>
              </li>
            ))}
          </ul>
          {shown.length < participants.length && (
            <p class="steward-muted" data-testid="participants-more">
              {t('modParticipantsMore', shown.length, participants.length)}
            </p>
          )}
        </>
      )}
      {result && <p class={result.tone === 'ok' ? 'steward-notice' : 'steward-warning'} role={result.tone === 'ok' ? 'status' : 'alert'} data-testid="mod-result">{result.text}</p>}
      <p><button type="button" class="steward-link" onClick={onOpenLog}>{t('modOpenLog')}</button></p>
    </details>
  );
}
