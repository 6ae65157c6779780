import { adapterFor } from './sites';

/** Matches .steward-panel's top in panel.css, plus a gap. */
const PANEL_TOP = 72;
const GAP = 12;
const MIN_HEIGHT = 120;

export const findComposer = () => adapterFor(new URL(location.href))?.findComposer(document) ?? null;

/** The panel's height that keeps its bottom above the composer wherever the messenger puts it; undefined when it fits anyway. */
function measure(): number | undefined {
  const top = findComposer()?.getBoundingClientRect().top;
  if (top === undefined || top - PANEL_TOP - GAP >= innerHeight / 2) return undefined;
  return Math.max(MIN_HEIGHT, top - PANEL_TOP - GAP);
}

/**
 * The room above the composer, as last measured. Never measured during a render: while a long
 * chat's marks go in, reading the composer's place made the browser lay out the whole chat at
 * each of the panel's renders (a 3 000-message chat held the tab for 67 ms at a time). Asking
 * measures at the next frame, once however often it is asked; `onChange` hears a new room.
 */
export function composerRoom(onChange: () => void): { get(): number | undefined; stop(): void } {
  let room: number | undefined;
  let frame = 0;
  const remeasure = () => {
    frame = 0;
    const next = measure();
    if (next === room) return;
    room = next;
    onChange();
  };
  return {
    get() {
      frame ||= requestAnimationFrame(remeasure);
      return room;
    },
    stop: () => cancelAnimationFrame(frame),
  };
}
