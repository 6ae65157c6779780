import { storage } from 'wxt/utils/storage';
import type { SiteId } from '@/core/chat';
import type { LearnedSelectors } from '@/core/page-messages/learned';
import { teamSharedSchema, type TeamShared } from '@/core/team/shared';
import { STORAGE_KEYS } from '../shared/storage-keys';
import { host } from './team';

/** A copy of the team's signed settings for tabs: a tab reads it with its state, and hears when it changes. */
const sharedItem = storage.defineItem<unknown>(`local:${STORAGE_KEYS.teamShared}`);

export async function teamShared(): Promise<TeamShared | null> {
  const parsed = teamSharedSchema.safeParse(await sharedItem.getValue());
  return parsed.success ? parsed.data : null;
}

/** Copies the team's signed settings from the sync host (nothing outside a team). */
export async function followShared(): Promise<void> {
  const reply = await host({ op: 'shared' });
  const parsed = teamSharedSchema.safeParse(reply?.ok ? reply.value : null);
  if (!parsed.success) return sharedItem.removeValue();
  if (JSON.stringify(parsed.data) !== JSON.stringify(await sharedItem.getValue())) await sharedItem.setValue(parsed.data);
}

/** Asks the sync host for a signed team setting; 'no-team' outside one, the host's refusal as is ('not-admin'). */
async function setShared(request: { op: 'allow'; phrase: string } | { op: 'selectors'; site: SiteId; learned: LearnedSelectors | null }): Promise<'done' | 'no-team' | string> {
  const reply = await host(request);
  if (!reply) return 'no-team';
  if (!reply.ok) return reply.error;
  await followShared();
  return 'done';
}

export const allowTeamPhrase = (phrase: string) => setShared({ op: 'allow', phrase });
export const shareTeamSelectors = (site: SiteId, learned: LearnedSelectors | null) => setShared({ op: 'selectors', site, learned });
