import { browser } from 'wxt/browser';
import { requestSchema, responseSchema, type Request, type Response } from '@/core/messages';

/** Sends a request to the background; both directions are checked against the schemas. */
export async function ask(request: Request): Promise<Response> {
  const outgoing = requestSchema.parse(request);
  try {
    const reply = responseSchema.safeParse(await browser.runtime.sendMessage(outgoing));
    return reply.success ? reply.data : { ok: false, error: 'bad-reply' };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

/** Answers requests in the background; anything that fails the schema is refused, not run. */
export function serve(handle: (request: Request) => Promise<Response>): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const parsed = requestSchema.safeParse(message);
    if (!parsed.success) {
      sendResponse({ ok: false, error: 'bad-request' } satisfies Response);
      return false;
    }
    handle(parsed.data).then(sendResponse, (error) => sendResponse({ ok: false, error: String(error) }));
    return true;
  });
}
