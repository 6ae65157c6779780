// Editing goes through execCommand so that the messenger's own editor (Lexical in MAX) sees
// ordinary beforeinput/input events and keeps its state in step with the DOM.

const BLOCKS = 'p, div';

/** The draft as the user typed it: one line per paragraph. */
export function readDraft(composer: HTMLElement): string {
  const blocks = Array.from(composer.children).filter((c) => c.matches(BLOCKS)) as HTMLElement[];
  const text = blocks.length ? blocks.map((b) => b.innerText).join('\n') : composer.innerText;
  return text.replace(/\n+$/, '');
}

function selectAll(composer: HTMLElement): void {
  composer.focus();
  const range = document.createRange();
  range.selectNodeContents(composer);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

export function clearComposer(composer: HTMLElement): void {
  selectAll(composer);
  document.execCommand('delete');
}

/** Types `text` at the end of whatever the composer holds. */
export function appendDraft(composer: HTMLElement, text: string): void {
  selectAll(composer);
  getSelection()?.collapseToEnd();
  text.split('\n').forEach((line, i) => {
    if (i > 0) document.execCommand('insertLineBreak');
    if (line) document.execCommand('insertText', false, line);
  });
}
