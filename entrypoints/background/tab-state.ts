import type { TabState } from '@/core/response';
import { loadChatKinds, loadCollapsed, loadDrafts, loadLearned } from '../shared/storage';
import { activeProfile } from './active-profile';
import { teamShared } from './team-shared';

/** Everything a messenger tab shows, each part validated as it is read. */
export async function loadTabState(): Promise<TabState> {
  const [{ settings, profile }, drafts, chatKinds, collapsed, learned, team] = await Promise.all([activeProfile(), loadDrafts(), loadChatKinds(), loadCollapsed(), loadLearned(), teamShared()]);
  return { settings, drafts, chatKinds, collapsed, profile, learned, team };
}
