import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeInvite, newTeam } from '@/core/team/invite';
import { ConfigError, readConfig } from '../../scripts/keeper/config';

const owner = { id: 'o'.repeat(22), name: 'Иванова', key: { alg: 'ed25519' as const, sign: 'k'.repeat(43), agree: 'a'.repeat(43) } };
const code = encodeInvite(newTeam('7Б', owner, ['ws://127.0.0.1:4444'], undefined, Date.now()));

describe('the keeper’s settings', () => {
  it('reads the invite from a file, with the data directory and the name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keeper-'));
    writeFileSync(join(dir, 'invite.txt'), `${code}\n`);
    const config = readConfig({ KEEPER_INVITE_FILE: join(dir, 'invite.txt'), KEEPER_DATA: '/var/lib/steward', KEEPER_NAME: ' Сервер школы ' }, []);
    rmSync(dir, { recursive: true, force: true });
    expect(config).toMatchObject({ teams: { invite: { team: '7Б' } }, dataRoot: '/var/lib/steward', name: 'Сервер школы', metricsPort: 9464, idleMs: 600_000 });
  });

  it('serves a directory of invite files for a district, with its metrics port and quiet period', () => {
    const config = readConfig({ KEEPER_TEAMS_DIR: '/etc/chat-steward/teams', KEEPER_METRICS_PORT: '9100', KEEPER_IDLE_MINUTES: '30' }, []);
    expect(config).toMatchObject({ teams: { dir: '/etc/chat-steward/teams' }, metricsPort: 9100, idleMs: 1_800_000 });
    expect(readConfig({ KEEPER_TEAMS_DIR: '/t', KEEPER_METRICS_PORT: 'off' }, []).metricsPort).toBeNull();
  });

  it('never takes the invite from the command line, where every user of the server sees it', () => {
    expect(() => readConfig({ KEEPER_INVITE: code }, [code])).toThrow(/нельзя передавать в командной строке/);
  });

  it.each([
    [{}, /Не задан код приглашения/],
    [{ KEEPER_INVITE: 'STEWARD2:xyz' }, /не читается/],
    [{ KEEPER_INVITE_FILE: '/nonexistent/invite.txt' }, /Не удалось прочитать файл/],
    [{ KEEPER_TEAMS_DIR: '/t', KEEPER_METRICS_PORT: '99999' }, /KEEPER_METRICS_PORT/],
    [{ KEEPER_TEAMS_DIR: '/t', KEEPER_IDLE_MINUTES: 'soon' }, /KEEPER_IDLE_MINUTES/],
  ])('says plainly what is wrong (%o)', (env, message) => {
    expect(() => readConfig(env, [])).toThrow(ConfigError);
    expect(() => readConfig(env, [])).toThrow(message);
  });
});
