import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeInvite, type Invite } from '../../core/team/invite';
import type { DistrictConfig } from './district';

export interface KeeperConfig {
  invite: Invite;
  /** Where the team's doc is kept (LevelDB). */
  dataDir: string;
  /** How the keeper appears among the team's members. */
  name: string;
}

export interface KeeperSetup extends DistrictConfig {
  /** Where `/metrics` and `/status` answer on 127.0.0.1; null when turned off. */
  metricsPort: number | null;
}

export class ConfigError extends Error {}

const DEFAULT_METRICS_PORT = 9464;
const DEFAULT_IDLE_MINUTES = 10;

/** The port `npm run keeper -- status` asks, from the same environment the keeper runs with. */
export function metricsPortOf(env: NodeJS.ProcessEnv): number | null {
  const text = env.KEEPER_METRICS_PORT?.trim();
  if (text === 'off') return null;
  const port = Number(text || DEFAULT_METRICS_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new ConfigError(`KEEPER_METRICS_PORT: нужен номер порта от 1 до 65535 или off, а не «${text}»`);
  return port;
}

/**
 * The keeper's settings, from the environment: a directory of invite files (KEEPER_TEAMS_DIR, one
 * team each, for a district) or one team's invite. An invite code holds the team secret, so it is
 * read from a file (KEEPER_INVITE_FILE) or the environment (KEEPER_INVITE), never from the
 * command line, where any user of the server could read it in the process list.
 */
export function readConfig(env: NodeJS.ProcessEnv, argv: string[]): KeeperSetup {
  if (argv.some((a) => /STEWARD\d:/.test(a))) {
    throw new ConfigError('Код приглашения нельзя передавать в командной строке: его видят все пользователи сервера. Положите его в файл и укажите путь в KEEPER_INVITE_FILE.');
  }
  const idleMinutes = Number(env.KEEPER_IDLE_MINUTES || DEFAULT_IDLE_MINUTES);
  if (!(idleMinutes > 0)) throw new ConfigError(`KEEPER_IDLE_MINUTES: нужно число минут больше нуля, а не «${env.KEEPER_IDLE_MINUTES}»`);
  const common = {
    dataRoot: resolve(env.KEEPER_DATA ?? 'keeper-data'),
    name: (env.KEEPER_NAME ?? 'Хранитель (сервер школы)').trim().slice(0, 100),
    idleMs: idleMinutes * 60_000,
    rescanMs: 2000,
    metricsPort: metricsPortOf(env),
  };
  if (env.KEEPER_TEAMS_DIR) return { ...common, teams: { dir: resolve(env.KEEPER_TEAMS_DIR) } };
  let code = env.KEEPER_INVITE;
  if (env.KEEPER_INVITE_FILE) {
    try {
      code = readFileSync(env.KEEPER_INVITE_FILE, 'utf8');
    } catch {
      throw new ConfigError(`Не удалось прочитать файл с кодом приглашения: ${env.KEEPER_INVITE_FILE}`);
    }
  }
  if (!code?.trim()) throw new ConfigError('Не задан код приглашения: положите его в файл и укажите путь в KEEPER_INVITE_FILE (или задайте KEEPER_INVITE), или каталог с файлами приглашений в KEEPER_TEAMS_DIR.');
  const invite = decodeInvite(code);
  if (!invite) throw new ConfigError('Код приглашения не читается: скопируйте его заново из настроек расширения (он начинается с STEWARD2:).');
  return { ...common, teams: { invite } };
}
