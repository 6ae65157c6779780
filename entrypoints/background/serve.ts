import { browser } from 'wxt/browser';
import { readRequest, type Request } from '@/core/messages';
import type { Response } from '@/core/response';
import { uiLocale } from '@/components/i18n';
import { mayAsk, sideOf } from '@/core/request-sides';

/** The code a request from the wrong side is refused with; the asker shows it in the user's words. */
export const NOT_FROM_HERE = 'not-from-here';

/**
 * Answers requests; anything that fails the schema is refused with why, not run, and anything sent
 * from a side that may not send it (a messenger tab asking for a roster decision) is refused.
 */
export function serve(handle: (request: Request) => Promise<Response>): void {
  const extension = { id: browser.runtime.id, root: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const read = readRequest(message, uiLocale());
    if ('error' in read) {
      sendResponse({ ok: false, error: read.error } satisfies Response);
      return false;
    }
    const side = sideOf(sender, extension);
    if (!side || !mayAsk(side, read.request.type)) {
      sendResponse({ ok: false, error: NOT_FROM_HERE } satisfies Response);
      return false;
    }
    handle(read.request).then(sendResponse, (error) => sendResponse({ ok: false, error: String(error) }));
    return true;
  });
}
