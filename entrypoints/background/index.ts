import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { Request, Response } from '@/core/messages';
import { findProfile } from '@/core/profiles';
import { serve } from '../shared/messaging';
import { loadImportedProfiles, loadSettings } from '../shared/storage';
import { forgetDraft, openDraftChat, remind, saveDraft } from './drafts';
import { recordOverride } from './overrides';

async function handle(request: Request): Promise<Response> {
  switch (request.type) {
    case 'draft/save':
      return { ok: true, id: await saveDraft(request) };
    case 'draft/restored':
      await forgetDraft(request.id);
      return { ok: true };
    case 'override/record':
      return { ok: true, id: await recordOverride(request) };
    case 'profile/active':
      // Profiles stay out of the content script's bundle: the tab asks for the one in use.
      return { ok: true, profile: findProfile((await loadSettings()).profileId, await loadImportedProfiles()) };
    case 'options/open':
      await browser.runtime.openOptionsPage();
      return { ok: true };
  }
}

export default defineBackground(() => {
  serve(handle);
  browser.alarms.onAlarm.addListener((alarm) => void remind(alarm.name));
  browser.notifications.onClicked.addListener((id) => void openDraftChat(id));
});
