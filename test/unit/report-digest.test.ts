import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ActionLog, deleteOlderThan, deleteRows, eraseAll, rowsBetween, saveRows, setSignatures, toRow, OWN, type LogRow } from '@/core/log/store';
import type { ModerationAction } from '@/core/moderation/actions';
import { schoolYearPeriod, previousPeriod } from '@/core/report/period';
import { buildReport, entryOf, type ReportEntry } from '@/core/report/report';
import { reportEntries } from '@/core/report/digest';

const chats = [
  { site: 'max' as const, id: '-70000000001', title: '7Б Родители' },
  { site: 'vk' as const, id: '2000000005', title: '' },
];
const year = schoolYearPeriod(2025);
const from = previousPeriod(year).from;
let n = 0;

/** Records of every kind the report counts, over two school years, a few from the team with a member's name. */
function rows(count: number): LogRow[] {
  return Array.from({ length: count }, (_, i) => {
    const time = from + Math.floor((i / count) * (year.to - from));
    const kind = (['violation', 'blocked', 'flag-dismissed', 'note', 'rules-reminder'] as const)[i % 5];
    const action = {
      id: `01R${String(++n).padStart(6, '0')}`,
      time,
      actor: ['Иванова И.И.', 'Петрова'][i % 2],
      chat: chats[i % 2],
      // Clauses a peer may write: a line break or a quote inside one is still one clause.
      clauses: i % 7 === 0 ? [] : i % 11 === 0 ? ['4.5\n4.6', '"2"'] : ['4.5'],
      subject: { id: `p${i % 13}`, name: `Участник ${i % 13}` },
      kind,
      ...(kind === 'violation' ? { reason: 'Грубость', ...(i % 3 ? { messageId: `m${i}` } : {}) } : {}),
      ...(kind === 'blocked' ? { reason: 'Третье нарушение', until: time + 86_400_000, evidence: 'текст' } : {}),
      ...(kind === 'flag-dismissed' ? { messageId: `m${i}`, findings: ['phone'] } : {}),
      ...(kind === 'note' ? { text: 'Заметка' } : {}),
    } as ModerationAction;
    return toRow(action, i % 4 === 0 ? { source: 'team', member: 'Сидоров П.П.', team: 'T' } : OWN);
  });
}

let name: string;
let log: ActionLog;
beforeEach(() => {
  name = `digest-${Math.random()}`;
  log = new ActionLog(name);
});
afterEach(async () => {
  log.close();
  await Dexie.delete(name);
});

/** What the report reads from the rows themselves, as it did before digests. */
const fromRows = async () => (await rowsBetween(log, from, year.to)).map(entryOf);
const options = { nameless: null, chatKinds: {} };
/** Entries come a page after another; the rows by time (and id, which the digests follow within a page). */
const inOrder = (entries: ReportEntry[]) => [...entries].sort((a, b) => a.time - b.time);

describe('the report’s digests of the store’s pages', () => {
  it('give the report the same entries as the rows, in the same order, made once and read thereafter', async () => {
    await saveRows(log, rows(3000));
    const expected = await fromRows();
    expect(inOrder(await reportEntries(log, from, year.to))).toEqual(expected);
    const made = await log.reportDigests.count();
    expect(made).toBe(await log.pages.count());
    // The second reading makes none: it reads what the first kept.
    const put = vi.spyOn(log.reportDigests, 'bulkPut');
    expect(inOrder(await reportEntries(log, from, year.to))).toEqual(expected);
    expect(put.mock.calls.flatMap(([digests]) => digests)).toEqual([]);
    expect(buildReport(await reportEntries(log, from, year.to), year, options)).toEqual(buildReport(expected, year, options));
  });

  it('never say what the store no longer holds: records added, signed, deleted, past retention or erased', async () => {
    const all = rows(1000);
    await saveRows(log, all.slice(0, 800));
    await reportEntries(log, from, year.to);
    const check = async () => expect(inOrder(await reportEntries(log, from, year.to))).toEqual(await fromRows());

    await saveRows(log, all.slice(800));
    await check();
    await setSignatures(log, new Map([[all[1].id, { by: 'member', sig: 'sig' }]]));
    await check();
    await deleteRows(log, [all[5].id, all[500].id]);
    await check();
    await deleteOlderThan(log, year.from);
    await check();
    expect((await reportEntries(log, from, year.to)).every((e) => e.time >= year.from)).toBe(true);
    await eraseAll(log);
    expect(await reportEntries(log, from, year.to)).toEqual([]);
    expect(await log.reportDigests.count()).toBe(0);
  });

  it('only the period asked for, across a month’s page that straddles its ends', async () => {
    await saveRows(log, rows(500));
    const inside = (await fromRows()).filter((e) => e.time >= year.from + 12 * 3_600_000 && e.time < year.to - 3 * 86_400_000);
    expect(inOrder(await reportEntries(log, year.from + 12 * 3_600_000, year.to - 3 * 86_400_000))).toEqual(inside);
  });

  it('when they cannot be kept (a full disk), the report reads the rows instead', async () => {
    await saveRows(log, rows(200));
    vi.spyOn(log.reportDigests, 'bulkPut').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    expect(inOrder(await reportEntries(log, from, year.to))).toEqual(await fromRows());
  });
});
