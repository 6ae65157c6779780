import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { subjectState } from '@/core/moderation/state';
import { historyOf } from '@/core/log/store';
import { DAY, NOW, admit, chat, closeAll, connect, member, record, settle, stored, violation } from './team-fixture';

afterEach(closeAll);

describe('time sanity', () => {
  it('holds a record dated a day ahead of the receiver’s clock (not counted in strikes) until its time comes; a few minutes ahead is taken', async () => {
    let clock = NOW;
    const a = await member('Иванова', { now: () => clock });
    const b = await member('Петрова');
    connect(a.doc, b.doc);
    await admit(a, b);
    await settle(a, b);

    const ahead = violation('Петрова', { time: NOW + DAY });
    const slightly = violation('Петрова', { time: NOW + 2 * 60_000 });
    await record(b, ahead);
    await record(b, slightly);
    await settle(a, b);
    expect(await stored(a)).toEqual([slightly.id]);
    expect(a.replica.futureCount).toBe(1);
    const history = await historyOf(a.log, chat, 'petrov');
    expect(subjectState(history, clock).strikes).toBe(1);

    // Its time has not come: still held.
    clock = NOW + DAY / 2;
    await a.replica.releaseDue();
    expect(await stored(a)).toEqual([slightly.id]);
    // It has: taken in, and counted.
    clock = NOW + DAY;
    await a.replica.releaseDue();
    expect((await stored(a)).sort()).toEqual([ahead.id, slightly.id].sort());
    expect(a.replica.futureCount).toBe(0);
  });
});
