import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { toCsv } from '@/core/log/export';
import { monthPeriod } from '@/core/report/period';
import { buildReport, entryOf } from '@/core/report/report';
import { chatOverview } from '@/core/log/overview';
import { asSeen, authorOf, getRow, OWN, toRow } from '@/core/log/store';
import { NOW, chat, closeAll, record, settle, trio, violation } from './team-fixture';

afterEach(closeAll);

const labels = { kind: (k: string) => k, time: (t: number) => new Date(t).toISOString(), source: () => '' };

describe('a record is named by its signer', () => {
  it('Петрова signs a violation and a note typed as Ивановой’s: every view names Петрова, and her own records keep her name', async () => {
    const [a, b] = await trio();
    const forged = violation('Иванова');
    const { reason: _r, ...base } = violation('Иванова') as Extract<ReturnType<typeof violation>, { kind: 'violation' }>;
    const note = { ...base, id: `${base.id}N`, kind: 'note' as const, text: 'Родители в курсе' };
    await record(b, forged);
    await record(b, note);
    await settle(a, b);

    const row = (await getRow(a.log, forged.id))!;
    expect(row.actor).toBe('Иванова');
    expect(authorOf(row)).toBe('Петрова');
    expect(asSeen(row).actor).toBe('Петрова');
    // The log page's CSV and JSON, the director's report, the panel's participants and notes.
    expect(toCsv([row], labels)).toContain(';Петрова;');
    expect(toCsv([row], labels)).not.toContain('Иванова');
    const month = monthPeriod(new Date(NOW).getFullYear(), new Date(NOW).getMonth());
    expect(buildReport([entryOf(row)], month, { nameless: null, chatKinds: {} }).byActor).toEqual([{ label: 'Петрова', count: 1 }]);
    const overview = await chatOverview(a.log, `${chat.site}:${chat.id}`, NOW);
    expect(overview.participants[0].lastAuthor).toBe('Петрова');
    expect(overview.notes.map((n) => n.actor)).toEqual(['Петрова']);

    // What a moderator writes here is theirs as typed; a signature is only asked of the team's.
    const own = toRow(violation('Иванова И.И.'), OWN);
    expect(authorOf(own)).toBe('Иванова И.И.');
  });
});
