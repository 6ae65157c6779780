import { describe, expect, it } from 'vitest';
import type { ModerationAction } from '@/core/moderation/actions';
import { OWN, toRow } from '@/core/log/store';
import { monthPeriod, periodParams, previousPeriod, quarterPeriod, readPeriod, schoolYearPeriod, weeksOf } from '@/core/report/period';
import { buildReport, entryOf, type Anonymous } from '@/core/report/report';

const NOW = new Date(2026, 10, 20, 12).getTime();
const at = (y: number, m: number, d: number) => new Date(y, m, d, 10).getTime();
const chat = { site: 'max' as const, id: '-70000000001', title: '7Б Родители' };
const other = { site: 'vk' as const, id: '2000000005', title: '9А классный чат' };

let n = 0;
const row = (time: number, patch: Record<string, unknown>) =>
  toRow({ id: `01R${String(++n).padStart(4, '0')}`, time, actor: 'Иванова И.И.', chat, clauses: ['4.5'], subject: { id: 'p1', name: 'Петров Олег' }, ...patch } as ModerationAction, OWN);

const rows = [
  row(at(2026, 9, 14), { kind: 'violation', reason: 'Грубость' }),
  row(at(2026, 10, 3), { kind: 'violation', reason: 'Оскорбил Сидорову Анну', evidence: 'ты дурак, Сидорова' }),
  row(at(2026, 10, 4), { kind: 'violation', reason: 'Спам', chat: other, subject: { id: 'p2', name: 'Кузнецова Мария' }, clauses: ['4.3', '4.5'] }),
  row(at(2026, 10, 11), { kind: 'blocked', reason: 'Пятое нарушение, Петров', until: at(2026, 10, 18), directorAuthorisation: 'директор Орлова Е.В.', evidence: 'опять ты, Сидорова' }),
  row(at(2026, 10, 12), { kind: 'violation', reason: 'Грубость', messageId: 'p:-70000000001:m77' }),
  row(at(2026, 10, 13), { kind: 'flag-dismissed', messageId: 'p:-70000000001:m78', findings: ['phone'], subject: undefined }),
];
const november = monthPeriod(2026, 10);

describe('report periods', () => {
  it('reads a month, a quarter, a school year and custom days from the address, and round-trips them', () => {
    for (const p of [november, quarterPeriod(2026, 3), schoolYearPeriod(2025), { kind: 'custom' as const, from: at(2026, 10, 2) - 10 * 3_600_000, to: new Date(2026, 10, 10).getTime() }]) {
      const read = readPeriod(new URLSearchParams(periodParams(p)), NOW);
      expect(read).toEqual(p.kind === 'custom' ? { kind: 'custom', from: new Date(2026, 10, 2).getTime(), to: new Date(2026, 10, 10).getTime() } : p);
    }
    expect(readPeriod(new URLSearchParams('month=2026-09'), NOW)).toEqual(monthPeriod(2026, 8));
    expect(schoolYearPeriod(2025)).toEqual({ kind: 'school-year', from: new Date(2025, 8, 1).getTime(), to: new Date(2026, 8, 1).getTime() });
  });

  it('falls back to this month for an address that is garbage or hostile', () => {
    for (const search of ['period=quarter&year=1&quarter=9', 'month=2026-13', 'month=<script>', 'period=custom&from=2026-02-31&to=2026-03-01', 'period=custom&from=2026-11-10&to=2026-11-01', 'period=%00', 'period=school-year&year=99999']) {
      const p = readPeriod(new URLSearchParams(search), NOW);
      expect(p.to).toBeGreaterThan(p.from);
      expect(Number.isFinite(p.from)).toBe(true);
    }
    expect(readPeriod(new URLSearchParams('month=2026-13'), NOW)).toEqual(november);
  });

  it('compares with the period of the same kind just before', () => {
    expect(previousPeriod(november)).toEqual(monthPeriod(2026, 9));
    expect(previousPeriod(schoolYearPeriod(2026))).toEqual(schoolYearPeriod(2025));
    expect(previousPeriod(quarterPeriod(2026, 0))).toEqual({ kind: 'quarter', from: new Date(2025, 9, 1).getTime(), to: new Date(2026, 0, 1).getTime() });
  });

  it('splits a school year into Monday weeks', () => {
    const weeks = weeksOf(schoolYearPeriod(2025));
    expect(weeks).toHaveLength(53);
    expect(weeks[0]).toBe(new Date(2025, 8, 1).getTime());
    expect(new Date(weeks[1]).getDay()).toBe(1);
  });
});

describe('the director’s report', () => {
  it('counts the period by week, chat, clause and moderator, against the month before', () => {
    const report = buildReport(rows.map(entryOf), november, { nameless: null, chatKinds: {} });
    expect(report.total).toBe(5);
    expect(report.current).toEqual({ violations: 3, blocks: 1, watched: 1, dismissed: 1 });
    expect(report.before).toEqual({ violations: 1, blocks: 0, watched: 0, dismissed: 0 });
    expect(report.weeks.reduce((sum, w) => sum + w.violations, 0)).toBe(3);
    expect(report.weeks.find((w) => w.blocks)!.start).toBe(new Date(2026, 10, 9).getTime());
    expect(report.byChat).toEqual([{ label: '7Б Родители', count: 3 }, { label: '9А классный чат', count: 1 }]);
    expect(report.byClause).toEqual([{ label: '4.5', count: 4 }, { label: '4.3', count: 1 }]);
    expect(report.blocks[0]).toMatchObject({ participant: 'Петров Олег', reason: 'Пятое нарушение, Петров', authorisation: 'директор Орлова Е.В.' });
  });

  it('leaves out every name, excerpt, free text and chat title when asked for counts only', () => {
    const words: Anonymous = { participant: (i) => `участник ${i}`, moderator: (i) => `модератор ${i}`, chat: (i, kind) => `чат ${i}${kind ? ` (${kind})` : ''}` };
    const report = buildReport(rows.map(entryOf), november, { nameless: words, chatKinds: { 'max:-70000000001': 'class-parents' } });
    const text = JSON.stringify(report);
    for (const secret of ['Петров', 'Кузнецова', 'Сидоров', 'Иванова', 'Орлова', 'дурак', 'Родители', '9А', 'Грубость', 'Спам', 'm77']) expect(text).not.toContain(secret);
    expect(report.byChat.map((b) => b.label)).toEqual(['чат 1 (class-parents)', 'чат 2']);
    expect(report.blocks[0]).toMatchObject({ participant: 'участник 1', chat: 'чат 1 (class-parents)', reason: null, evidence: null, authorisation: null });
    expect(report.byActor).toEqual([{ label: 'модератор 1', count: 5 }]);
  });
});
