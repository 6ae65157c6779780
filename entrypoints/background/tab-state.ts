import type { TabState } from '@/core/response';
import { findProfile } from '@/core/regulation/profiles';
import { loadChatKinds, loadCollapsed, loadDrafts, loadImportedProfiles, loadLearned, loadSettings } from '../shared/storage';

/** Everything a messenger tab shows, each part validated as it is read. */
export async function loadTabState(): Promise<TabState> {
  const [settings, drafts, chatKinds, collapsed, imported, learned] = await Promise.all([
    loadSettings(),
    loadDrafts(),
    loadChatKinds(),
    loadCollapsed(),
    loadImportedProfiles(),
    loadLearned(),
  ]);
  return { settings, drafts, chatKinds, collapsed, profile: findProfile(settings.profileId, imported), learned };
}
