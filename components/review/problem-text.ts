import type { TextProblem } from '@/core/regulation/reader/text-quality';
import type { CompiledDraft, ReaderNote } from '@/core/regulation/reader/draft';
import type { FileProblem } from '@/entrypoints/shared/document-text';
import { t, type MessageKey } from '../i18n';

/** Why a file or a pasted text gave no regulation, and what to do instead. */
export const problemText = (problem: TextProblem | FileProblem | 'no-clauses') => t(`reviewProblem_${problem.replace(/-/g, '_')}` as MessageKey);

/** Why the reviewed profile cannot be saved yet. */
export function compileProblemText(result: Extract<CompiledDraft, { ok: false }>): string {
  if (result.problem === 'invalid') return t('reviewSaveInvalid', result.detail ?? '');
  return t(`reviewSave_${result.problem.replace(/-/g, '_')}` as MessageKey);
}

/** What the reader could not settle by itself, for the user to look at. */
export function noteText(note: ReaderNote): string {
  const key = `reviewNote_${note.code.replace(/-/g, '_')}` as MessageKey;
  if (note.code === 'quiet-end-assumed' || note.code === 'quiet-holidays' || note.code === 'quiet-moscow-time') return t(key, note.clause);
  if (note.code === 'moderation-missing') return t(key, note.clauses.map((c) => t(`reviewModClause_${c}` as MessageKey)).join(', '));
  return t(key);
}
