// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '@/entrypoints/messenger.content/sites';
import { resolveAuthors } from '@/core/page-messages/authors';
import { factsAfter, factsOf, NO_CONTEXT, type ReadLine } from '@/core/page-messages/message-facts';
import { messageInstant, parseClock, parseDay } from '@/core/page-messages/message-time';
import { instantAt } from '@/core/quiet-hours/zoned-time';
import { loadFixtureBody } from './fixture-dom';

const ZONE = 'Europe/Moscow';
/** 1 December 2026, 12:00 in Moscow. */
const NOW = instantAt({ year: 2026, month: 11, day: 1 }, 0, 12 * 60, ZONE);
const TODAY = { year: 2026, month: 11, day: 1 };

function lines(href: string, live = false): ReadLine[] {
  const messages = adapterFor(new URL(href))!.readMessages(document, null);
  const authors = resolveAuthors(messages.map((m) => m.read));
  return messages.map((m, i) => ({ read: m.read, author: authors[i], pageId: m.pageId, time: m.time, live }));
}

describe('day separators and time labels', () => {
  it.each([
    ['Сегодня', TODAY],
    ['вчера', { year: 2026, month: 10, day: 30 }],
    ['30 ноября', { year: 2026, month: 10, day: 30 }],
    ['5 декабря', { year: 2025, month: 11, day: 5 }],
    ['30 ноября 2025', { year: 2025, month: 10, day: 30 }],
    ['30.11.2025', { year: 2025, month: 10, day: 30 }],
    ['Nov 30, 2025', { year: 2025, month: 10, day: 30 }],
    ['пятница', { year: 2026, month: 10, day: 27 }],
  ])('reads «%s» as a day', (label, day) => {
    expect(parseDay(label, TODAY)).toEqual(day);
  });

  it.each(['Петрова Анна присоединилась к чату', '31 февраля', '45.13.2025', '', 'x'.repeat(500), '<img src=x onerror=alert(1)>'])('reads «%s» as no day', (label) => {
    expect(parseDay(label, TODAY)).toBeNull();
  });

  it('reads times, and believes no time in the future or garbage', () => {
    expect(parseClock('в 9:05')).toBe(9 * 60 + 5);
    expect(parseClock('23:40:12')).toBe(23 * 60 + 40);
    expect(parseClock('25:99')).toBeNull();
    expect(parseClock('12:345')).toBeNull();
    const dec1 = TODAY;
    expect(messageInstant({ label: '11:30', stamp: null }, dec1, NOW, ZONE)).toBe(NOW - 30 * 60_000);
    expect(messageInstant({ label: '23:30', stamp: null }, dec1, NOW, ZONE)).toBeNull();
    expect(messageInstant({ label: '11:30', stamp: null }, null, NOW, ZONE)).toBeNull();
    expect(messageInstant({ label: 'вчера в 23:40', stamp: null }, null, NOW, ZONE)).toBe(instantAt({ year: 2026, month: 10, day: 30 }, 0, 23 * 60 + 40, ZONE));
    expect(messageInstant({ label: null, stamp: '2026-11-30T20:40:00Z' }, null, NOW, ZONE)).toBe(Date.UTC(2026, 10, 30, 20, 40));
    expect(messageInstant({ label: null, stamp: '2099-01-01T00:00:00Z' }, null, NOW, ZONE)).toBeNull();
    expect(messageInstant({ label: null, stamp: 'garbage' }, null, NOW, ZONE)).toBeNull();
  });
});

describe.each([
  ['MAX', 'max-watch', 'https://web.max.ru/-70000000001', 'p:'],
  ['VK', 'vk-watch', 'https://web.vk.me/convo/2000000005', 'h:'],
])('reading the watch fixture on %s', (_, fixture, href, idKind) => {
  it('dates each message from the separator above it and its time label, and ids it the same on a re-render', () => {
    loadFixtureBody(fixture);
    const read = lines(href);
    expect(read.map((l) => l.read.kind)).toEqual(['day', 'message', 'day', 'message', 'message', 'message', 'own']);
    const { facts } = factsOf(read, 'chat', NOW, ZONE);
    const messages = facts.filter((f) => f !== null);
    expect(messages).toHaveLength(4);
    expect(messages[0]!.at).toBe(instantAt({ year: 2025, month: 10, day: 30 }, 0, 23 * 60 + 40, ZONE));
    expect(messages[1]!.at).toBe(instantAt(TODAY, 0, 10 * 60 + 5, ZONE));
    expect(messages.every((f) => f!.id.startsWith(idKind))).toBe(true);
    expect(new Set(messages.map((f) => f!.id)).size).toBe(4);
    // The page draws the same messages again as new elements: the same ids.
    const list = document.querySelector('[data-fixture-messages]')!;
    list.innerHTML = list.innerHTML;
    expect(factsOf(lines(href), 'chat', NOW, ZONE).facts.filter((f) => f).map((f) => f!.id)).toEqual(messages.map((f) => f!.id));
  });

  it('leaves a message without a day "time unknown", and dates a live one with no time when seen', () => {
    loadFixtureBody(fixture);
    const read = lines(href).filter((l) => l.read.kind !== 'day');
    const { facts } = factsOf(read, 'chat', NOW, ZONE);
    // Only a label that names its own day ("30 ноября 2025 в 23:40") still dates its message.
    const ownDay = read.map((l) => !!l.time?.label && parseDay(l.time.label, TODAY) !== null);
    expect(facts.map((f, i) => (f ? f.at !== null : ownDay[i]))).toEqual(ownDay);
    const noTime: ReadLine = { ...read[1], time: null, live: true };
    expect(factsAfter(NO_CONTEXT, noTime, 'chat', NOW, ZONE).facts!.at).toBe(NOW);
    expect(factsAfter(NO_CONTEXT, { ...noTime, live: false }, 'chat', NOW, ZONE).facts!.at).toBeNull();
    // A garbage label on a live message is not "now": it stays unknown.
    expect(factsAfter(NO_CONTEXT, { ...noTime, time: { label: '99:99 завтра', stamp: null } }, 'chat', NOW, ZONE).facts!.at).toBeNull();
  });
});

describe('repeats', () => {
  it('counts one author writing the same text in a row, and gives each copy its own id', () => {
    const author = { id: 'id:1', name: 'Петя', byName: false };
    const line = (text: string): ReadLine => ({ read: { kind: 'message', name: null, authorId: null, text }, author, pageId: null, time: null, live: false });
    const { facts } = factsOf([line('Ответьте!'), line('ответьте'), line('Ответьте!!!'), line('ну')], 'chat', NOW, ZONE);
    expect(facts.map((f) => f!.repeats)).toEqual([1, 2, 3, 1]);
    expect(new Set(facts.map((f) => f!.id)).size).toBe(4);
  });
});
