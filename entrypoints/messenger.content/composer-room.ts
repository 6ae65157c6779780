import { adapterFor } from './sites';

/** Matches .steward-panel's top in panel.css, plus a gap. */
const PANEL_TOP = 72;
const GAP = 12;
const MIN_HEIGHT = 120;

export const findComposer = () => adapterFor(new URL(location.href))?.findComposer(document) ?? null;

/** The panel's height that keeps its bottom above a composer whose top is at `top`; undefined when it fits anyway. */
function roomAbove(top: number | undefined): number | undefined {
  if (top === undefined || top - PANEL_TOP - GAP >= innerHeight / 2) return undefined;
  return Math.max(MIN_HEIGHT, top - PANEL_TOP - GAP);
}

/**
 * The room above the composer, as last measured. Never measured by asking the page for a layout:
 * while a long chat's marks go in, reading the composer's place (even once a frame) made the
 * browser lay out the whole chat then and there (a 3 000-message chat: 437 ms of such layouts as
 * it opened). Asking has the browser report the composer's place with its next layout (an
 * intersection observer's first report), once however often it is asked; `onChange` hears a new room.
 */
export function composerRoom(onChange: () => void): { get(): number | undefined; stop(): void } {
  let room: number | undefined;
  let observer: IntersectionObserver | null = null;
  const settle = (next: number | undefined) => {
    observer?.disconnect();
    observer = null;
    if (next === room) return;
    room = next;
    onChange();
  };
  return {
    get() {
      if (observer) return room;
      const composer = findComposer();
      if (!composer) {
        settle(undefined);
        return room;
      }
      observer = new IntersectionObserver(([entry]) => settle(entry.target.isConnected ? roomAbove(entry.boundingClientRect.top) : room));
      observer.observe(composer);
      return room;
    },
    stop: () => observer?.disconnect(),
  };
}
