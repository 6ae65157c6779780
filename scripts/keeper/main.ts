// npm run keeper: the team's (or a district's teams') always-on member (see the README).
// Settings come from the environment; `npm run keeper -- status` asks a running keeper.
import { WebSocket } from 'ws';
import { ConfigError, metricsPortOf, readConfig } from './config';

// Node 20 has no WebSocket of its own; y-webrtc's signaling client needs one.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket;
const { District } = await import('./district');
const { serveMetrics } = await import('./metrics');
const { printStatus } = await import('./status-command');

const say = (line: string) => console.log(`${new Date().toISOString()} ${line}`);
const fail = (error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Хранитель не запустился: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
};

if (process.argv[2] === 'status') {
  try {
    process.exit(await printStatus(metricsPortOf(process.env)));
  } catch (error) {
    fail(error);
  }
}

let district: InstanceType<typeof District>;
try {
  const config = readConfig(process.env, process.argv.slice(2));
  district = new District(config, say);
  await district.start();
  if (config.metricsPort !== null) {
    await serveMetrics(config.metricsPort, () => district.status()).then(
      (server) => say(`метрики и состояние: http://127.0.0.1:${(server.address() as { port: number }).port}/metrics, /status`),
      (error) => say(`метрики не запущены (порт ${config.metricsPort}: ${error instanceof Error ? error.message : String(error)}); команды обслуживаются`),
    );
  }
} catch (error) {
  fail(error);
}

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  say(`${signal}: останавливаюсь, сохраняю данные…`);
  await district.stop();
  say('остановлен, всё полученное сохранено.');
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
