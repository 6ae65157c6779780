import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActionDraft, DistributiveOmit } from '@/core/moderation/actions';
import { subjectFromName } from '@/core/moderation/subject-id';
import { matchName, peopleOf, type Person } from '@/core/page-messages/people';
import type { ChatRef } from '@/core/chat';
import type { ParticipantSummary } from '@/core/moderation/participants';
import type { CitedDecision } from '@/core/moderation/policy';
import { t, type MessageKey } from './i18n';
import { formatDateTime } from './log/labels';
import { describeOutcome, type Outcome } from './outcome';

/**
 * `days` and `months` later on the calendar, a month's end kept (31 January + 1 month is 28 or 29
 * February), by Date's own setters: date-fns stays out of the messenger tab's script for its size.
 */
function later(now: number, days: number, months = 0): number {
  const d = new Date(now);
  const day = d.getDate();
  d.setDate(1);
  d.setMonth(d.getMonth() + months);
  d.setDate(Math.min(day, new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate()) + days);
  return d.getTime();
}

const DURATIONS = [
  { key: '1d', until: (now: number) => later(now, 1) },
  { key: '3d', until: (now: number) => later(now, 3) },
  { key: '7d', until: (now: number) => later(now, 7) },
  { key: '14d', until: (now: number) => later(now, 14) },
  { key: '1m', until: (now: number) => later(now, 0, 1) },
] as const;

export interface ModerationSectionProps {
  chat: ChatRef;
  participants: ParticipantSummary[];
  violationsBeforeBlock: number;
  /** Sends the action to be checked and logged; resolves with the decision, or an error text. */
  onRecord(draft: ActionDraft): Promise<CitedDecision | string>;
  onOpenLog(): void;
  /** People seen writing in this chat's messages on the page, suggested as the participant. */
  seen?: Person[];
  /** A message the moderator chose to act on: its author and an excerpt as evidence (a new `nonce` each time). */
  fromMessage?: { author: Person | null; evidence: string; nonce: number; reason?: string; clause?: string; messageId?: string } | null;
}

type DraftBody = DistributiveOmit<ActionDraft, 'chat' | 'subject' | 'clauses'>;

/** A chat can hold thousands of participants: the panel lists this many, the ones that match what is typed. */
export const PARTICIPANTS_SHOWN = 30;

/** The first `limit` of `items` whose name contains `typed` (all of them when nothing is typed). */
function matching<T>(items: T[], nameOf: (item: T) => string, typed: string, limit: number): T[] {
  const needle = typed.trim().toLocaleLowerCase('ru');
  const found: T[] = [];
  for (const item of items) {
    if (found.length >= limit) break;
    if (!needle || nameOf(item).toLocaleLowerCase('ru').includes(needle)) found.push(item);
  }
  return found;
}

/** How the form tells apart people of one name: by where they are known from. */
const personHint = (p: Person) => (p.byName ? t('modPersonByName') : p.id.startsWith('id:') ? t('modPersonOnPage', p.id.slice(3)) : t('modPersonTyped'));

/** Quick moderator actions for a participant of the open chat, checked against the regulation. */
export function ModerationSection({ chat, participants, violationsBeforeBlock, onRecord, onOpenLog, seen = [], fromMessage = null }: ModerationSectionProps) {
  const [name, setName] = useState('');
  /** The person picked (from a message, or among look-alikes), until the name is edited. */
  const [chosen, setChosen] = useState<Person | null>(null);
  const [evidence, setEvidence] = useState<string | null>(null);
  /** The flagged message the evidence came from, and the clause found broken: the record handles that message. */
  const [flagged, setFlagged] = useState<{ messageId: string; clause?: string } | null>(null);
  const reasonInput = useRef<HTMLInputElement>(null);
  const [reason, setReason] = useState('');
  const [duration, setDuration] = useState<(typeof DURATIONS)[number]['key']>('7d');
  const [director, setDirector] = useState('');
  const [apology, setApology] = useState(false);
  const [noObjections, setNoObjections] = useState(false);
  const [objector, setObjector] = useState('');
  const [parents, setParents] = useState('');
  const [result, setResult] = useState<Outcome | null>(null);

  useEffect(() => {
    if (!fromMessage) return;
    setName(fromMessage.author?.name ?? '');
    setChosen(fromMessage.author?.name ? fromMessage.author : null);
    setEvidence(fromMessage.evidence || null);
    setFlagged(fromMessage.messageId ? { messageId: fromMessage.messageId, clause: fromMessage.clause } : null);
    setReason(fromMessage.reason ?? '');
    setResult(fromMessage.author?.name ? null : { tone: 'alert', text: t('modAuthorUnknown') });
    reasonInput.current?.focus();
  }, [fromMessage?.nonce]);

  const shown = matching(participants, (p) => p.subject.name, name, PARTICIPANTS_SHOWN);
  const people = peopleOf(participants.map((p) => p.subject), seen);
  const suggested = matching(people, (p) => p.name, name, PARTICIPANTS_SHOWN);
  const match = chosen ? ({ kind: 'known', person: chosen } as const) : name.trim() ? matchName(name, people) : null;
  const subject = match?.kind === 'known' || match?.kind === 'new' ? { id: match.person.id, name: match.person.name } : null;
  const known = subject && participants.find((p) => p.subject.id === subject.id);

  const choose = (person: Person) => {
    setChosen(person);
    setName(person.name);
    setResult(null);
  };

  const record = async (body: DraftBody) => {
    const needsSubject = body.kind !== 'rules-reminder';
    if (needsSubject && !subject) return setResult({ tone: 'alert', text: t(match?.kind === 'near' || match?.kind === 'ambiguous' ? 'modChooseFirst' : 'modNeedParticipant') });
    const from = evidence ? flagged : null;
    const draft = { ...body, chat, clauses: from?.clause ? [from.clause] : [], ...(subject ? { subject } : {}), ...(evidence ? { evidence } : {}), ...(from ? { messageId: from.messageId } : {}) };
    const outcome = describeOutcome(await onRecord(draft as ActionDraft));
    setResult(outcome);
    if (outcome.tone === 'ok') {
      setReason('');
      setDirector('');
      setFlagged(null);
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
        <input
          id="steward-subject"
          list="steward-participants"
          value={name}
          autoComplete="off"
          onInput={(e) => {
            setName(e.currentTarget.value);
            setChosen(null);
            setEvidence(null);
          }}
        />
        <datalist id="steward-participants">
          {suggested.map((p) => <option key={p.id} value={p.name} label={`${p.name} — ${personHint(p)}`} />)}
        </datalist>
      </p>
      {match?.kind === 'near' && (
        <p class="steward-warning" role="alert" data-testid="near-name">
          {t('modNearName', match.person.name)}{' '}
          <button type="button" data-action="take-near" onClick={() => choose(match.person)}>{t('modNearYes', match.person.name)}</button>{' '}
          <button type="button" data-action="take-typed" onClick={() => choose(match.typed)}>{t('modNearNo')}</button>
        </p>
      )}
      {match?.kind === 'ambiguous' && (
        <div class="steward-warning" role="alert" data-testid="same-name">
          <p>{t('modSameName', name.trim())}</p>
          {match.people.map((p) => (
            <button type="button" key={p.id} data-person={p.id} onClick={() => choose(p)}>
              {p.name} — {personHint(p)}
            </button>
          ))}
        </div>
      )}
      {chosen && chosen.byName && <p class="steward-muted" data-testid="by-name">{t('modChosenByName')}</p>}
      {evidence && (
        <p class="steward-evidence" data-testid="evidence">
          {t('modEvidence')} <q>{evidence}</q>{' '}
          <button type="button" class="steward-link" aria-label={t('modEvidenceDrop')} onClick={() => setEvidence(null)}>×</button>
        </p>
      )}
      {known && (
        <p class="steward-muted" data-testid="strikes">
          {t('modStrikes', known.strikes, violationsBeforeBlock)}
          {known.blockedUntil && <> · {t('modBlockedUntil', formatDateTime(known.blockedUntil))}</>}
          {known.objectors.length > 0 && <> · {t('modObjectors', known.objectors.join(', '))}</>}
        </p>
      )}
      <p>
        <label for="steward-mod-reason">{t('modReason')}</label>
        <input id="steward-mod-reason" ref={reasonInput} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
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
