import { useState } from 'preact/hooks';
import { CLAUSE_NUMBER } from '@/core/regulation/profile';
import type { DraftLine } from '@/core/regulation/reader/draft';
import { t } from '../i18n';
import { movedTo, type Place } from './places';
import { PlaceSelect } from './PlaceSelect';

export interface AddLineFormProps {
  options: Array<{ value: Place; label: string }>;
  parts: Array<{ id: string; title: string }>;
  onAdd(line: DraftLine): void;
}


/** What the reader missed, added by hand: its words, its clause and where it goes. */
export function AddLineForm({ options, parts, onAdd }: AddLineFormProps) {
  const [text, setText] = useState('');
  const [clause, setClause] = useState('');
  const [part, setPart] = useState('');
  const [place, setPlace] = useState<Place>(options[0].value);
  const [error, setError] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    if (text.trim().length < 3) return setError(t('reviewAddNoText'));
    if (!CLAUSE_NUMBER.test(clause.trim())) return setError(t('reviewAddBadClause'));
    const line: DraftLine = { id: `added-${Date.now().toString(36)}`, kind: 'general', role: null, chatKinds: [], clause: clause.trim(), part: part || null, text: text.trim(), source: null };
    onAdd(movedTo(line, place));
    setText('');
    setClause('');
    setError(null);
  };
  return (
    <form class="add-line" onSubmit={submit} data-testid="add-line">
      <h3>{t('reviewAdd')}</h3>
      <p>
        <label for="add-text">{t('reviewLineText')}</label>
        <textarea id="add-text" rows={2} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </p>
      <p class="row-actions">
        <label>
          {t('reviewClause')} <input size={8} value={clause} placeholder="4.2" onInput={(e) => setClause(e.currentTarget.value)} />
        </label>
        {parts.length > 0 && (
          <label>
            {t('reviewPart')}{' '}
            <select value={part} onChange={(e) => setPart(e.currentTarget.value)}>
              <option value="">{t('reviewPartMain')}</option>
              {parts.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('reviewMoveTo')}{' '}
          <PlaceSelect value={place} options={options} onChange={setPlace} />
        </label>
        <button type="submit">{t('reviewAddButton')}</button>
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </form>
  );
}
