const START = Date.UTC(2025, 8, 1, 8);
const DAY = 86_400_000;

/**
 * A log as a school would move one: `count` violations, every fiftieth a week's block instead,
 * one every four minutes from 1 September 2025, over 40 chats and 997 participants.
 */
export function manyRecords(count: number): Array<Record<string, unknown>> {
  return Array.from({ length: count }, (_, i) => {
    const who = `Участник ${(i * 7919) % 997}`;
    const time = START + i * 60_000 * 4;
    return {
      id: `01KZ${String(i).padStart(10, '0')}`,
      time,
      actor: 'Иванова И.И.',
      chat: { site: 'max', id: `-7000000${i % 40}`, title: `Класс ${i % 40}` },
      clauses: ['4.5'],
      kind: i % 50 === 0 ? 'blocked' : 'violation',
      subject: { id: who, name: who },
      reason: 'Нарушение правил общения',
      ...(i % 50 === 0 ? { until: time + 7 * DAY } : {}),
    };
  });
}
