import type { HostReply, HostRequest } from './team-protocol';
import { TeamHost } from './team-host';

/**
 * The sync host's side of the protocol: holds the open team and answers the background.
 * `onRemoteChange` is told when co-moderators' records arrive.
 */
export function hostService(onRemoteChange: () => void): (request: HostRequest) => Promise<HostReply> {
  let host: TeamHost | null = null;
  return async (request) => {
    if (request.op === 'open') {
      await host?.close();
      host = await TeamHost.open(request.config, onRemoteChange);
      return { ok: true, value: host.status() };
    }
    if (request.op === 'close') {
      await host?.close();
      host = null;
      return { ok: true };
    }
    // The host document can be restarted by the browser: the background then reopens it.
    if (!host) return { ok: false, error: 'not-open' };
    switch (request.op) {
      case 'record':
        return { ok: true, value: host.record(request.actions) };
      case 'records':
        return { ok: true, value: host.records(request.chat, request.subjectId) };
      case 'status':
        return { ok: true, value: host.status() };
      case 'online':
        host.setOnline(request.online);
        return { ok: true, value: host.status() };
      case 'export':
        return { ok: true, value: await host.exportFile() };
      case 'import':
        return { ok: true, value: await host.importFile(request.text) };
    }
  };
}
