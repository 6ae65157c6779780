import { useState } from 'preact/hooks';
import { t } from '../i18n';

export interface ReadFormProps {
  busy: boolean;
  problem: string | null;
  onFile(file: File): void;
  onText(text: string): void;
  onModel(): void;
  /** A page's copied HTML as the text to read, its lists' numbers written out; empty when it has none. */
  htmlText(html: string): string;
}

/** The school's regulation as it has it: a file, or its text pasted; or, with no document at hand, the model rules. */
export function ReadForm({ busy, problem, onFile, onText, onModel, htmlText }: ReadFormProps) {
  const [text, setText] = useState('');
  return (
    <section class="read" aria-busy={busy}>
      <p>
        <label for="regulation-file">{t('reviewFile')}</label>{' '}
        <input
          id="regulation-file"
          type="file"
          accept=".docx,.doc,.rtf,.pdf,.odt,.txt,application/pdf,application/msword,application/rtf,text/rtf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text,text/plain"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onFile(file);
          }}
        />
      </p>
      <p class="muted">{t('reviewFileHint')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onText(text);
        }}
      >
        <p>
          <label for="regulation-text">{t('reviewPaste')}</label>
          <textarea
            id="regulation-text"
            rows={8}
            class="wide"
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            onPaste={(e) => {
              // Copied from the school's site, a numbered list's plain text has no numbers: its HTML has them.
              const html = e.clipboardData?.getData('text/html') ?? '';
              const pasted = /<ol[\s>]/i.test(html) ? htmlText(html) : '';
              if (!pasted.trim()) return;
              e.preventDefault();
              const area = e.currentTarget;
              setText(area.value.slice(0, area.selectionStart) + pasted + area.value.slice(area.selectionEnd));
            }}
          />
        </p>
        <button type="submit" disabled={busy || !text.trim()}>
          {t('reviewRead')}
        </button>
      </form>
      {busy && <p role="status">{t('reviewReading')}</p>}
      {problem && (
        <p role="alert" class="error" data-testid="read-problem">
          {problem}
        </p>
      )}
      <h2>{t('reviewNoDocument')}</h2>
      <p>{t('reviewModelIntro')}</p>
      <button type="button" data-action="use-model" onClick={onModel}>
        {t('reviewUseModel')}
      </button>
    </section>
  );
}
