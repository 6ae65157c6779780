import type { RegulationProfile } from './profile';

/** Which team regulation this browser last followed, so a newer one is taken up once and an older one never. */
export interface FollowedRegulation {
  id: string;
  by: string;
  at: number;
}

/**
 * What a member does when the team's regulation arrives: keep it among the imported ones (unless it
 * is one built in), and choose it where the user had chosen nothing of their own — no regulation,
 * the model rules, or the team's earlier one.
 */
export function followTeamRegulation(
  team: { profile: RegulationProfile; by: string; at: number },
  current: { profileId: string | null; followed: FollowedRegulation | null; builtInIds: string[] },
): { keep: RegulationProfile | null; choose: boolean; followed: FollowedRegulation } | null {
  const followed = { id: team.profile.id, by: team.by, at: team.at };
  if (current.followed && current.followed.id === followed.id && current.followed.at >= followed.at) return null;
  const own = current.profileId !== null && current.profileId !== 'model-rules' && current.profileId !== current.followed?.id;
  return { keep: current.builtInIds.includes(team.profile.id) ? null : team.profile, choose: !own, followed };
}
