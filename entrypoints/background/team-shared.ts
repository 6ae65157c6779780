import type { SiteId } from '@/core/chat';
import type { LearnedSelectors } from '@/core/page-messages/learned';
import { teamSharedSchema } from '@/core/team/shared';
import { keepTeamShared, loadTeamShared } from '../shared/storage';
import { host } from './team';

/** The team's signed settings, as copied for tabs (they read it with their state and hear when it changes). */
export const teamShared = loadTeamShared;

/** Copies the team's signed settings from the sync host (nothing outside a team). */
export async function followShared(): Promise<void> {
  const reply = await host({ op: 'shared' });
  const parsed = teamSharedSchema.safeParse(reply?.ok ? reply.value : null);
  const next = parsed.success ? parsed.data : null;
  if (JSON.stringify(next) !== JSON.stringify(await loadTeamShared())) await keepTeamShared(next);
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
