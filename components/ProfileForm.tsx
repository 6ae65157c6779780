import { useState } from 'preact/hooks';
import { importProfile } from '@/core/regulation/import';
import { rolesNamedBy, type RegulationProfile, type RoleId } from '@/core/regulation/profile';
import { MODEL_PROFILE } from '@/core/regulation/profiles';
import { download } from '@/entrypoints/shared/download';
import { errorText } from './error-text';
import { t } from './i18n';

export interface ProfileFormProps {
  builtIn: RegulationProfile[];
  imported: RegulationProfile[];
  profileId: string | null;
  roles: RoleId[];
  /** Stores the choice; resolves once it is stored. */
  onChoose(choice: { profileId: string | null; roles: RoleId[] }): Promise<void>;
  /** Stores an imported profile (replacing one with the same id) and chooses it. */
  onImport(profile: RegulationProfile): Promise<void>;
  /** The page this form is on, for the review page to come back to. */
  from: 'welcome' | 'options';
}

/** A regulation by where it is, the school and the document's title; never by a file name. */
const optionLabel = (p: RegulationProfile) => `${p.place ? `${p.place}: ` : ''}${p.school} — ${p.title}`;

type Status = { ok: boolean; text: string } | null;

/** Which regulation the school follows and which of its roles the user holds; import of a school's own file. */
export function ProfileForm({ builtIn, imported, profileId, roles, onChoose, onImport, from }: ProfileFormProps) {
  const [status, setStatus] = useState<Status>(null);
  const all = [...builtIn, MODEL_PROFILE, ...imported];
  const profile = all.find((p) => p.id === profileId) ?? null;

  const choose = async (next: { profileId: string | null; roles: RoleId[] }) => {
    try {
      await onChoose(next);
      setStatus({ ok: true, text: t('optionsProfileSaved') });
    } catch (error) {
      setStatus({ ok: false, text: t('optionsInvalid', errorText(error)) });
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = importProfile(await file.text(), uiLocale());
    if (!result.ok) {
      const field = result.field ? t('optionsImportField', result.field) : '';
      return setStatus({ ok: false, text: t('optionsImportError', `${t('optionsImportLine', result.line)}${field} — ${result.message}`) });
    }
    if (builtIn.some((p) => p.id === result.profile.id)) {
      return setStatus({ ok: false, text: t('optionsImportError', t('optionsImportBuiltInId', result.profile.id)) });
    }
    await onImport(result.profile);
    setStatus({ ok: true, text: t('optionsImportOk', result.profile.school) });
  };

  return (
    <section>
      <h2>{t('optionsProfileSection')}</h2>
      <p>
        <label for="profile">{t('optionsProfile')}</label>{' '}
        <select
          id="profile"
          value={profileId ?? ''}
          onChange={(e) => {
            const id = e.currentTarget.value || null;
            const next = all.find((p) => p.id === id);
            // Keep only the roles the newly chosen regulation names.
            void choose({ profileId: id, roles: next ? rolesNamedBy(next, roles) : [] });
          }}
        >
          <option value="">{t('optionsProfileNone')}</option>
          {imported.length > 0 && (
            <optgroup label={t('optionsImported')}>
              {imported.map((p) => (
                <option key={p.id} value={p.id}>
                  {optionLabel(p)}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={t('optionsBuiltIn')}>
            {builtIn.map((p) => (
              <option key={p.id} value={p.id}>
                {optionLabel(p)}
              </option>
            ))}
            <option value={MODEL_PROFILE.id}>{t('optionsModel')}</option>
          </optgroup>
        </select>
      </p>
      <fieldset>
        <legend>{t('optionsRoles')}</legend>
        {profile ? (
          profile.roles.map((r) => (
            <label class="check" key={r.role}>
              <input
                type="checkbox"
                name="role"
                value={r.role}
                checked={roles.includes(r.role)}
                onChange={(e) =>
                  void choose({ profileId, roles: e.currentTarget.checked ? [...roles, r.role] : roles.filter((x) => x !== r.role) })
                }
              />
              {r.title}
            </label>
          ))
        ) : (
          <p class="muted">{t('optionsNoProfileRoles')}</p>
        )}
      </fieldset>
      {profile?.model && <p class="model-note steward-warning">{t('modelNotice')}</p>}
      <p>
        <a class="button primary" href={`/review.html?from=${from}`} data-action="import-document">
          {t('optionsImportDocument')}
        </a>
      </p>
      <p>
        <label for="profile-file">{t('optionsImport')}</label>{' '}
        <input id="profile-file" type="file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
      </p>
      {profile && imported.includes(profile) && (
        <p>
          <button type="button" data-action="export-profile" onClick={() => download(`${profile.id}.json`, 'application/json', JSON.stringify(profile, null, 2))}>
            {t('optionsExport')}
          </button>
        </p>
      )}
      {status && (
        <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'ok' : 'error'} data-testid="profile-status">
          {status.text}
        </p>
      )}
    </section>
  );
}
