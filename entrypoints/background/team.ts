import { browser } from 'wxt/browser';
import type { ModerationAction } from '@/core/moderation/actions';
import { teamConfigSchema, teamStatusSchema, type RosterDecision, type TeamConfig, type TeamStatus } from '@/core/team/config';
import { isShared } from '@/core/team/doc';
import { IdentityDb, loadIdentity } from '@/core/team/identity-store';
import { decodeInvite, isExpired, newTeam, type Invite } from '@/core/team/invite';
import { HOST_TARGET, RECORD_BATCH, type HostReply, type HostRequest } from '../shared/team-protocol';
import { storage } from 'wxt/utils/storage';
import { adoptImportedProfile, chooseProfile, keepImportedProfile, loadImportedProfiles, keepSyncProgress, loadSettings, markTeamChanged } from '../shared/storage';
import { BUILT_IN_PROFILES, findProfile, MODEL_PROFILE } from '@/core/regulation/profiles';
import { regulationProfileSchema, rolesNamedBy } from '@/core/regulation/profile';
import { followTeamRegulation, type FollowedRegulation } from '@/core/regulation/team-regulation';
import { STORAGE_KEYS } from '../shared/storage-keys';
import { followShared } from './team-shared';

const teamItem = storage.defineItem<unknown>(`local:${STORAGE_KEYS.team}`);
/** The team regulation this browser last took up. */
const followedItem = storage.defineItem<FollowedRegulation | null>('local:teamRegulation', { fallback: null });

export async function loadTeam(): Promise<TeamConfig | null> {
  const parsed = teamConfigSchema.safeParse(await teamItem.getValue());
  return parsed.success ? parsed.data : null;
}

/** The check (and creation) under way: whoever asks meanwhile waits for the same document, which is ready once created. */
let offscreen: Promise<void> | undefined;

/** Chrome: the sync host is an offscreen document, created on first need. */
function ensureOffscreen(): Promise<void> {
  offscreen ??= (async () => {
    if (await browser.offscreen.hasDocument()) return;
    await browser.offscreen.createDocument({
      url: browser.runtime.getURL('/offscreen.html'),
      reasons: ['WEB_RTC'],
      justification: 'Syncs the moderation team’s shared block list with co-moderators over WebRTC.',
    });
  })().finally(() => (offscreen = undefined));
  return offscreen;
}

/** Firefox: the background page has WebRTC, so the host runs here. */
let inProcessHost: Promise<(request: HostRequest) => Promise<HostReply>> | undefined;

function firefoxHost() {
  inProcessHost ??= import('../shared/team-host-service').then(({ hostService }) =>
    hostService({
      onChange: () => void teamChanged(),
      onConfig: (config) => void keepConfig(config),
      onProgress: (done, total) => void keepSyncProgress(done, total),
    }),
  );
  return inProcessHost;
}

async function send(request: HostRequest): Promise<HostReply> {
  if (import.meta.env.FIREFOX) return (await firefoxHost())(request);
  await ensureOffscreen();
  return (await browser.runtime.sendMessage({ target: HOST_TARGET, request })) as HostReply;
}

/** Starts the sync host ahead of a join (its start is a tenth of a second the join then need not wait for). */
export async function prepareHost(): Promise<void> {
  if (import.meta.env.FIREFOX) await firefoxHost();
  else await ensureOffscreen();
}

/** Asks the sync host; opens the team there first if it is not open (new or restarted host). Null outside a team. */
export async function host(request: HostRequest): Promise<HostReply | null> {
  const config = await loadTeam();
  if (!config) return null;
  let reply = await send(request);
  if (!reply.ok && reply.error === 'not-open') {
    await send({ op: 'open', config });
    reply = await send(request);
  }
  return reply;
}

async function start(config: TeamConfig): Promise<TeamStatus> {
  await teamItem.setValue(config);
  const reply = await send({ op: 'open', config });
  if (!reply.ok) throw new Error(reply.error);
  return teamStatusSchema.parse(reply.value);
}

/** The sync host changed the team's config (a new invite, a move to another room): kept if it is still this team. */
export async function keepConfig(config: unknown): Promise<void> {
  const parsed = teamConfigSchema.safeParse(config);
  const current = await loadTeam();
  if (parsed.success && current && parsed.data.invite.teamId === current.invite.teamId && parsed.data.member.id === current.member.id) {
    await teamItem.setValue(parsed.data);
    await markTeamChanged();
  }
}

async function me() {
  const { actorName } = await loadSettings();
  const identity = await loadIdentity(new IdentityDb());
  return { identity, member: { id: identity.id, name: actorName || browser.i18n.getMessage('actorDefault') } };
}

export async function createTeam(team: string, signaling: string[], iceServers?: Invite['iceServers'], relayOnly = false): Promise<TeamStatus> {
  const { identity, member } = await me();
  const owner = { id: identity.id, name: member.name, key: identity.public };
  return start({ invite: newTeam(team, owner, signaling, iceServers, Date.now(), relayOnly), member, online: true, previous: [] });
}

/** Joins by invite: asks to join (an owner or admin approves); the reason when the code cannot be used. */
export async function joinTeam(code: string): Promise<'bad-invite' | 'invite-expired' | TeamStatus> {
  const invite = decodeInvite(code);
  if (!invite) return 'bad-invite';
  if (isExpired(invite, Date.now())) return 'invite-expired';
  return start({ invite, member: (await me()).member, online: true, previous: [] });
}

/** An owner's or admin's decision on the roster; the refusal's code when the host refuses it. */
export async function decideRoster(decision: RosterDecision): Promise<{ ok: true; value: TeamStatus } | { ok: false; error: string }> {
  const reply = await host(decision);
  if (!reply) return { ok: false, error: 'no-team' };
  return reply.ok ? { ok: true, value: teamStatusSchema.parse(reply.value) } : reply;
}

/**
 * Reopens the team an identity backup held, once that identity is this browser's: the config must
 * be a team config whose member is that identity (a file cannot make this browser someone else).
 */
export async function restoreTeam(config: unknown): Promise<TeamStatus | 'bad-backup'> {
  const parsed = teamConfigSchema.safeParse(config);
  const identity = await loadIdentity(new IdentityDb());
  if (!parsed.success || parsed.data.member.id !== identity.id) return 'bad-backup';
  if (await loadTeam()) await send({ op: 'close', forget: false });
  return start({ ...parsed.data, online: true });
}

/** Stops syncing and deletes this browser's replica of the team's doc; the records stay in the local store. */
export async function leaveTeam(): Promise<void> {
  if (await loadTeam()) await send({ op: 'close', forget: true });
  await teamItem.removeValue();
  await followShared();
}

export async function teamStatus(): Promise<TeamStatus | null> {
  const reply = await host({ op: 'status' });
  return reply?.ok ? teamStatusSchema.parse(reply.value) : null;
}

export async function setTeamOnline(online: boolean): Promise<TeamStatus | null> {
  const config = await loadTeam();
  if (!config) return null;
  await teamItem.setValue({ ...config, online });
  const reply = await host({ op: 'online', online });
  return reply?.ok ? teamStatusSchema.parse(reply.value) : null;
}

/** Shares actions about shared state with the team, if there is one (records already there are kept). */
export async function shareActions(actions: ModerationAction[]): Promise<void> {
  const shared = actions.filter(isShared);
  for (let i = 0; i < shared.length; i += RECORD_BATCH) await host({ op: 'record', actions: shared.slice(i, i + RECORD_BATCH) });
}

/** Records or the roster changed in the sync host: open views refresh, and a new team regulation is taken up. */
export async function teamChanged(): Promise<void> {
  await markTeamChanged();
  await followRegulation();
  await followShared();
}

/** Sets the chosen regulation for the whole team (a signed setting); null outside a team. */
export async function setTeamRegulation(profileId: string): Promise<TeamStatus | null> {
  const profile = findProfile(profileId, await loadImportedProfiles());
  if (!profile) throw new Error('no-profile');
  const reply = await host({ op: 'set-regulation', profile: JSON.stringify(profile) });
  if (reply && !reply.ok) throw new Error(reply.error);
  await followRegulation();
  return reply?.ok ? teamStatusSchema.parse(reply.value) : null;
}

/** Takes up the team's regulation once when it is new: kept, and chosen unless the user chose one of their own. */
async function followRegulation(): Promise<void> {
  // Asked at every burst of arriving records: the regulation itself comes back only when it is new.
  const followed = await followedItem.getValue();
  const reply = await host({ op: 'regulation', known: followed && { id: followed.id, at: followed.at } });
  const value = reply?.ok ? (reply.value as { profile?: unknown; by?: unknown; at?: unknown } | null) : null;
  const profile = regulationProfileSchema.safeParse(value?.profile);
  if (!profile.success || typeof value?.by !== 'string' || typeof value.at !== 'number') return;
  const settings = await loadSettings();
  const builtInIds = [...BUILT_IN_PROFILES, MODEL_PROFILE].map((p) => p.id);
  const step = followTeamRegulation({ profile: profile.data, by: value.by, at: value.at }, { profileId: settings.profileId, followed, builtInIds });
  if (!step) return;
  if (step.keep && step.choose) await adoptImportedProfile(step.keep);
  else if (step.keep) await keepImportedProfile(step.keep);
  else if (step.choose) await chooseProfile(profile.data.id, rolesNamedBy(profile.data, settings.roles));
  await followedItem.setValue(step.followed);
  await markTeamChanged();
}

/** Sets the team's retention period for every member; null outside a team. */
export async function setTeamRetention(months: number | null): Promise<TeamStatus | null> {
  const reply = await host({ op: 'retention', months });
  return reply?.ok ? teamStatusSchema.parse(reply.value) : null;
}

/** Applies the team's retention period here; false outside a team (then the local setting applies). */
export async function pruneTeam(): Promise<boolean> {
  return (await host({ op: 'prune' }))?.ok ?? false;
}

export async function exportTeam(): Promise<string | null> {
  const reply = await host({ op: 'export' });
  return reply?.ok ? String(reply.value) : null;
}

export async function importTeam(text: string): Promise<unknown> {
  const reply = await host({ op: 'import', text });
  return reply?.ok ? reply.value : { ok: false, problem: 'no-team' };
}

/** Keeps the team syncing while the browser runs. */
export async function resumeTeam(): Promise<void> {
  if (await loadTeam()) await teamStatus();
}
