// Bundled into a page by store.ts: the real store, import and replica code against Chromium's IndexedDB.
import * as Y from 'yjs';
import { importActions } from '../../core/log/import';
import { chatOverview } from '../../core/log/overview';
import { ActionLog, byParticipant, countRows, OWN, saveRows, toRow } from '../../core/log/store';
import { chatKey } from '../../core/chat-key';
import { Replica } from '../../core/team/replica';
import { dexieStore } from '../../core/team/replica-store';
import { schoolYear } from './school-year';
import { signedTeam } from './signed-team';

const PARTICIPANTS = 1000;
const CHATS = 40;

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

/** 100k actions as a JSON log file holds them, imported; then queries by participant. */
async function importAndQuery(count: number) {
  const log = new ActionLog(`bench-import-${Date.now()}`);
  const start = Date.parse('2025-09-01T08:00:00Z');
  const records = Array.from({ length: count }, (_, i) => ({
    id: `01K${String(i).padStart(12, '0')}`,
    time: start + i * 60_000,
    actor: 'Иванова И.И.',
    chat: { site: 'max', id: `-7000000${i % CHATS}`, title: `Класс ${i % CHATS}` },
    clauses: ['4.5'],
    kind: 'violation',
    subject: { id: `p${(i * 7919) % PARTICIPANTS}`, name: `Участник ${(i * 7919) % PARTICIPANTS}` },
    reason: 'Нарушение правил общения',
  }));
  const t0 = performance.now();
  const report = await importActions(log, records);
  const importMs = performance.now() - t0;
  if (report.added !== count) throw new Error(`imported ${report.added} of ${count}`);

  const times: number[] = [];
  let found = 0;
  for (let q = 0; q < 31; q++) {
    const t = performance.now();
    found = (await byParticipant(log, 'max', `p${(q * 37) % PARTICIPANTS}`)).length;
    times.push(performance.now() - t);
  }
  await log.delete();
  return { importMs, queryMedianMs: median(times), rowsPerParticipant: found };
}

/** The panel's question over a school year's store: a chat's participants and notes. */
async function panelQuery() {
  const log = new ActionLog(`bench-panel-${Date.now()}`);
  const year = schoolYear();
  await saveRows(log, year.map((a) => toRow(a, OWN)));
  const chats = [...new Set(year.map((a) => chatKey(a.chat)))].slice(0, 5);
  const now = Date.parse('2026-06-01T00:00:00Z');
  // The first question after a write rebuilds the chat's cached overview from its records.
  const cold: number[] = [];
  for (const chat of chats) {
    const t = performance.now();
    await chatOverview(log, chat, now);
    cold.push(performance.now() - t);
  }
  const warm: number[] = [];
  let participants = 0;
  for (let q = 0; q < 31; q++) {
    const t = performance.now();
    participants = (await chatOverview(log, chats[q % chats.length], now)).participants.length;
    warm.push(performance.now() - t);
  }
  await log.delete();
  return { medianMs: median(warm), coldMedianMs: median(cold), participants, records: year.length };
}

/**
 * A fresh member's replica receives the school year's signed doc: time until every record is
 * verified and in the store; then the same member opening again (nothing is verified twice).
 */
async function freshMemberStore() {
  const year = schoolYear();
  const { doc: holder, owner, team } = await signedTeam(year);
  const update = Y.encodeStateAsUpdate(holder);

  const log = new ActionLog(`bench-sync-${Date.now()}`);
  const doc = new Y.Doc();
  const options = { team, owner, loadOrigins: ['load'], onChange: () => {} };
  const replica = new Replica(doc, dexieStore(log), options);
  await replica.open();
  const t0 = performance.now();
  Y.applyUpdate(doc, update, 'peer');
  await replica.idle();
  const ms = performance.now() - t0;
  const stored = await countRows(log);
  await replica.stop();
  if (stored !== year.length) throw new Error(`stored ${stored} of ${year.length}`);

  // Reopening: the doc as y-indexeddb would load it, the store already holding every record.
  const again = new Y.Doc();
  const reopened = new Replica(again, dexieStore(log), options);
  Y.applyUpdate(again, update, 'load');
  const t1 = performance.now();
  await reopened.open();
  const reopenMs = performance.now() - t1;
  await reopened.stop();
  await log.delete();
  return { ms, reopenMs, records: stored };
}

Object.assign(globalThis, { bench: { importAndQuery, panelQuery, freshMemberStore } });
