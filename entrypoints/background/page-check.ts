import { browser } from 'wxt/browser';
import { tabCheckSchema, type TabCheck } from '@/core/page-check';
import { MESSENGER_MATCHES, TAB_CHECK } from '../shared/messenger-pages';

/** The page check of the messenger tab the user looked at last; null when none is open or it does not answer. */
export async function checkMessengerTab(): Promise<TabCheck | null> {
  const tabs = await browser.tabs.query({ url: MESSENGER_MATCHES });
  const tab = tabs.sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (tab?.id === undefined) return null;
  try {
    const parsed = tabCheckSchema.safeParse(await browser.tabs.sendMessage(tab.id, { type: TAB_CHECK }));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // a tab opened before the extension was installed has no content script yet
  }
}
