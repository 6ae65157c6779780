import type { ModerationAction } from '../../core/moderation/actions';

export const YEAR = { participants: 1000, violations: 20_000, blocks: 2000 };

/** A school year of shared records: 1k participants, 20k violations, 2k block events, over 40 chats. */
export function schoolYear(): ModerationAction[] {
  const start = Date.parse('2025-09-01T08:00:00Z');
  const chats = Array.from({ length: 40 }, (_, i) => ({ site: 'max' as const, id: `-70000000${String(i).padStart(3, '0')}`, title: `${5 + (i % 7)}${'АБВГ'[i % 4]} — класс` }));
  const subject = (i: number) => ({ id: `u${(i * 7919) % YEAR.participants}`, name: `Участник ${(i * 7919) % YEAR.participants}` });
  const base = (i: number, minutes: number) => ({
    id: `01K${String(i).padStart(12, '0')}`,
    time: start + minutes * 60_000,
    actor: ['Иванова И.И.', 'Петрова А.С.', 'Сидоров П.П.'][i % 3],
    chat: chats[i % chats.length],
    subject: subject(i),
  });
  const records: ModerationAction[] = [];
  for (let i = 0; i < YEAR.violations; i++) {
    records.push({ ...base(i, i * 13), clauses: ['4.5'], kind: 'violation', reason: 'Нарушение Правил коммуникации в групповом чате' });
  }
  for (let i = 0; i < YEAR.blocks; i++) {
    const j = YEAR.violations + i;
    records.push({ ...base(i * 10, i * 130 + 5), id: `01K${String(j).padStart(12, '0')}`, clauses: ['4.5'], kind: 'blocked', reason: 'Более трёх нарушений', until: start + (i * 130 + 5) * 60_000 + 7 * 86_400_000 });
  }
  return records;
}
