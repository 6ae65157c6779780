import type { ChatRef } from '@/core/chat';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapterFor } from './sites';

export interface PageState {
  chat: ChatRef | null;
  composerFound: boolean;
}

/** SPAs draw the composer a moment after the chat opens: only then is "not found" the truth. */
const GRACE_MS = 2000;
const THROTTLE_MS = 250;

export function readPage(): PageState {
  const adapter = adapterFor(new URL(location.href));
  const id = adapter?.chatId(new URL(location.href));
  if (!adapter || !id) return { chat: null, composerFound: false };
  return {
    chat: { site: adapter.site, id, title: adapter.chatTitle(document) },
    composerFound: adapter.findComposer(document) !== null,
  };
}

/** Calls back whenever the open chat, its title or the composer's presence changes. */
export function watchPage(ctx: ContentScriptContext, onChange: (state: PageState) => void): void {
  let last = '';
  let openedAt = Date.now();
  let timer: number | undefined;
  const check = () => {
    timer = undefined;
    const state = readPage();
    const waited = Date.now() - openedAt;
    if (!state.composerFound && waited < GRACE_MS) {
      state.composerFound = true;
      schedule(GRACE_MS - waited);
    }
    const key = JSON.stringify(state);
    if (key !== last) {
      last = key;
      onChange(state);
    }
  };
  const schedule = (delay = THROTTLE_MS) => {
    timer ??= ctx.setTimeout(check, delay);
  };
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    openedAt = Date.now();
    schedule();
  });
  const observer = new MutationObserver(() => schedule());
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  check();
}
