import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ActionLog, OWN, saveRows, toRow } from '@/core/log/store';
import { repeatCases } from '@/core/log/repeat-cases';
import type { ModerationAction } from '@/core/moderation/actions';

const NOW = Date.UTC(2026, 10, 20, 12);
const DAY = 86_400_000;
const chat = (n: number) => ({ site: 'max' as const, id: `-7000000000${n}`, title: `${n + 5}А Родители` });
let i = 0;
const action = (patch: Record<string, unknown>) =>
  ({ id: `01RC${String(++i).padStart(6, '0')}`, time: NOW - 10 * DAY + i * 60_000, actor: 'Иванова', chat: chat(0), clauses: ['4.5'], kind: 'violation', subject: { id: 'petrov', name: 'Петров Олег' }, reason: 'Грубость', ...patch }) as ModerationAction;

describe('cases to follow up', () => {
  it('lists participants past the threshold in any chat and blocks ending within a week, not others', async () => {
    const log = new ActionLog(`repeat-${Math.random()}`);
    const actions = [
      ...Array.from({ length: 4 }, () => action({})),
      ...Array.from({ length: 3 }, () => action({ subject: { id: 'kuz', name: 'Кузнецова Мария' } })),
      action({ chat: chat(1), kind: 'blocked', subject: { id: 'sid', name: 'Сидоров Артём' }, until: NOW + 3 * DAY }),
      action({ chat: chat(1), kind: 'blocked', subject: { id: 'vol', name: 'Волков Илья' }, until: NOW + 20 * DAY }),
      action({ chat: chat(1), kind: 'blocked', subject: { id: 'mor', name: 'Морозова Дарья' }, until: NOW - DAY }),
    ];
    await saveRows(log, actions.map((a) => toRow(a, OWN)));
    const cases = await repeatCases(log, NOW, 3);
    expect(cases.pastThreshold.map((c) => [c.subject.name, c.strikes, c.chat])).toEqual([['Петров Олег', 4, '5А Родители']]);
    expect(cases.endingSoon.map((c) => [c.subject.name, c.chat])).toEqual([['Сидоров Артём', '6А Родители']]);
    await log.delete();
  });
});
