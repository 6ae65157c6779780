import { browser } from 'wxt/browser';
import { ulid } from 'ulid';
import { z } from 'zod';
import { chatKey, moderationActionSchema, type ModerationAction } from '@/core/moderation/actions';
import type { ChatRef } from '@/core/chat';
import { teamConfigSchema, teamStatusSchema, type TeamConfig, type TeamStatus } from '@/core/team/config';
import { isShared } from '@/core/team/doc';
import { decodeInvite, newTeam, type Invite } from '@/core/team/invite';
import { HOST_TARGET, RECORD_BATCH, type HostReply, type HostRequest } from '../shared/team-protocol';
import { storage } from 'wxt/utils/storage';
import { loadSettings, markTeamChanged } from '../shared/storage';

const teamItem = storage.defineItem<unknown>('local:team');

export async function loadTeam(): Promise<TeamConfig | null> {
  const parsed = teamConfigSchema.safeParse(await teamItem.getValue());
  return parsed.success ? parsed.data : null;
}

/** Chrome: the sync host is an offscreen document, created on first need. */
async function ensureOffscreen(): Promise<void> {
  if (await browser.offscreen.hasDocument()) return;
  await browser.offscreen.createDocument({
    url: browser.runtime.getURL('/offscreen.html'),
    reasons: ['WEB_RTC'],
    justification: 'Syncs the moderation team’s shared block list with co-moderators over WebRTC.',
  });
}

/** Firefox: the background page has WebRTC, so the host runs here. */
let inProcessHost: ((request: HostRequest) => Promise<HostReply>) | undefined;

async function send(request: HostRequest): Promise<HostReply> {
  if (import.meta.env.FIREFOX) {
    inProcessHost ??= (await import('../shared/team-host-service')).hostService(() => void markTeamChanged());
    return inProcessHost(request);
  }
  await ensureOffscreen();
  return (await browser.runtime.sendMessage({ target: HOST_TARGET, request })) as HostReply;
}

/** Asks the sync host; opens the team there first if it is not open (new or restarted host). */
async function host(request: HostRequest): Promise<HostReply | null> {
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

async function me() {
  const { actorName } = await loadSettings();
  return { id: ulid(), name: actorName || browser.i18n.getMessage('actorDefault'), joinedAt: Date.now() };
}

export async function createTeam(team: string, signaling: string[], iceServers?: Invite['iceServers']): Promise<TeamStatus> {
  return start({ invite: newTeam(team, signaling, iceServers), member: await me(), online: true });
}

export async function joinTeam(code: string): Promise<TeamStatus | null> {
  const invite = decodeInvite(code);
  return invite ? start({ invite, member: await me(), online: true }) : null;
}

export async function leaveTeam(): Promise<void> {
  if (await loadTeam()) await send({ op: 'close' });
  await teamItem.removeValue();
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

/** The team's records about a chat (or one participant there), or null outside a team (then the local log is the history). */
export async function teamRecords(chat: ChatRef, subjectId?: string): Promise<ModerationAction[] | null> {
  const reply = await host({ op: 'records', chat: chatKey(chat), subjectId });
  if (!reply?.ok) return null;
  const parsed = z.array(moderationActionSchema).safeParse(reply.value);
  return parsed.success ? parsed.data : null;
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
