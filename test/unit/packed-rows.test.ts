import { describe, expect, it } from 'vitest';
import { BLOCK, PackedRows } from '@/core/team/packed-rows';

type Row = { id: string; text: string };
const rows = (from: number, to: number, text = 'Нарушение правил чата') =>
  Array.from({ length: to - from }, (_, i): Row => ({ id: `r${String(from + i).padStart(6, '0')}`, text: `${text} ${from + i}` }));

describe('packed rows', () => {
  it('gives back every row across sealed blocks and the one being filled, in the order put', async () => {
    const packed = new PackedRows<Row>();
    const all = rows(0, 3 * BLOCK + 7);
    await packed.put(all.slice(0, BLOCK - 1));
    await packed.put(all.slice(BLOCK - 1));
    expect(packed.ids()).toHaveLength(all.length);
    expect(await packed.get([all[5].id, all[2 * BLOCK + 3].id, 'missing', all.at(-1)!.id])).toEqual([all[5], all[2 * BLOCK + 3], undefined, all.at(-1)]);
    expect(await packed.all()).toEqual(all);
  });

  it('replaces a row put again and forgets deleted ones', async () => {
    const packed = new PackedRows<Row>();
    const all = rows(0, 2 * BLOCK);
    await packed.put(all);
    await packed.put([{ id: all[3].id, text: 'исправлено' }]);
    await packed.delete([all[4].id]);
    expect(await packed.get([all[3].id, all[4].id])).toEqual([{ id: all[3].id, text: 'исправлено' }, undefined]);
    expect(packed.has(all[4].id)).toBe(false);
    expect((await packed.all()).map((r) => r.id)).toEqual([...all.slice(0, 3), ...all.slice(5), all[3]].map((r) => r.id));
  });

  it('packs again once most lines are dead, keeping the live rows and their order', async () => {
    const packed = new PackedRows<Row>();
    const all = rows(0, 6 * BLOCK);
    await packed.put(all);
    const gone = all.filter((_, i) => i % 4 !== 0);
    // Deleted while a read is under way: calls take turns, so neither sees half of the other.
    const [before] = await Promise.all([packed.all(), packed.delete(gone.map((r) => r.id))]);
    expect(before).toHaveLength(all.length);
    const live = all.filter((_, i) => i % 4 === 0);
    expect(await packed.all()).toEqual(live);
    // Packed again: the live rows fill the first blocks, so a new row lands right after them.
    await packed.put(rows(6 * BLOCK, 6 * BLOCK + 1));
    expect(await packed.get([live[0].id, 'r' + String(6 * BLOCK).padStart(6, '0')])).toEqual([live[0], rows(6 * BLOCK, 6 * BLOCK + 1)[0]]);
    expect((packed as unknown as { sealed: unknown[] }).sealed.length).toBe(Math.floor(live.length / BLOCK));
  });
});
