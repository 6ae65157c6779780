import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROFILES } from '@/core/regulation/profiles';
import { followTeamRegulation } from '@/core/regulation/team-regulation';
import { createIdentity } from '@/core/team/identity';
import { foldRoster, signEvent, type RosterNode, type UnsignedEvent } from '@/core/team/roster';
import { NOW, TEAM, identity, nodesOf, ownerOf } from './team-fixture';

const ours = { ...BUILT_IN_PROFILES[0], id: 'school-abc', school: 'МБОУ СОШ № 5', title: 'Положение о чатах' };

describe('the team’s regulation, a signed setting', () => {
  it('the owner or an admin sets it, the latest holds; a member’s, or one that is not a valid profile, changes nothing', async () => {
    const owner = await ownerOf('Иванова');
    const me = await identity('Иванова');
    const admin = await createIdentity();
    const plain = await createIdentity();
    // Each event signed after the one before it.
    const steps: Array<[typeof me, UnsignedEvent]> = [
      [me, { kind: 'approve', member: admin.id, name: 'Петрова', key: admin.public, role: 'admin' }],
      [me, { kind: 'approve', member: plain.id, name: 'Сидорова', key: plain.public, role: 'member' }],
      [me, { kind: 'regulation', profile: JSON.stringify(BUILT_IN_PROFILES[1]) }],
      [admin, { kind: 'regulation', profile: JSON.stringify(ours) }],
      // A plain member, a broken JSON and a profile failing the schema: all ignored.
      [plain, { kind: 'regulation', profile: JSON.stringify({ ...ours, id: 'members-own' }) }],
      [me, { kind: 'regulation', profile: '{"id": "broken"' }],
      [me, { kind: 'regulation', profile: JSON.stringify({ ...ours, id: 'Не латиница', roles: [] }) }],
    ];
    const nodes: RosterNode[] = [];
    for (const [i, [by, event]] of steps.entries()) {
      const signed = await signEvent(by, TEAM, event, `e${i}`, NOW - 10 + i, nodes.slice(-1).map((n) => n.hash));
      nodes.push(...(await nodesOf([signed])));
    }
    const roster = foldRoster(owner, TEAM, nodes);
    expect(roster.regulation).toMatchObject({ by: 'Петрова', at: NOW - 7 });
    expect(roster.regulation?.profile.id).toBe('school-abc');
  });
});

describe('a member takes up the team’s regulation', () => {
  const team = { profile: ours, by: 'Петрова', at: NOW };
  const builtInIds = BUILT_IN_PROFILES.map((p) => p.id);

  it('is kept and chosen where the user had none, the model rules, or the team’s earlier one', () => {
    for (const profileId of [null, 'model-rules', 'school-old']) {
      expect(followTeamRegulation(team, { profileId, followed: { id: 'school-old', by: 'Петрова', at: NOW - 100 }, builtInIds })).toEqual({
        keep: ours,
        choose: true,
        followed: { id: 'school-abc', by: 'Петрова', at: NOW },
      });
    }
  });

  it('is kept but not chosen over a regulation the user chose themselves; a built-in one is chosen, not copied', () => {
    expect(followTeamRegulation(team, { profileId: 'omsk-13', followed: null, builtInIds })?.choose).toBe(false);
    const builtIn = { ...team, profile: BUILT_IN_PROFILES[2] };
    expect(followTeamRegulation(builtIn, { profileId: null, followed: null, builtInIds })).toMatchObject({ keep: null, choose: true });
  });

  it('is taken up once: the same setting again, or an older one, does nothing', () => {
    const followed = { id: 'school-abc', by: 'Петрова', at: NOW };
    expect(followTeamRegulation(team, { profileId: 'school-abc', followed, builtInIds })).toBeNull();
    expect(followTeamRegulation({ ...team, at: NOW - 1 }, { profileId: 'school-abc', followed, builtInIds })).toBeNull();
  });
});
