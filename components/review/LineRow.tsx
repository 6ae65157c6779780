import { useState } from 'preact/hooks';
import { clauseLabel } from '@/core/regulation/duties';
import type { DraftLine } from '@/core/regulation/reader/draft';
import { t } from '../i18n';
import { placeOf, type Place } from './places';
import { PlaceSelect } from './PlaceSelect';

export interface LineRowProps {
  line: DraftLine;
  options: Array<{ value: Place; label: string }>;
  current: boolean;
  onMove(place: Place): void;
  onEdit(text: string): void;
  onShow(): void;
}

/** One line of the profile: its clause (a click shows its sentence), its words, and where it goes. */
export function LineRow({ line, options, current, onMove, onEdit, onShow }: LineRowProps) {
  const [editing, setEditing] = useState(false);
  return (
    <li class={current ? 'line current' : 'line'} data-line={line.id} data-clause={line.clause}>
      <button type="button" class="clause" onClick={onShow} title={t('reviewShowInText')} disabled={!line.source}>
        {clauseLabel({ clause: line.clause, part: line.part ?? undefined })}
      </button>{' '}
      {editing ? (
        <textarea
          aria-label={t('reviewLineText')}
          value={line.text}
          rows={3}
          onBlur={(e) => {
            onEdit(e.currentTarget.value);
            setEditing(false);
          }}
          ref={(el) => el?.focus()}
        />
      ) : (
        <span class="text" onDblClick={() => setEditing(true)}>
          {line.text}
        </span>
      )}
      <span class="line-actions">
        <label>
          <span class="visually-hidden">{t('reviewMoveTo')}</span>
          <PlaceSelect value={placeOf(line)} options={options} onChange={onMove} title={t('reviewMoveTo')} />
        </label>
        {!editing && (
          <button type="button" onClick={() => setEditing(true)}>
            {t('reviewEdit')}
          </button>
        )}
      </span>
    </li>
  );
}
