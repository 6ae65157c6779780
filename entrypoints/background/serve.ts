import { browser } from 'wxt/browser';
import { readRequest, type Request } from '@/core/messages';
import type { Response } from '@/core/response';
import { uiLocale } from '@/components/i18n';

/** Answers requests; anything that fails the schema is refused with why, not run. */
export function serve(handle: (request: Request) => Promise<Response>): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const read = readRequest(message, uiLocale());
    if ('error' in read) {
      sendResponse({ ok: false, error: read.error } satisfies Response);
      return false;
    }
    handle(read.request).then(sendResponse, (error) => sendResponse({ ok: false, error: String(error) }));
    return true;
  });
}
