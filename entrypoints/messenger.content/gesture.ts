import type { SendKeyMode } from '@/core/quiet-hours/send-keys';
import type { SiteAdapter } from './sites';

/** The first event of a press on the send button the guard saw (a finger's counts as touchstart). */
export type PressStart = 'pointerdown' | 'mousedown' | 'touchstart' | 'click';

/** How a held send was made. */
export type Gesture =
  /** The send key in the composer (or a form submit carrying it). */
  | { kind: 'composer-key'; composer: HTMLElement }
  /** A press on the send button, by the first event the guard saw of it. */
  | { kind: 'press'; button: HTMLElement; start: PressStart }
  /** Enter or Space on the focused send button. */
  | { kind: 'button-key'; button: HTMLElement; key: 'Enter' | ' ' };

const init = (button: HTMLElement): MouseEventInit => {
  const r = button.getBoundingClientRect();
  return { bubbles: true, cancelable: true, composed: true, view: window, button: 0, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
};

/** Dispatches one event; false when a handler cancelled it (as a page does to stop what follows). */
const fire = (target: Element, event: Event) => target.dispatchEvent(event);

const pointer = (type: string, button: HTMLElement, buttons: number, pointerType = 'mouse') =>
  new PointerEvent(type, { ...init(button), pointerId: 1, pointerType, isPrimary: true, buttons });

function touch(type: string, button: HTMLElement): Event | null {
  try {
    const { clientX, clientY } = init(button);
    const point = new Touch({ identifier: 1, target: button, clientX, clientY });
    return new TouchEvent(type, { bubbles: true, cancelable: true, composed: true, touches: type === 'touchend' ? [] : [point], changedTouches: [point] });
  } catch {
    return null; // no touch events in this browser: the mouse events that follow still go
  }
}

/** The events a real press would have sent from its first one on, with the browser's rules on cancelling. */
function replayPress(button: HTMLElement, start: PressStart): void {
  let compat = true;
  if (start === 'touchstart') {
    // A finger: pointer and touch events interleaved, as the browser sends them.
    fire(button, pointer('pointerdown', button, 1, 'touch'));
    const down = touch('touchstart', button);
    if (down) fire(button, down);
    fire(button, pointer('pointerup', button, 0, 'touch'));
    const up = touch('touchend', button);
    // A page that cancels touchend keeps the mouse events and the click from following.
    if (up && !fire(button, up)) return;
  }
  if (start === 'pointerdown') compat = fire(button, pointer('pointerdown', button, 1));
  if (start !== 'click' && compat) fire(button, new MouseEvent('mousedown', { ...init(button), buttons: 1 }));
  if (start === 'pointerdown') fire(button, pointer('pointerup', button, 0));
  if (start !== 'click' && compat) fire(button, new MouseEvent('mouseup', init(button)));
  fire(button, new MouseEvent('click', init(button)));
}

function replayButtonKey(button: HTMLElement, key: 'Enter' | ' '): void {
  const keyInit = { key, code: key === 'Enter' ? 'Enter' : 'Space', bubbles: true, cancelable: true, composed: true };
  const down = fire(button, new KeyboardEvent('keydown', keyInit));
  // A button activates on Enter's keydown and on Space's keyup, unless the page cancelled that key.
  if (key === 'Enter' && down) fire(button, new MouseEvent('click', init(button)));
  const up = fire(button, new KeyboardEvent('keyup', keyInit));
  if (key === ' ' && down && up) fire(button, new MouseEvent('click', init(button)));
}

/** Sends again the way the user did (or, when that control is gone, by the other); false when neither is there. */
export function replayGesture(gesture: Gesture, adapter: SiteAdapter, sendKey: SendKeyMode): boolean {
  const composer = gesture.kind === 'composer-key' && gesture.composer.isConnected ? gesture.composer : adapter.findComposer(document);
  const button = gesture.kind !== 'composer-key' && gesture.button.isConnected ? gesture.button : adapter.findSendButton(document);
  if (gesture.kind === 'composer-key' && composer) {
    composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: sendKey === 'ctrl-enter', bubbles: true, cancelable: true, composed: true }));
  } else if (gesture.kind === 'button-key' && button) replayButtonKey(button, gesture.key);
  else if (button) replayPress(button, gesture.kind === 'press' ? gesture.start : 'click');
  else if (composer) return replayGesture({ kind: 'composer-key', composer }, adapter, sendKey);
  else return false;
  return true;
}
