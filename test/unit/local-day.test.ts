import { describe, expect, it } from 'vitest';
import { localDay, nextLocalDay, parseLocalDay } from '@/core/local-day';
import { matches, type LogFilter } from '@/components/log/log-filter';
import { OWN, toRow } from '@/core/log/store';
import type { ModerationAction } from '@/core/moderation/actions';

describe('local days', () => {
  it('reads yyyy-mm-dd as local midnight and writes it back', () => {
    const start = parseLocalDay('2026-11-03')!;
    expect(start).toBe(new Date(2026, 10, 3).getTime());
    expect(localDay(start + 23 * 3_600_000)).toBe('2026-11-03');
    expect(nextLocalDay(start)).toBe(new Date(2026, 10, 4).getTime());
  });

  it('refuses what is not a day', () => {
    for (const text of ['2026-02-31', '2026-13-01', '2026-1-3', '03.11.2026', '<script>', '', null, undefined]) expect(parseLocalDay(text)).toBeNull();
  });

  it('filters the log by whole local days, the chat and the rest in one predicate', () => {
    const at = (d: number, h: number) => new Date(2026, 10, d, h).getTime();
    const row = (time: number, chatId: string) =>
      toRow({ id: `01L${time}${chatId}`, time, actor: 'Иванова', chat: { site: 'max', id: chatId, title: '' }, clauses: [], kind: 'note', text: 'Собрание' } as ModerationAction, OWN);
    const rows = [row(at(2, 23), '-1'), row(at(3, 0), '-1'), row(at(4, 23), '-1'), row(at(5, 0), '-1'), row(at(4, 12), '-2')];
    const filter: LogFilter = { text: '', chat: 'max:-1', participant: '', kind: '', source: '', from: '2026-11-03', to: '2026-11-04' };
    expect(rows.filter(matches(filter)).map((r) => r.time)).toEqual([at(3, 0), at(4, 23)]);
  });
});
