// Bundled into a page by log-query.ts: the real action-log code against Chromium's IndexedDB.
import { ActionLog, byParticipant, toRow } from '../../core/log/store';
import { moderationActionSchema, type ModerationAction } from '../../core/moderation/actions';

const PARTICIPANTS = 1000;
const CHATS = 40;
const CHUNK = 10_000;

async function run(count: number) {
  const log = new ActionLog(`bench-${Date.now()}`);
  const start = Date.parse('2025-09-01T08:00:00Z');
  const rows = Array.from({ length: count }, (_, i) => {
    const action = {
      id: `01K${String(i).padStart(12, '0')}`,
      time: start + i * 60_000,
      actor: 'Иванова И.И.',
      chat: { site: 'max', id: `-7000000${i % CHATS}`, title: `Класс ${i % CHATS}` },
      clauses: ['4.5'],
      kind: 'violation',
      subject: { id: `p${(i * 7919) % PARTICIPANTS}`, name: `Участник ${(i * 7919) % PARTICIPANTS}` },
      reason: 'Нарушение правил общения',
    };
    return toRow(moderationActionSchema.parse(action) as ModerationAction);
  });
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i += CHUNK) await log.actions.bulkAdd(rows.slice(i, i + CHUNK));
  const insertMs = performance.now() - t0;

  const times: number[] = [];
  let found = 0;
  for (let q = 0; q < 31; q++) {
    const t = performance.now();
    found = (await byParticipant(log, 'max', `p${(q * 37) % PARTICIPANTS}`).toArray()).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  await log.delete();
  return { insertMs, queryMedianMs: times[15], rowsPerParticipant: found };
}

(globalThis as unknown as { benchLog: typeof run }).benchLog = run;
