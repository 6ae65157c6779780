import { describe, expect, it } from 'vitest';
import { createIdentity, sign, verify } from '@/core/team/identity';
import { openBackup, sealBackup } from '@/core/team/identity-backup';

const team = { invite: { teamId: 'team-1' }, member: { id: 'x', name: 'Иванова' } };

describe('identity backup sealed with a passphrase', () => {
  it('restores the same identity and team: what it signs verifies under the old key, and it can be backed up again', async () => {
    const me = await createIdentity({ extractable: true });
    const sealed = await sealBackup(me, team, 'длинный пароль 1');
    if (!sealed.ok) throw new Error(sealed.problem);
    // The private keys (a JWK's "d") are not in the file as text.
    expect(sealed.text).not.toContain('"d"');
    const opened = await openBackup(sealed.text, 'длинный пароль 1');
    if (!opened.ok) throw new Error(opened.problem);
    expect(opened.identity.id).toBe(me.id);
    expect(opened.team).toEqual(team);
    expect(await verify(me.public, { a: 1 }, await sign(opened.identity, { a: 1 }))).toBe(true);
    expect((await sealBackup(opened.identity, null, 'ещё один пароль')).ok).toBe(true);
  }, 30_000);

  it('says which: a wrong passphrase, a damaged file, a file that is not a backup; short passphrases and keys that cannot be read out are refused', async () => {
    const me = await createIdentity({ extractable: true });
    const sealed = await sealBackup(me, null, 'правильный пароль');
    if (!sealed.ok) throw new Error(sealed.problem);
    expect(await openBackup(sealed.text, 'неправильный пароль')).toEqual({ ok: false, problem: 'wrong-passphrase' });
    const file = JSON.parse(sealed.text);
    const flipped = { ...file, sealed: (file.sealed[0] === 'A' ? 'B' : 'A') + file.sealed.slice(1) };
    expect(await openBackup(JSON.stringify(flipped), 'правильный пароль')).toEqual({ ok: false, problem: 'damaged' });
    expect(await openBackup(JSON.stringify({ ...file, iv: 'не base64' }), 'правильный пароль')).toEqual({ ok: false, problem: 'damaged' });
    expect(await openBackup(sealed.text.slice(0, 100), 'правильный пароль')).toEqual({ ok: false, problem: 'not-a-backup' });
    expect(await openBackup('{"records": []}', 'правильный пароль')).toEqual({ ok: false, problem: 'not-a-backup' });
    expect(await sealBackup(me, null, 'короткий')).toMatchObject({ ok: true });
    expect(await sealBackup(me, null, 'корот')).toEqual({ ok: false, problem: 'short-passphrase' });
    expect(await sealBackup(await createIdentity(), null, 'длинный пароль')).toEqual({ ok: false, problem: 'not-extractable' });
  }, 30_000);
});
