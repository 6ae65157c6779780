import { createServer, type Server } from 'node:http';
import { Gauge, Registry } from 'prom-client';
import type { TeamStatus } from './district';

/**
 * The keeper's numbers for a district's monitoring, on localhost: `/metrics` in Prometheus's text
 * format (prom-client), `/status` as JSON (what `npm run keeper -- status` prints). Read at each
 * request from the same status, so both always agree.
 */
export function serveMetrics(port: number, status: () => TeamStatus[]): Promise<Server> {
  const registry = new Registry();
  const labelNames = ['team', 'name'] as const;
  const gauge = (name: string, help: string, value: (t: TeamStatus) => number) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      collect() {
        this.reset();
        for (const t of status()) this.set({ team: t.key, name: t.name }, value(t));
      },
    });
  gauge('steward_keeper_team_records', 'Records in the team doc', (t) => t.records);
  gauge('steward_keeper_team_members', 'Members on the team roster', (t) => t.members);
  gauge('steward_keeper_team_peers', 'Members connected now', (t) => t.peers);
  gauge('steward_keeper_team_open', '1 while the team doc is loaded and syncing, 0 asleep or damaged', (t) => Number(t.state === 'open'));
  gauge('steward_keeper_team_damaged', '1 when the team data directory cannot be opened', (t) => Number(t.state === 'damaged'));
  gauge('steward_keeper_team_last_sync_seconds', 'Unix time of the last sync, 0 if none', (t) => (t.lastSync ?? 0) / 1000);
  new Gauge({ name: 'steward_keeper_resident_bytes', help: 'Resident memory of the keeper process', registers: [registry], collect() { this.set(process.memoryUsage().rss); } });

  const server = createServer(async (req, res) => {
    if (req.url === '/metrics') {
      res.setHeader('Content-Type', registry.contentType);
      res.end(await registry.metrics());
    } else if (req.url === '/status') {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(JSON.stringify(status()));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the numbers name the district's teams.
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
