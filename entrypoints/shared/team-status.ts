import { teamStatusSchema, type TeamStatus } from '@/core/team/config';
import { ask } from './messaging';

/** The team this browser is in, as the background reports it; null outside a team or when it cannot say. */
export async function askTeamStatus(): Promise<TeamStatus | null> {
  const reply = await ask({ type: 'team/status' });
  const parsed = reply.ok ? teamStatusSchema.nullable().safeParse(reply.value ?? null) : null;
  return parsed?.success ? parsed.data : null;
}
