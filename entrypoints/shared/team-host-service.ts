import { ActionLog } from '@/core/log/store';
import type { HostReply, HostRequest } from './team-protocol';
import { TeamHost } from './team-host';

/**
 * The sync host's side of the protocol: holds the open team and answers the background.
 * `onRemoteChange` is told when co-moderators' records arrive.
 */
export function hostService(onRemoteChange: () => void): (request: HostRequest) => Promise<HostReply> {
  const log = new ActionLog();
  let host: TeamHost | null = null;
  return async (request) => {
    if (request.op === 'open') {
      await host?.close();
      host = await TeamHost.open(request.config, log, onRemoteChange);
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
        return { ok: true, value: host.record(request.actions) };
      case 'status':
        return { ok: true, value: await host.status() };
      case 'online':
        host.setOnline(request.online);
        return { ok: true, value: await host.status() };
      case 'retention':
        await host.setRetention(request.months);
        return { ok: true, value: await host.status() };
      case 'prune':
        await host.prune();
        return { ok: true };
      case 'export':
        return { ok: true, value: await host.exportFile() };
      case 'import':
        return { ok: true, value: await host.importFile(request.text) };
    }
  };
}
