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
    expect(config).toMatchObject({ invite: { team: '7Б' }, dataDir: '/var/lib/steward', name: 'Сервер школы' });
  });

  it('never takes the invite from the command line, where every user of the server sees it', () => {
    expect(() => readConfig({ KEEPER_INVITE: code }, [code])).toThrow(/нельзя передавать в командной строке/);
  });

  it.each([
    [{}, /Не задан код приглашения/],
    [{ KEEPER_INVITE: 'STEWARD2:xyz' }, /не читается/],
    [{ KEEPER_INVITE_FILE: '/nonexistent/invite.txt' }, /Не удалось прочитать файл/],
  ])('says plainly what is wrong (%o)', (env, message) => {
    expect(() => readConfig(env, [])).toThrow(ConfigError);
    expect(() => readConfig(env, [])).toThrow(message);
  });
});
