import type { ChatRef } from '@/core/chat';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapterFor } from './sites';

export interface PageState {
  /** Whether this address is a messenger the extension works on (vk.com outside /im is not). */
  served: boolean;
  chat: ChatRef | null;
  composerFound: boolean;
}

/** SPAs draw the composer a moment after the chat opens: only then is "not found" the truth. */
const GRACE_MS = 2000;
const THROTTLE_MS = 250;

export function readPage(): PageState {
  const adapter = adapterFor(new URL(location.href));
  const id = adapter?.chatId(new URL(location.href));
  if (!adapter || !id) return { served: !!adapter, chat: null, composerFound: false };
  return {
    served: true,
    chat: { site: adapter.site, id, title: adapter.chatTitle(document) },
    composerFound: adapter.findComposer(document) !== null,
  };
}

/** Calls back whenever the open chat, its title or the composer's presence changes. */
export function watchPage(ctx: ContentScriptContext, onChange: (state: PageState) => void): void {
  let last = '';
  const observer = new MutationObserver(() => schedule());
  let watching = false;
  let openedAt = Date.now();
  let throttle: number | undefined;
  // Separate from the throttle, so that waiting out the grace never delays reading a chat switch.
  let grace: number | undefined;
  const check = () => {
    const state = readPage();
    const waited = Date.now() - openedAt;
    if (!state.composerFound && waited < GRACE_MS) {
      state.composerFound = true;
      clearTimeout(grace);
      grace = ctx.setTimeout(check, GRACE_MS - waited);
    }
    // Idle where the extension does not work: no watching of the page's every change.
    if (state.served !== watching) {
      if (state.served) observer.observe(document.body, { childList: true, subtree: true });
      else observer.disconnect();
      watching = state.served;
    }
    const key = JSON.stringify(state);
    if (key !== last) {
      last = key;
      onChange(state);
    }
  };
  const schedule = () => {
    throttle ??= ctx.setTimeout(() => {
      throttle = undefined;
      check();
    }, THROTTLE_MS);
  };
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    openedAt = Date.now();
    check();
  });
  ctx.onInvalidated(() => observer.disconnect());
  check();
}
