import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { recordsMap } from '@/core/team/doc';
import { binaryAsViews } from '@/core/team/update-views';

const bytes = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 255);

it('reads a record’s bytes as a view into the update, the same bytes, and later changes as new values', () => {
  binaryAsViews();
  binaryAsViews();
  const source = new Y.Doc();
  for (let i = 0; i < 50; i++) recordsMap(source).set(`r${i}`, bytes(40 + i, i));
  const update = Y.encodeStateAsUpdate(source);
  const member = new Y.Doc();
  Y.applyUpdate(member, update);
  for (let i = 0; i < 50; i++) {
    const value = recordsMap(member).get(`r${i}`) as Uint8Array;
    expect(value).toEqual(bytes(40 + i, i));
    // Not a copy of its own: a view into what arrived.
    expect(value.buffer).toBe(update.buffer);
  }
  // A record replaced comes as a new value; the others, and what the member passes on, stay as they were.
  recordsMap(source).set('r3', bytes(10, 99));
  Y.applyUpdate(member, Y.encodeStateAsUpdate(source, Y.encodeStateVector(member)));
  expect(recordsMap(member).get('r3')).toEqual(bytes(10, 99));
  expect(recordsMap(member).get('r4')).toEqual(bytes(44, 4));
  const third = new Y.Doc();
  Y.applyUpdate(third, Y.encodeStateAsUpdate(member));
  expect(recordsMap(third).toJSON()).toEqual(recordsMap(source).toJSON());
});
