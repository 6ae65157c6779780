import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { closeAll, decide, settle, trio } from './team-fixture';

afterEach(closeAll);

const SELECTORS = { items: '.msg', author: '.msg .name' };

it('takes the watch allowlist and shared selectors only from the owner or an admin, never from a member or a removed one', async () => {
  const [a, b, c] = await trio();
  // A member signs both settings as if they were an admin's: every replica ignores them.
  await decide(b, { kind: 'allow', phrases: ['нахуй'] });
  await decide(b, { kind: 'selectors', site: 'max', learned: { items: 'body', author: 'body' } });
  await settle(a, b, c);
  for (const m of [a, b, c]) {
    expect(m.replica.roster.roster.allowed).toBeNull();
    expect(m.replica.roster.roster.selectors).toEqual({});
  }

  // The owner's hold, named by the owner's roster name.
  await decide(a, { kind: 'allow', phrases: ['8 912 345-67-89'] });
  await decide(a, { kind: 'selectors', site: 'vk', learned: SELECTORS });
  await settle(a, b, c);
  for (const m of [a, b, c]) {
    expect(m.replica.roster.roster.allowed).toMatchObject({ value: ['8 912 345-67-89'], by: 'Иванова' });
    expect(m.replica.roster.roster.selectors.vk).toMatchObject({ value: SELECTORS, by: 'Иванова' });
  }

  // An admin who is removed afterwards: what they sign after the removal (with the old key) changes nothing.
  await decide(a, { kind: 'role', member: c.me.id, role: 'admin' });
  await settle(a, b, c);
  await decide(a, { kind: 'remove', member: c.me.id });
  await settle(a, b, c);
  await decide(c, { kind: 'allow', phrases: ['8 912 345-67-89', 'сука'] });
  await settle(a, b);
  for (const m of [a, b]) expect(m.replica.roster.roster.allowed?.value).toEqual(['8 912 345-67-89']);
});
