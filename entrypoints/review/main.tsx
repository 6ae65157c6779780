import { render } from 'preact';
import { t, uiLocale } from '@/components/i18n';
import { DraftReview } from '@/components/review/DraftReview';
import { ReadForm } from '@/components/review/ReadForm';
import { compileProblemText, problemText } from '@/components/review/problem-text';
import { MODEL_PROFILE } from '@/core/regulation/profiles';
import { rolesNamedBy } from '@/core/regulation/profile';
import { compileDraft, type RegulationDraft } from '@/core/regulation/reader/draft';
import { readRegulation } from '@/core/regulation/reader/read';
import { documentText } from '../shared/document-text';
import { blockText } from '../shared/document-text/html-text';
import { adoptImportedProfile, chooseProfile, loadRegulationDraft, loadSettings, saveRegulationDraft } from '../shared/storage';

document.title = t('reviewTitle');
document.documentElement.lang = uiLocale();
const app = document.getElementById('app')!;

/** Where the user came from (the first run or the settings), to go back there when done. */
const back = new URLSearchParams(location.search).get('from') === 'welcome' ? '/welcome.html' : '/options.html#regulation';

type View =
  | { step: 'read'; busy: boolean; problem: string | null }
  | { step: 'review'; draft: RegulationDraft; status: { ok: boolean; text: string } | null }
  | { step: 'done'; text: string };

function show(view: View) {
  render(
    <main>
      <h1>{t('reviewTitle')}</h1>
      {view.step === 'read' && (
        <ReadForm
          busy={view.busy}
          problem={view.problem}
          onFile={(file) => void read(async () => {
            const result = await documentText(file);
            return result.ok ? { text: result.text, name: file.name } : { problem: problemText(result.problem) };
          })}
          onText={(text) => void read(async () => ({ text, name: t('reviewPastedName') }))}
          onModel={() => void useModel()}
          htmlText={(html) => blockText(new DOMParser().parseFromString(html, 'text/html').body)}
        />
      )}
      {view.step === 'review' && (
        <DraftReview
          draft={view.draft}
          status={view.status}
          onChange={(draft) => {
            void saveRegulationDraft(draft);
            show({ step: 'review', draft, status: null });
          }}
          onSave={() => void save(view.draft)}
          onDiscard={() => {
            if (!confirm(t('reviewDiscardConfirm'))) return;
            void saveRegulationDraft(null).then(() => show({ step: 'read', busy: false, problem: null }));
          }}
        />
      )}
      {view.step === 'done' && (
        <section>
          <p role="status" class="ok" data-testid="review-done">
            {view.text}
          </p>
          <p>
            <a class="button primary" href={back} data-action="back">
              {t('reviewBack')}
            </a>
          </p>
        </section>
      )}
    </main>,
    app,
  );
}

/** Reads a file or a pasted text into a draft; a problem is said, and nothing stored changes. */
async function read(source: () => Promise<{ text: string; name: string } | { problem: string }>) {
  show({ step: 'read', busy: true, problem: null });
  try {
    const got = await source();
    if ('problem' in got) return show({ step: 'read', busy: false, problem: got.problem });
    const result = readRegulation(got.text, got.name);
    if (!result.ok) return show({ step: 'read', busy: false, problem: problemText(result.problem) });
    await saveRegulationDraft(result.draft);
    show({ step: 'review', draft: result.draft, status: null });
  } catch {
    show({ step: 'read', busy: false, problem: problemText('broken-file') });
  }
}

async function save(draft: RegulationDraft) {
  const result = compileDraft(draft);
  if (!result.ok) return show({ step: 'review', draft, status: { ok: false, text: compileProblemText(result) } });
  await adoptImportedProfile(result.profile);
  await saveRegulationDraft(null);
  show({ step: 'done', text: t('reviewSaved', result.profile.title, result.profile.school) });
}

async function useModel() {
  const settings = await loadSettings();
  await chooseProfile(MODEL_PROFILE.id, rolesNamedBy(MODEL_PROFILE, settings.roles));
  show({ step: 'done', text: t('reviewModelChosen') });
}

const stored = await loadRegulationDraft();
show(stored ? { step: 'review', draft: stored, status: { ok: true, text: t('reviewResumed') } } : { step: 'read', busy: false, problem: null });
