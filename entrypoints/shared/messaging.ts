import { browser } from 'wxt/browser';
import type { Request } from '@/core/messages';
import { isResponse, type Response } from '@/core/response';

/** Sends a request to the background, which checks it (`serve`) before running it. */
export async function ask(request: Request): Promise<Response> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(request);
    return isResponse(reply) ? reply : { ok: false, error: 'bad-reply' };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}
