import type { ChatRef } from '@/core/chat';
import { chatKey } from '@/core/chat-key';
import { contentRulesOf } from '@/core/content-check/rules';
import { checkPost, type WatchedPost } from '@/core/watch/check-post';
import type { PostFlags } from '@/core/watch/post-flags';
import { watchedGroups } from '@/core/watch/watched-groups';
import { allowKey, withPhrase } from '@/core/watch/allowed';
import { loadChatKinds, updateSettings } from '../shared/storage';
import { activeProfile } from './active-profile';
import { allowTeamPhrase, teamShared } from './team-shared';

/** Participants' messages checked here, as the send check is: the word lists and phone metadata stay out of the tab. */
export async function checkPosts(chat: ChatRef, posts: WatchedPost[]): Promise<PostFlags[]> {
  const [{ settings, profile }, kinds, shared] = await Promise.all([activeProfile(), loadChatKinds(), teamShared()]);
  const content = contentRulesOf(profile);
  const groups = watchedGroups(settings.watch, content.watch, kinds[chatKey(chat)] ?? null);
  if (!groups.length) return [];
  const allowed = new Set([...settings.allowedPhrases, ...(shared?.allowed?.value ?? [])].map(allowKey));
  const rules = { content, quiet: settings.quiet, groups, allowed };
  return posts.flatMap((post) => {
    const findings = checkPost(post, rules);
    return findings.length ? [{ id: post.id, findings }] : [];
  });
}

/** A false alarm's phrase let through from now on: for the team when in one (its owner or an admin only), else for this browser. */
export async function allowPhrase(phrase: string): Promise<'team' | 'local' | string> {
  const team = await allowTeamPhrase(phrase);
  if (team === 'done') return 'team';
  if (team !== 'no-team') return team;
  const { allowedPhrases } = (await activeProfile()).settings;
  await updateSettings({ allowedPhrases: withPhrase(allowedPhrases, phrase) });
  return 'local';
}
