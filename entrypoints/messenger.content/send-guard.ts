import { isQuiet } from '@/core/quiet-hours/windows';
import type { Settings } from '@/core/settings';
import { isSendKeystroke } from '@/core/quiet-hours/send-keys';
import type { SiteAdapter } from './sites';

export interface HeldSend {
  adapter: SiteAdapter;
  composer: HTMLElement | null;
}

export interface SendGuardOptions {
  /** The adapter for the page as it is now (SPA navigation can leave the messenger). */
  adapter: () => SiteAdapter | null;
  settings: () => Settings;
  /** A send was stopped because it is quiet hours. */
  onHeld: (held: HeldSend) => void;
  now?: () => number;
}

export interface SendGuard {
  /** Sends through the site's own controls, letting exactly that one send past the guard. */
  release(held: HeldSend): boolean;
  dispose(): void;
}

/**
 * Stops every way of sending during quiet hours: send keys in the composer, the send button
 * (pointer or keyboard, both arrive as click) and form submit. Listeners sit on window in the
 * capture phase, added at document_start, so they run before any of the page's own.
 */
export function installSendGuard(opts: SendGuardOptions): SendGuard {
  const now = opts.now ?? Date.now;
  let passing = false;

  const quietNow = () => {
    const { guardEnabled, quiet } = opts.settings();
    return guardEnabled && isQuiet(now(), quiet);
  };

  const hold = (event: Event, held: HeldSend) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    opts.onHeld(held);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // The key test comes first: this runs on every keystroke and must stay cheap.
    if (passing || !isSendKeystroke(event, opts.settings().sendKey)) return;
    const adapter = opts.adapter();
    const composer = adapter?.composerOf(event.composedPath()[0] ?? event.target);
    if (adapter && composer && quietNow()) hold(event, { adapter, composer });
  };

  const onClick = (event: MouseEvent) => {
    if (passing) return;
    const adapter = opts.adapter();
    if (adapter?.sendButtonOf(event.composedPath()[0] ?? event.target) && quietNow()) hold(event, { adapter, composer: adapter.findComposer(document) });
  };

  const onSubmit = (event: SubmitEvent) => {
    if (passing || !(event.target instanceof HTMLFormElement)) return;
    const adapter = opts.adapter();
    const composer = adapter?.findComposer(document);
    if (adapter && composer && event.target.contains(composer) && quietNow()) hold(event, { adapter, composer });
  };

  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('click', onClick, true);
  window.addEventListener('submit', onSubmit, true);

  return {
    release({ adapter, composer }) {
      const button = adapter.findSendButton(document);
      const target = button ?? composer;
      if (!target) return false;
      passing = true;
      try {
        // dispatchEvent runs the page's handlers synchronously, so the flag covers exactly this send.
        if (button) button.click();
        else target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: opts.settings().sendKey === 'ctrl-enter', bubbles: true, cancelable: true }));
      } finally {
        passing = false;
      }
      return true;
    },
    dispose() {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('submit', onSubmit, true);
    },
  };
}
