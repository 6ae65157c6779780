import type { HostReply, HostRequest } from './team-protocol';
import { TeamHost } from './team-host';

let host: TeamHost | null = null;

export async function handleHostRequest(request: HostRequest): Promise<HostReply> {
  if (request.op === 'open') {
    await host?.close();
    host = await TeamHost.open(request.config);
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
      return { ok: true, value: host.record(request.action) };
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
}
