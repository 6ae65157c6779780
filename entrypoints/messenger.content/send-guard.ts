import { isQuiet } from '@/core/quiet-hours/windows';
import type { Settings } from '@/core/settings';
import { isSendKeystroke } from '@/core/quiet-hours/send-keys';
import type { SiteAdapter } from './sites';
import { readDraft } from './composer-text';
import { replayGesture, type Gesture, type PressStart } from './gesture';

export interface HeldSend {
  adapter: SiteAdapter;
  composer: HTMLElement | null;
  /** How the user sent: replayed the same way on release, so a button wired to any event sends. */
  gesture: Gesture;
  /** Quiet hours were on when it was held. */
  quiet: boolean;
}

export interface SendGuardOptions {
  /** The adapter for the page as it is now (SPA navigation can leave the messenger). */
  adapter: () => SiteAdapter | null;
  settings: () => Settings;
  /** Whether what is sent is to be checked (the regulation in use names checks); then every send with text is held. */
  checksContent?: () => boolean;
  /** A send was stopped: for quiet hours, or for the content check to look at it first. */
  onHeld: (held: HeldSend) => void;
  now?: () => number;
}

export interface SendGuard {
  /** Sends through the site's own controls, the way the user did, letting exactly that one send past the guard. */
  release(held: HeldSend): boolean;
  dispose(): void;
}

/** What a press on the send button starts with, by the way it is pressed. */
const GESTURE_STARTS: readonly string[] = ['pointerdown', 'mousedown', 'touchstart', 'click'] satisfies PressStart[];
/** The rest of a press the page must not see once its start was held (a page may act on any of them). */
const GESTURE_REST = ['pointerup', 'mouseup', 'touchend', 'click', 'keyup'] as const;
/** A press longer than this is over, whatever the browser still sends. */
const GESTURE_MS = 1500;

/**
 * Stops sends before the page sees them: send keys in the composer, the send button however the
 * site wired it (pointer, mouse, touch, click, Enter or Space on it) and form submit. Listeners
 * sit on window in the capture phase, added at document_start, so they run before any of the page's.
 */
export function installSendGuard(opts: SendGuardOptions): SendGuard {
  const now = opts.now ?? Date.now;
  let passing = false;
  /** The send button whose press is being held, and until when the rest of that press is swallowed. */
  let swallowing: { button: HTMLElement; until: number } | null = null;

  const quietNow = () => {
    const { guardEnabled, quiet } = opts.settings();
    return guardEnabled && isQuiet(now(), quiet);
  };

  /** The send is held at quiet hours, and at any hour when there is text to check. */
  const shouldHold = (composer: HTMLElement | null) => {
    const quiet = quietNow();
    return { quiet, hold: quiet || (!!opts.checksContent?.() && !!composer && readDraft(composer) !== '') };
  };

  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const hold = (event: Event, send: Omit<HeldSend, 'quiet'>, quiet: boolean) => {
    swallow(event);
    // A key held down repeats: the send is held once, the repeats only kept from the page.
    if (!(event instanceof KeyboardEvent && event.repeat)) opts.onHeld({ ...send, quiet });
  };

  const targetOf = (event: Event) => event.composedPath()[0] ?? event.target;

  const onKeyDown = (event: KeyboardEvent) => {
    // The key test comes first: this runs on every keystroke and must stay cheap.
    if (passing || (event.key !== 'Enter' && event.key !== ' ')) return;
    const adapter = opts.adapter();
    if (!adapter) return;
    const button = adapter.sendButtonOf(targetOf(event));
    if (button) {
      const composer = adapter.findComposer(document);
      const { quiet, hold: held } = shouldHold(composer);
      if (!held) return;
      swallowing = { button, until: now() + GESTURE_MS };
      return hold(event, { adapter, composer, gesture: { kind: 'button-key', button, key: event.key as 'Enter' | ' ' } }, quiet);
    }
    if (!isSendKeystroke(event, opts.settings().sendKey)) return;
    const composer = adapter.composerOf(targetOf(event));
    if (!composer) return;
    const { quiet, hold: held } = shouldHold(composer);
    if (held) hold(event, { adapter, composer, gesture: { kind: 'composer-key', composer } }, quiet);
  };

  const onPress = (event: Event) => {
    // Every keyup and pointer event on the page comes here: most leave at once.
    if (passing || (!swallowing && !GESTURE_STARTS.includes(event.type))) return;
    const adapter = opts.adapter();
    const button = adapter?.sendButtonOf(targetOf(event));
    if (!adapter || !button) return;
    if (swallowing?.button === button && now() < swallowing.until) {
      swallow(event);
      if (event.type === 'click') swallowing = null;
      return;
    }
    if (swallowing && now() >= swallowing.until) swallowing = null;
    if (!GESTURE_STARTS.includes(event.type)) return;
    const composer = adapter.findComposer(document);
    const { quiet, hold: held } = shouldHold(composer);
    if (!held) return;
    // A click arrives last: nothing of this press is left to swallow.
    swallowing = event.type === 'click' ? null : { button, until: now() + GESTURE_MS };
    // A finger's press starts with a pointerdown too: it is replayed as touch, for sites wired to touchend.
    const start = event instanceof PointerEvent && event.pointerType === 'touch' ? 'touchstart' : (event.type as PressStart);
    hold(event, { adapter, composer, gesture: { kind: 'press', button, start } }, quiet);
  };

  const onSubmit = (event: SubmitEvent) => {
    if (passing || !(event.target instanceof HTMLFormElement)) return;
    const adapter = opts.adapter();
    const composer = adapter?.findComposer(document);
    if (!adapter || !composer || !event.target.contains(composer)) return;
    const { quiet, hold: held } = shouldHold(composer);
    if (held) hold(event, { adapter, composer, gesture: { kind: 'composer-key', composer } }, quiet);
  };

  const PRESS_EVENTS = [...new Set([...GESTURE_STARTS, ...GESTURE_REST])];
  window.addEventListener('keydown', onKeyDown, true);
  for (const type of PRESS_EVENTS) window.addEventListener(type, onPress, true);
  window.addEventListener('submit', onSubmit, true);

  return {
    release(held) {
      passing = true;
      try {
        // dispatchEvent runs the page's handlers synchronously, so the flag covers exactly this send.
        return replayGesture(held.gesture, held.adapter, opts.settings().sendKey);
      } finally {
        passing = false;
      }
    },
    dispose() {
      window.removeEventListener('keydown', onKeyDown, true);
      for (const type of PRESS_EVENTS) window.removeEventListener(type, onPress, true);
      window.removeEventListener('submit', onSubmit, true);
    },
  };
}
