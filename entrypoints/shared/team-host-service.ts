import { ActionLog } from '@/core/log/store';
import type { TeamConfig } from '@/core/team/config';
import { IdentityDb, loadIdentity } from '@/core/team/identity-store';
import type { HostReply, HostRequest } from './team-protocol';
import { TeamHost, type HostEvents } from './team-host';

/** What the sync host tells the background without being asked. */
export interface HostNotices {
  /** What the team status shows changed. */
  onChange(): void;
  /** The team's config changed here (a new invite, a move to another room): to be kept. */
  onConfig(config: TeamConfig): void;
  /** A long sync moved on (done === total when it ends). */
  onProgress(done: number, total: number): void;
}

/** The sync host's side of the protocol: holds the open team and answers the background. */
export function hostService(notices: HostNotices): (request: HostRequest) => Promise<HostReply> {
  const log = new ActionLog();
  const identities = new IdentityDb();
  let host: TeamHost | null = null;

  const events: HostEvents = {
    onChange: notices.onChange,
    onProgress: notices.onProgress,
    onConfig(config, moved) {
      notices.onConfig(config);
      if (moved) void reopen(config);
    },
  };
  // The team moved: the new room's doc starts from the roster this member holds.
  let reopening: Promise<void> = Promise.resolve();
  const reopen = (config: TeamConfig) =>
    (reopening = reopening.then(async () => {
      const seed = host?.seed();
      await host?.close();
      host = await TeamHost.open(config, log, await loadIdentity(identities), events, seed);
      notices.onChange();
    }));

  return async (request) => {
    try {
      return await answer(request);
    } catch (error) {
      // Refusals ('not-admin', 'expired'…) go back as codes the pages put in words.
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };

  async function answer(request: HostRequest): Promise<HostReply> {
    await reopening;
    if (request.op === 'open') {
      await host?.close();
      host = await TeamHost.open(request.config, log, await loadIdentity(identities), events);
      return { ok: true, value: await host.status() };
    }
    if (request.op === 'close') {
      await host?.close(request.forget);
      host = null;
      return { ok: true };
    }
    // The host document can be restarted by the browser: the background then reopens it.
    if (!host) return { ok: false, error: 'not-open' };
    switch (request.op) {
      case 'record':
        return { ok: true, value: await host.record(request.actions) };
      case 'status':
        return { ok: true, value: await host.status() };
      case 'online':
        host.setOnline(request.online);
        return { ok: true, value: await host.status() };
      case 'retention':
        await host.setRetention(request.months);
        return { ok: true, value: await host.status() };
      case 'set-regulation':
        await host.setRegulation(request.profile);
        return { ok: true, value: await host.status() };
      case 'regulation': {
        const regulation = host.regulation();
        const known = request.known && regulation && regulation.profile.id === request.known.id && regulation.at === request.known.at;
        return { ok: true, value: known ? null : regulation };
      }
      case 'allow':
        await host.allowPhrase(request.phrase);
        return { ok: true };
      case 'selectors':
        await host.shareSelectors(request.site, request.learned);
        return { ok: true };
      case 'shared':
        return { ok: true, value: host.shared() };
      case 'prune':
        await host.prune();
        return { ok: true };
      case 'export':
        return { ok: true, value: await host.exportFile() };
      case 'import':
        return { ok: true, value: await host.importFile(request.text) };
      case 'approve':
        await host.approve(request.id);
        return { ok: true, value: await host.status() };
      case 'remove':
        await host.remove(request.id);
        // Removing a member moves the team: answer from the host of the new room.
        await reopening;
        return { ok: true, value: await host!.status() };
      case 'role':
        await host.setRole(request.id, request.role);
        return { ok: true, value: await host.status() };
      case 'invite':
        await host.newInvite(request.days);
        return { ok: true, value: await host.status() };
      case 'withdraw':
        await host.withdrawInvite(request.id);
        return { ok: true, value: await host.status() };
      case 'owner':
        await host.handOver(request.id);
        return { ok: true, value: await host.status() };
      case 'admit':
        await host.admit(request.keys);
        return { ok: true, value: await host.status() };
    }
  }
}
