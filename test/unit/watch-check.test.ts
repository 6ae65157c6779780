import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMessage } from '@/core/content-check/check';
import { CHECK_CATEGORIES, type CheckCategory } from '@/core/content-check/hits';
import { contentRulesOf } from '@/core/content-check/rules';
import { findProfile } from '@/core/regulation/profiles';
import { quietFromProfile } from '@/core/regulation/quiet-from-profile';
import { instantAt } from '@/core/quiet-hours/zoned-time';
import { checkPost, type WatchRules } from '@/core/watch/check-post';
import { isShouting } from '@/core/watch/shouting';
import { allowKey, withPhrase } from '@/core/watch/allowed';
import { watchedGroups } from '@/core/watch/watched-groups';

const corpus = <T>(name: string): T => JSON.parse(readFileSync(resolve(import.meta.dirname, `../corpora/${name}.json`), 'utf8'));
const ALL = { categories: CHECK_CATEGORIES, allowedPhones: [], allowedEmails: [], allowedAddresses: [] };
const ZONE = 'Asia/Omsk';
const omsk = findProfile('omsk-13', [])!;
const rules = (over: Partial<WatchRules> = {}): WatchRules => ({
  content: contentRulesOf(omsk),
  quiet: { timeZone: ZONE, ...quietFromProfile(omsk)! },
  groups: ['language', 'personal-data', 'night', 'caps', 'flood'],
  allowed: new Set(),
  ...over,
});
const at = (hour: number, minute = 0) => instantAt({ year: 2026, month: 10, day: 30 }, 0, hour * 60 + minute, ZONE);
const post = (text: string, extra: Partial<{ at: number | null; repeats: number }> = {}) => ({ id: 'm', text, at: at(12), repeats: 1, ...extra });
const kinds = (text: string, extra = {}, r = rules()) => checkPost(post(text, extra), r).map((f) => f.kind);

describe('disguises, bare addresses and split phones (test/corpora/disguised.json)', () => {
  const disguised = corpus<Record<string, string[]>>('disguised');
  it.each(Object.entries(disguised).filter(([k]) => k !== 'caps'))('finds at least 95 %% of the %s examples', (category, examples) => {
    const caught = examples.filter((t) => checkMessage(t, ALL).some((h) => h.category === (category as CheckCategory)));
    expect(caught.length / examples.length, examples.filter((t) => !caught.includes(t)).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
  it('finds every message written in capitals, and none of the ordinary ones', () => {
    expect(disguised.caps.filter((t) => !isShouting(t))).toEqual([]);
    expect(corpus<string[]>('negative').filter(isShouting)).toEqual([]);
  });
  it('finds nothing in school numbers: pages, exercises, lesson codes, orders and tickets', () => {
    const numbers = corpus<string[]>('school-numbers');
    expect(numbers.flatMap((t) => checkMessage(t, ALL).map((h) => `${h.category}: ${t.slice(h.start, h.end)}`))).toEqual([]);
    expect(numbers.filter(isShouting)).toEqual([]);
  });
});

describe('checking a participant\'s message', () => {
  it('cites the school\'s own clauses, naming the regulation by title and school', () => {
    const [phone] = checkPost(post('Телефон мамы: 8 912 345-67-89'), rules());
    expect(phone.kind).toBe('phone');
    expect(phone.citation.clause).toBe('3.3');
    expect(phone.citation.document).toMatch(/Порядок[\s\S]*№ 13/);
    expect(phone.citation.document).not.toMatch(/\.txt|000_/);
  });

  it('flags a post sent in quiet hours unless it says it is an emergency, and never one of unknown time', () => {
    expect(kinds('Добрый вечер, завтра контрольная?', { at: at(23, 40) })).toEqual(['night']);
    expect(kinds('Срочно: Петя потерялся после тренировки', { at: at(23, 40) })).toEqual([]);
    expect(kinds('Добрый вечер, завтра контрольная?', { at: null })).toEqual([]);
    expect(kinds('Добрый день, завтра контрольная?', { at: at(14) })).toEqual([]);
  });

  it('flags capitals and a third same message in a row where they are watched', () => {
    expect(kinds('ПОЧЕМУ НИКТО НЕ ОТВЕЧАЕТ НА МОЙ ВОПРОС')).toEqual(['caps']);
    expect(kinds('Ответьте!', { repeats: 3 })).toEqual(['flood']);
    expect(kinds('Ответьте!', { repeats: 2 })).toEqual([]);
    expect(kinds('ПОЧЕМУ НИКТО НЕ ОТВЕЧАЕТ НА МОЙ ВОПРОС', { repeats: 5 }, rules({ groups: ['language'] }))).toEqual([]);
  });

  it('lets through a phrase the school allowed after a false alarm, however it is spelt', () => {
    const allowed = new Set(withPhrase([], '8 (912) 345-67-89').map(allowKey));
    expect(kinds('Телефон мамы: 8 912 345-67-89')).toEqual(['phone']);
    expect(kinds('Телефон мамы: 8 912 345-67-89', {}, rules({ allowed }))).toEqual([]);
    expect(withPhrase(['8 (912) 345-67-89'], '8 912 345 67 89')).toHaveLength(1);
  });

  it('watches chats with students and parents by default, not staff chats; the moderator\'s choice wins', () => {
    expect(watchedGroups(null, undefined, 'class-parents')).toEqual(['language', 'personal-data', 'night']);
    expect(watchedGroups(null, undefined, null)).toEqual(['language', 'personal-data', 'night']);
    expect(watchedGroups(null, undefined, 'staff')).toEqual([]);
    expect(watchedGroups(null, contentRulesOf(findProfile('model-rules', [])).watch, 'class-students')).toContain('flood');
    expect(watchedGroups({ staff: ['language'] }, undefined, 'staff')).toEqual(['language']);
    expect(watchedGroups({ 'class-parents': [] }, undefined, 'class-parents')).toEqual([]);
  });
});
