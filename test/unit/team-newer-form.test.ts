import 'fake-indexeddb/auto';
import * as encoding from 'lib0/encoding';
import { afterEach, expect, it } from 'vitest';
import { recordsMap } from '@/core/team/doc';
import { incidentSummary } from '@/core/team/incidents';
import { FORM } from '@/core/team/wire-form';
import { TEAM, closeAll, docRecord, pair, record, settle, stored, violation } from './team-fixture';

afterEach(closeAll);

const newerForm = () => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, FORM + 1);
  encoding.writeVarString(encoder, 'a record as a later version writes it');
  return encoding.toUint8Array(encoder);
};

it('holds a record in a newer form for an update (counted, not refused), and restores a record it holds that comes back in one', async () => {
  const { a, b } = await pair();
  const kept = violation('Петрова');
  await record(b, kept);
  await settle(a, b);
  expect(await stored(a)).toEqual([kept.id]);

  recordsMap(b.doc).set('01KNEWER000000', newerForm());
  await settle(a, b);
  expect(a.replica.newerCount).toBe(1);
  expect(await stored(a)).toEqual([kept.id]);
  expect((await incidentSummary(a.log, TEAM)).refused).toBe(0);

  // A newer version writes new records in its form, never old ones again: this is a rewrite.
  recordsMap(b.doc).set(kept.id, newerForm());
  await settle(a, b);
  expect(docRecord(a.doc, kept.id)).toEqual(kept);
  expect(docRecord(b.doc, kept.id)).toEqual(kept);
  expect(a.replica.newerCount).toBe(1);
  expect((await incidentSummary(a.log, TEAM)).undone).toBeGreaterThan(0);
});
