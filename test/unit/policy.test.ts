import { describe, expect, it } from 'vitest';
import type { ActionDraft, ModerationAction } from '@/core/moderation/actions';
import { subjectState } from '@/core/moderation/state';
import { evaluate } from '@/core/moderation/policy';
import { BUILT_IN_PROFILES } from '@/core/regulation/profiles';

const rules = BUILT_IN_PROFILES.find((p) => p.id === 'school-31-max')!.moderation!;
const chat = { site: 'max' as const, id: '-70000000001', title: '7Б' };
const subject = { id: 'petrov', name: 'Петров' };
const NOW = Date.parse('2026-11-23T10:00:00Z');
const DAY = 86_400_000;

let seq = 0;
const past = (kind: string, extra: object = {}, daysAgo = 1): ModerationAction =>
  ({ id: `0${++seq}`, time: NOW - daysAgo * DAY, actor: 'Иванова', chat, subject, clauses: [], kind, reason: 'Оскорбления в чате', ...extra }) as ModerationAction;
const violations = (n: number) => Array.from({ length: n }, (_, i) => past('violation', {}, 10 - i));
const block = (until: number, extra: object = {}): ActionDraft => ({ kind: 'blocked', chat, subject, clauses: [], until, reason: 'Оскорбления после напоминаний', ...extra });

describe('block (4.5)', () => {
  it('needs the director after three violations', () => {
    expect(evaluate(block(NOW + 7 * DAY), violations(3), rules, NOW)).toMatchObject({ verdict: 'needs-director', clause: '4.5' });
  });

  it('is allowed after four', () => {
    expect(evaluate(block(NOW + 7 * DAY), violations(4), rules, NOW)).toMatchObject({ verdict: 'allowed', clause: '4.5' });
  });

  it('is allowed for one month exactly, and needs the director a minute longer', () => {
    const month = Date.parse('2026-12-23T10:00:00Z');
    expect(evaluate(block(month), violations(4), rules, NOW).verdict).toBe('allowed');
    expect(evaluate(block(month + 60_000), violations(4), rules, NOW)).toMatchObject({ verdict: 'needs-director', clause: '4.5' });
  });

  it('is allowed outside the rules once the director’s decision is noted', () => {
    const decision = evaluate(block(NOW + 60 * DAY, { directorAuthorisation: 'директор Сидорова Н.П., приказ 12' }), violations(1), rules, NOW);
    expect(decision).toMatchObject({ verdict: 'allowed', clause: '4.5' });
    expect(decision.message).toContain('Сидорова');
  });

  it('counts violations again from zero after a block', () => {
    const history = [...violations(4), past('blocked', { until: NOW - DAY }, 5), past('violation', {}, 1)];
    expect(subjectState(history, NOW)).toEqual({ strikes: 1, activeBlock: null, objectors: [] });
    expect(evaluate(block(NOW + DAY), history, rules, NOW).verdict).toBe('needs-director');
  });

  it('refuses a block that names no violation (4.7)', () => {
    expect(evaluate(block(NOW + DAY, { reason: ' ' }), violations(5), rules, NOW)).toMatchObject({ verdict: 'refused', clause: '4.7' });
  });

  it('refuses a second block while one is in force, or one that ends in the past', () => {
    const history = [...violations(4), past('blocked', { until: NOW + DAY }, 0)];
    expect(evaluate(block(NOW + 2 * DAY), history, rules, NOW).verdict).toBe('refused');
    expect(evaluate(block(NOW - 1), violations(5), rules, NOW).verdict).toBe('refused');
  });
});

describe('early unblock (4.6)', () => {
  const blocked = [...violations(4), past('blocked', { until: NOW + 10 * DAY }, 1)];
  const unblock = (apology: boolean, objections: boolean): ActionDraft => ({ kind: 'unblocked', chat, subject, clauses: [], apology, objections });

  it('is allowed with an apology and no objection', () => {
    expect(evaluate(unblock(true, false), blocked, rules, NOW)).toMatchObject({ verdict: 'allowed', clause: '4.6' });
  });

  it('is refused without an apology', () => {
    expect(evaluate(unblock(false, false), blocked, rules, NOW)).toMatchObject({ verdict: 'refused', clause: '4.6' });
  });

  it('is refused with an apology when someone objects', () => {
    expect(evaluate(unblock(true, true), blocked, rules, NOW)).toMatchObject({ verdict: 'refused', clause: '4.6' });
  });

  it('is refused while an objection is on record, and allowed once it is withdrawn', () => {
    const objected = [...blocked, past('objection', { objector: 'Орлова Е.В.' }, 0.5)];
    expect(evaluate(unblock(true, false), objected, rules, NOW)).toMatchObject({ verdict: 'refused', clause: '4.6', message: expect.stringContaining('Орлова Е.В.') });
    const withdrawn = [...objected, past('objection-withdrawn', { objector: 'орлова е.в.' }, 0.2)];
    expect(evaluate(unblock(true, false), withdrawn, rules, NOW).verdict).toBe('allowed');
  });

  it('forgets objections to an earlier block', () => {
    const earlier = [...violations(4), past('blocked', { until: NOW - 2 * DAY }, 5), past('objection', { objector: 'Орлова' }, 4), past('block-expired', {}, 2)];
    const again = [...earlier, ...Array.from({ length: 4 }, (_, i) => past('violation', {}, 1.5 - i * 0.1)), past('blocked', { until: NOW + DAY }, 1)];
    expect(subjectState(again, NOW).objectors).toEqual([]);
    expect(evaluate(unblock(true, false), again, rules, NOW).verdict).toBe('allowed');
  });

  it('takes an objection only against a block in force, once per objector, and a withdrawal only of one on record', () => {
    const object = (objector: string): ActionDraft => ({ kind: 'objection', chat, subject, clauses: [], objector });
    const withdraw = (objector: string): ActionDraft => ({ kind: 'objection-withdrawn', chat, subject, clauses: [], objector });
    expect(evaluate(object('Орлова'), violations(2), rules, NOW)).toMatchObject({ verdict: 'refused', clause: '4.6' });
    expect(evaluate(object('Орлова'), blocked, rules, NOW)).toMatchObject({ verdict: 'allowed', clause: '4.6' });
    const objected = [...blocked, past('objection', { objector: 'Орлова' }, 0.5)];
    expect(evaluate(object(' орлова '), objected, rules, NOW).verdict).toBe('refused');
    expect(evaluate(withdraw('Зайцев'), objected, rules, NOW).verdict).toBe('refused');
    expect(evaluate(withdraw('Орлова'), objected, rules, NOW).verdict).toBe('allowed');
  });

  it('is refused when there is no block in force', () => {
    expect(evaluate(unblock(true, false), violations(2), rules, NOW).verdict).toBe('refused');
    const expired = [...violations(4), past('blocked', { until: NOW - DAY }, 3)];
    expect(evaluate(unblock(true, false), expired, rules, NOW).verdict).toBe('refused');
  });
});

describe('the rest', () => {
  it('cites 4.3, 4.4, 4.2 and 4.8 for their actions', () => {
    expect(evaluate({ kind: 'rules-introduced', chat, subject, clauses: [] }, [], rules, NOW).clause).toBe('4.3');
    expect(evaluate({ kind: 'rules-reminder', chat, clauses: [] }, [], rules, NOW).clause).toBe('4.4');
    expect(evaluate({ kind: 'message-deleted', chat, subject, clauses: [], reason: 'Реклама' }, [], rules, NOW).clause).toBe('4.2');
    expect(evaluate({ kind: 'removed', chat, subject, clauses: [], leaver: 'student', parents: [] }, [], rules, NOW).clause).toBe('4.8');
  });

  it('counts a violation toward the block threshold', () => {
    expect(evaluate({ kind: 'violation', chat, subject, clauses: [], reason: 'Спам' }, violations(2), rules, NOW).message).toContain('3-е');
  });
});
