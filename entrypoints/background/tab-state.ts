import type { TabState } from '@/core/response';
import { findProfile } from '@/core/regulation/profiles';
import { loadChatKinds, loadCollapsed, loadDrafts, loadImportedProfiles, loadSettings } from '../shared/storage';

/** Everything a messenger tab shows, each part validated as it is read. */
export async function loadTabState(): Promise<TabState> {
  const [settings, drafts, chatKinds, collapsed, imported] = await Promise.all([loadSettings(), loadDrafts(), loadChatKinds(), loadCollapsed(), loadImportedProfiles()]);
  return { settings, drafts, chatKinds, collapsed, profile: findProfile(settings.profileId, imported) };
}
