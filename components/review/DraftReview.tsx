import { useEffect, useState } from 'preact/hooks';
import { ROLE_IDS, type RoleId } from '@/core/regulation/kinds';
import type { DraftLine, RegulationDraft } from '@/core/regulation/reader/draft';
import { QuietWindowsEditor } from '../QuietWindowsEditor';
import { t } from '../i18n';
import { AddLineForm } from './AddLineForm';
import { DocumentPane } from './DocumentPane';
import { LineRow } from './LineRow';
import { ModerationEditor } from './ModerationEditor';
import { movedTo, OTHER_PLACES, placeOf, placeOptions, roleTitle, type Place } from './places';
import { noteText } from './problem-text';

export interface DraftReviewProps {
  draft: RegulationDraft;
  onChange(draft: RegulationDraft): void;
  onSave(): void;
  onDiscard(): void;
  status: { ok: boolean; text: string } | null;
}

/**
 * The document on one side and the profile read from it on the other: each line links to its
 * sentence, moves to another role or list, is edited or set aside; nothing is used until saved.
 */
export function DraftReview({ draft, onChange, onSave, onDiscard, status }: DraftReviewProps) {
  // The line picked or moved last; each pick is new, so picking the same line again brings it back into view.
  const [picked, setPicked] = useState<{ id: string; at: number } | null>(null);
  const current = picked?.id ?? null;
  const setCurrent = (id: string) => setPicked({ id, at: performance.now() });
  const options = placeOptions(draft.roleTitles);
  const setLines = (lines: DraftLine[]) => onChange({ ...draft, lines });
  const update = (id: string, change: (l: DraftLine) => DraftLine) => setLines(draft.lines.map((l) => (l.id === id ? change(l) : l)));

  // The line just picked or moved: its row in view with its control focused, its sentence in view.
  // Only a pick moves focus: an edit elsewhere on the page must not pull it back here.
  useEffect(() => {
    if (!picked) return;
    const select = document.querySelector<HTMLElement>(`li[data-line="${picked.id}"] select`);
    select?.scrollIntoView({ block: 'nearest' });
    select?.focus();
    const source = draft.lines.find((l) => l.id === picked.id)?.source;
    if (source) document.getElementById(`src-${source.start}`)?.scrollIntoView({ block: 'center' });
  }, [picked]);

  const move = (line: DraftLine, place: Place) => {
    const moved = movedTo(line, place);
    setCurrent(line.id);
    const titles = moved.role && !draft.roleTitles[moved.role] ? { ...draft.roleTitles, [moved.role]: roleTitle(draft.roleTitles, moved.role) } : draft.roleTitles;
    onChange({ ...draft, roleTitles: titles, lines: draft.lines.map((l) => (l.id === line.id ? moved : l)) });
  };

  const roles = ROLE_IDS.filter((r) => draft.roleTitles[r] || draft.lines.some((l) => l.kind === 'duty' && l.role === r));
  const groups: Array<{ place: Place; heading: string; lines: DraftLine[]; role?: RoleId }> = [
    ...roles.map((role) => ({ place: `duty:${role}` as Place, role, heading: t('reviewDutiesOf', roleTitle(draft.roleTitles, role)), lines: [] as DraftLine[] })),
    ...OTHER_PLACES.map((place) => ({ place: place as Place, heading: t(`reviewGroup_${place}`), lines: [] as DraftLine[] })),
  ];
  for (const line of draft.lines) groups.find((g) => g.place === placeOf(line))?.lines.push(line);

  return (
    <div class="review">
      <DocumentPane text={draft.text} lines={draft.lines} current={current} onPick={setCurrent} />
      <section class="profile" aria-label={t('reviewProfile')} data-testid="review-profile">
        <h2>{t('reviewProfile')}</h2>
        {draft.notes.length > 0 && (
          <ul class="notes" data-testid="review-notes">
            {draft.notes.map((note, i) => (
              <li key={i}>{noteText(note)}</li>
            ))}
          </ul>
        )}
        <fieldset>
          <legend>{t('reviewAbout')}</legend>
          {(['school', 'title', 'place'] as const).map((field) => (
            <p key={field}>
              <label for={`review-${field}`}>{t(`reviewField_${field}`)}</label>
              <input id={`review-${field}`} class="wide" value={draft[field]} required={field !== 'place'} onInput={(e) => onChange({ ...draft, [field]: e.currentTarget.value })} />
            </p>
          ))}
        </fieldset>

        {groups.map((group) => (
          <section key={group.place} class="group" data-place={group.place}>
            <h3>
              {group.heading} <span class="muted">({group.lines.length})</span>
            </h3>
            {group.role && (
              <p>
                <label>
                  {t('reviewRoleTitle')}{' '}
                  <input class="wide" value={roleTitle(draft.roleTitles, group.role)} onInput={(e) => onChange({ ...draft, roleTitles: { ...draft.roleTitles, [group.role!]: e.currentTarget.value } })} />
                </label>
              </p>
            )}
            {group.lines.length ? (
              <ul class="lines">
                {group.lines.map((line) => (
                  <LineRow
                    key={line.id}
                    line={line}
                    options={options}
                    current={line.id === current}
                    onMove={(place) => move(line, place)}
                    onEdit={(text) => update(line.id, (l) => ({ ...l, text }))}
                    onShow={() => setCurrent(line.id)}
                  />
                ))}
              </ul>
            ) : (
              <p class="muted">{t('reviewGroupEmpty')}</p>
            )}
          </section>
        ))}
        <AddLineForm options={options} parts={draft.parts} onAdd={(line) => (setLines([...draft.lines, line]), setCurrent(line.id))} />

        <fieldset data-testid="review-quiet">
          <legend>{t('reviewQuiet')}</legend>
          {draft.quietHours ? (
            <>
              <p>
                <label>
                  {t('reviewClause')}{' '}
                  <input size={8} value={draft.quietHours.clause} onInput={(e) => onChange({ ...draft, quietHours: { ...draft.quietHours!, clause: e.currentTarget.value.trim() } })} />
                </label>
              </p>
              <QuietWindowsEditor windows={draft.quietHours.windows} onChange={(windows) => onChange({ ...draft, quietHours: { ...draft.quietHours!, windows } })} />
              <button type="button" onClick={() => onChange({ ...draft, quietHours: null })}>
                {t('reviewQuietRemove')}
              </button>
            </>
          ) : (
            <>
              <p class="muted">{t('reviewQuietNone')}</p>
              <button type="button" onClick={() => onChange({ ...draft, quietHours: { clause: '1', windows: [{ days: [0, 1, 2, 3, 4, 5, 6], start: '22:00', end: '06:00' }] } })}>
                {t('reviewQuietAdd')}
              </button>
            </>
          )}
        </fieldset>
        <ModerationEditor rules={draft.moderation} onChange={(moderation) => onChange({ ...draft, moderation })} />

        <p class="row-actions save-bar">
          <button type="button" class="primary" data-action="save" onClick={onSave}>
            {t('reviewSave')}
          </button>
          <button type="button" data-action="discard" onClick={onDiscard}>
            {t('reviewDiscard')}
          </button>
        </p>
        {status && (
          <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'ok' : 'error'} data-testid="review-status">
            {status.text}
          </p>
        )}
      </section>
    </div>
  );
}
