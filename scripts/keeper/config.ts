import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeInvite, type Invite } from '../../core/team/invite';

export interface KeeperConfig {
  invite: Invite;
  /** Where the team's doc is kept (LevelDB). */
  dataDir: string;
  /** How the keeper appears among the team's members. */
  name: string;
}

export class ConfigError extends Error {}

/**
 * The keeper's settings, from the environment. The invite code holds the team secret, so it is
 * read from a file (KEEPER_INVITE_FILE) or the environment (KEEPER_INVITE), never from the
 * command line, where any user of the server could read it in the process list.
 */
export function readConfig(env: NodeJS.ProcessEnv, argv: string[]): KeeperConfig {
  if (argv.some((a) => /STEWARD\d:/.test(a))) {
    throw new ConfigError('Код приглашения нельзя передавать в командной строке: его видят все пользователи сервера. Положите его в файл и укажите путь в KEEPER_INVITE_FILE.');
  }
  let code = env.KEEPER_INVITE;
  if (env.KEEPER_INVITE_FILE) {
    try {
      code = readFileSync(env.KEEPER_INVITE_FILE, 'utf8');
    } catch {
      throw new ConfigError(`Не удалось прочитать файл с кодом приглашения: ${env.KEEPER_INVITE_FILE}`);
    }
  }
  if (!code?.trim()) throw new ConfigError('Не задан код приглашения: положите его в файл и укажите путь в KEEPER_INVITE_FILE (или задайте KEEPER_INVITE).');
  const invite = decodeInvite(code);
  if (!invite) throw new ConfigError('Код приглашения не читается: скопируйте его заново из настроек расширения (он начинается с STEWARD2:).');
  return {
    invite,
    dataDir: resolve(env.KEEPER_DATA ?? 'keeper-data'),
    name: (env.KEEPER_NAME ?? 'Хранитель (сервер школы)').trim().slice(0, 100),
  };
}
