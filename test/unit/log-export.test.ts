import { describe, expect, it } from 'vitest';
import type { ModerationAction } from '@/core/moderation/actions';
import { toCsv } from '@/core/log/export';
import { OWN, toRow } from '@/core/log/store';
import Papa from 'papaparse';

const chat = { site: 'vk' as const, id: '2000000005', title: '9А; классный "чат"' };
const actions = [
  { id: '01A', time: Date.parse('2026-11-02T10:00:00Z'), actor: 'Иванова', chat, clauses: ['4.5'], kind: 'violation', subject: { id: 'p', name: 'Петров' }, reason: 'Грубость,\nповторно' },
  { id: '01B', time: Date.parse('2026-11-20T10:00:00Z'), actor: 'Иванова', chat, clauses: ['4.5'], kind: 'blocked', subject: { id: 'p', name: 'Петров' }, reason: 'Пятое нарушение', until: Date.parse('2026-11-27T10:00:00Z') },
  { id: '01C', time: Date.parse('2026-12-01T10:00:00Z'), actor: 'Иванова', chat: { ...chat, title: '10Б' }, clauses: [], kind: 'note', text: 'Собрание' },
] as ModerationAction[];
const fmt = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('CSV for Russian Excel', () => {
  const rows = actions.map((a, i) => toRow(a, i === 1 ? { source: 'team', member: 'Петрова', team: 'room' } : OWN));
  const csv = toCsv(rows, { kind: (k) => k, time: fmt, source: (r) => (r.member ? `со-модератор: ${r.member}` : 'мои записи') });

  it('starts with a BOM, separates by semicolons and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFFВремя;Действие;Чат;')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5);
  });

  it('quotes fields with separators, quotes and line breaks', () => {
    expect(csv).toContain('"9А; классный ""чат"""');
    expect(csv).toContain('"Грубость,\nповторно"');
    expect(csv).toContain('до 2026-11-27');
  });

  it('says where each row came from', () => {
    const lines = csv.split('\r\n');
    expect(lines[0]).toContain(';Кто записал;Откуда;id');
    expect(lines[1]).toMatch(/;Иванова;мои записи;01A$/);
    // A co-moderator's record is hers by its signature, whatever name was typed in it.
    expect(lines[2]).toMatch(/;Петрова;со-модератор: Петрова;01B$/);
  });
});

describe('CSV with hostile cells', () => {
  const hostile = ['=HYPERLINK("http://evil","нажми")', '+7 999 123-45-67', '-2+3', '@SUM(A1)', '\tTAB', '\rCR', '＝1+1', '=1+1\nвторая строка'];
  const rows = hostile.map((title, i) =>
    toRow({ id: `01H${i}`, time: Date.parse('2026-11-02T10:00:00Z'), actor: title, chat: { site: 'max', id: `-${i + 1}`, title }, clauses: [], kind: 'note', text: title, evidence: title } as ModerationAction, OWN),
  );
  const csv = toCsv(rows, { kind: (k) => k, time: fmt, source: () => 'мои записи' });

  it('writes every cell that starts like a formula as text', () => {
    const [, ...parsed] = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(hostile.length);
    parsed.forEach((row, i) => {
      // Chat, the message quoted as evidence, details (the note's text) and who wrote it: an apostrophe first is text to a spreadsheet.
      for (const cell of [row[2], row[6], row[7], row[8]]) expect(cell).toBe(`'${hostile[i]}`);
    });
  });

  it('leaves ordinary text alone', () => {
    expect(csv).toContain(';мои записи;');
  });
});
