// npm run keeper: the team's always-on member (see the README). Settings come from the environment.
import { WebSocket } from 'ws';
import { ConfigError, readConfig } from './config';

// Node 20 has no WebSocket of its own; y-webrtc's signaling client needs one.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket;
const { Keeper } = await import('./keeper');

const say = (line: string) => console.log(`${new Date().toISOString()} ${line}`);

let keeper: InstanceType<typeof Keeper>;
try {
  keeper = new Keeper(readConfig(process.env, process.argv.slice(2)), say);
  await keeper.start();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `Хранитель не запустился: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  say(`${signal}: останавливаюсь, сохраняю данные…`);
  await keeper.stop();
  say('остановлен, всё полученное сохранено.');
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
