import { expect, it, vi } from 'vitest';
import { createIdentity, sign } from '@/core/team/identity';
import { FORM_CLAIM_FIELD, FORM_FIELD, formClaimPart, PeerForms } from '@/core/team/peer-forms';
import { FORM } from '@/core/team/wire-form';
import { TEAM } from './team-fixture';

it('counts connected peers that announce no form or an older one, and newer ones a member signed, never this member itself', async () => {
  const [member, stranger] = [await createIdentity(), await createIdentity()];
  const forms = new PeerForms(TEAM, (id) => (id === member.id ? member.public : undefined));
  const claim = async (client: number, signer = member, form = FORM + 1, team = TEAM) => ({
    [FORM_FIELD]: form,
    [FORM_CLAIM_FIELD]: { by: member.id, sig: await sign(signer, formClaimPart(team, client, form)) },
  });
  const states = new Map<number, unknown>([
    [1, { [FORM_FIELD]: FORM }],
    [2, {}],
    [3, { [FORM_FIELD]: FORM - 1 }],
    [4, await claim(4)],
    [5, null],
    [6, { [FORM_FIELD]: 'один' }],
    [7, {}],
    // A newer form anyone in the room can announce: unsigned, signed by a stranger under the member's id,
    // another peer's signed claim replayed, a claim for another team, a claim with no member behind it.
    [8, { [FORM_FIELD]: FORM + 1 }],
    [9, await claim(9, stranger)],
    [10, { ...(await claim(4)) }],
    [11, await claim(11, member, FORM + 1, 'другая команда')],
    [12, { [FORM_FIELD]: FORM + 1, [FORM_CLAIM_FIELD]: { by: stranger.id, sig: await sign(stranger, formClaimPart(TEAM, 12, FORM + 1)) } }],
    [13, { [FORM_FIELD]: FORM + 1, [FORM_CLAIM_FIELD]: 'подпись' }],
  ]);
  expect(await forms.count(states, 7)).toEqual({ older: 4, newer: 1 });
  expect(await forms.count(new Map([[1, {}]]), 1)).toEqual({ older: 0, newer: 0 });
});

it('verifies a present peer\u2019s claim once, however often the status is asked for', async () => {
  const member = await createIdentity();
  const forms = new PeerForms(TEAM, () => member.public);
  const states = new Map<number, unknown>([[3, { [FORM_FIELD]: FORM + 1, [FORM_CLAIM_FIELD]: { by: member.id, sig: await sign(member, formClaimPart(TEAM, 3, FORM + 1)) } }]]);
  const verify = vi.spyOn(crypto.subtle, 'verify');
  try {
    for (let i = 0; i < 3; i++) expect(await forms.count(states, 1)).toEqual({ older: 0, newer: 1 });
    expect(verify).toHaveBeenCalledTimes(1);
  } finally {
    verify.mockRestore();
  }
});
