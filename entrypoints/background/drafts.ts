import { browser } from 'wxt/browser';
import { ulid } from 'ulid';
import type { ChatRef } from '@/core/chat';
import type { SavedDraft } from '@/core/quiet-hours/drafts';
import { loadDrafts, saveDrafts } from '../shared/storage';

const PREFIX = 'draft:';

export async function saveDraft({ chat, url, text, remindAt }: { chat: ChatRef; url: string; text: string; remindAt: number }): Promise<string> {
  const draft: SavedDraft = { id: ulid(), chat, url, text, savedAt: Date.now(), remindAt, due: false };
  await saveDrafts([...(await loadDrafts()), draft]);
  await browser.alarms.create(PREFIX + draft.id, { when: draft.remindAt });
  return draft.id;
}

export async function forgetDraft(id: string): Promise<void> {
  await saveDrafts((await loadDrafts()).filter((d) => d.id !== id));
  await browser.alarms.clear(PREFIX + id);
  await browser.notifications.clear(PREFIX + id);
}

/** The reminder fired: mark the draft due (its chat's tab puts it back) and tell the user. */
export async function remind(alarmName: string): Promise<void> {
  if (!alarmName.startsWith(PREFIX)) return;
  const id = alarmName.slice(PREFIX.length);
  const drafts = await loadDrafts();
  const draft = drafts.find((d) => d.id === id);
  if (!draft) return;
  await saveDrafts(drafts.map((d) => (d.id === id ? { ...d, due: true } : d)));
  await browser.notifications.create(alarmName, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: browser.i18n.getMessage('reminderTitle'),
    message: browser.i18n.getMessage('reminderBody', [draft.chat.title || draft.chat.id]),
  });
}

/** Clicking the reminder brings back the chat, whose tab then restores the draft. */
export async function openDraftChat(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(PREFIX)) return;
  const draft = (await loadDrafts()).find((d) => PREFIX + d.id === notificationId);
  if (!draft) return;
  const [tab] = await browser.tabs.query({ url: draft.url });
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url: draft.url });
  }
  await browser.notifications.clear(notificationId);
}
