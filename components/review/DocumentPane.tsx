import type { DraftLine } from '@/core/regulation/reader/draft';
import { t } from '../i18n';

export interface DocumentPaneProps {
  text: string;
  lines: DraftLine[];
  current: string | null;
  onPick(lineId: string): void;
}

interface Mark {
  start: number;
  end: number;
  lineId: string;
}

/** The document as read, each sentence a line came from marked; a click takes you to that line. */
export function DocumentPane({ text, lines, current, onPick }: DocumentPaneProps) {
  const marks: Mark[] = [];
  for (const line of [...lines].filter((l) => l.source).sort((a, b) => a.source!.start - b.source!.start)) {
    const last = marks[marks.length - 1];
    if (last && line.source!.start < last.end) continue;
    marks.push({ start: line.source!.start, end: line.source!.end, lineId: line.id });
  }
  const currentSource = lines.find((l) => l.id === current)?.source;
  const pieces: preact.ComponentChildren[] = [];
  let at = 0;
  for (const mark of marks) {
    pieces.push(text.slice(at, mark.start));
    const isCurrent = currentSource?.start === mark.start;
    pieces.push(
      <mark
        key={mark.start}
        id={`src-${mark.start}`}
        class={isCurrent ? 'current' : undefined}
        onClick={() => onPick(mark.lineId)}
        data-line={mark.lineId}
      >
        {text.slice(mark.start, mark.end)}
      </mark>,
    );
    at = mark.end;
  }
  pieces.push(text.slice(at));
  return (
    <section class="document" aria-label={t('reviewDocument')} data-testid="review-document">
      <h2>{t('reviewDocument')}</h2>
      <div class="document-text" tabIndex={0}>
        {pieces}
      </div>
    </section>
  );
}
