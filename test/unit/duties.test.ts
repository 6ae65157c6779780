import { describe, expect, it } from 'vitest';
import { clauseLabel, dutiesFor } from '@/core/regulation/duties';
import { BUILT_IN_PROFILES } from '@/core/regulation/profiles';

const profile = (doc: string) => BUILT_IN_PROFILES.find((p) => p.document.startsWith(doc))!;

describe('dutiesFor', () => {
  it('puts the duties that concern the tagged chat first', () => {
    const { here, elsewhere } = dutiesFor(profile('004'), ['class-teacher'], 'class-parents');
    expect(here.map((d) => d.text)).toEqual([
      'Создаёт чат с родителями (законными представителями) обучающихся.',
      'Поддерживает и развивает общение в чатах, включая мероприятия в дистанционном формате.',
    ]);
    expect(here.every((d) => d.clause === '2.3' && d.roleTitle === 'Классный руководитель')).toBe(true);
    expect(elsewhere).toHaveLength(3);
  });

  it('joins the duties of several roles', () => {
    const { here } = dutiesFor(profile('004'), ['class-teacher', 'chat-moderator', 'teacher'], 'group');
    expect(here.map((d) => d.clause)).toEqual(['4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8']);
    const all = dutiesFor(profile('004'), ['class-teacher', 'chat-moderator', 'teacher'], 'group');
    expect(new Set([...all.here, ...all.elsewhere].map((d) => d.role))).toEqual(new Set(['class-teacher', 'chat-moderator', 'teacher']));
  });

  it('shows everything as "elsewhere" before the chat is tagged', () => {
    const { here, elsewhere } = dutiesFor(profile('000'), ['teacher'], null);
    expect(here).toEqual([]);
    expect(elsewhere.length).toBe(9);
  });

  it('gives no duties for a role the regulation does not name', () => {
    const { here, elsewhere } = dutiesFor(profile('001'), ['parent'], 'class-parents');
    expect([...here, ...elsewhere]).toEqual([]);
  });

  it('always lists the prohibitions, quiet hours among them', () => {
    const { prohibitions } = dutiesFor(profile('000'), ['parent'], 'class-parents');
    expect(prohibitions.map((p) => p.text)).toContain('Направлять сообщения и любую информацию с 22:00 до 06:00, кроме экстренных случаев, не терпящих отлагательств.');
    expect(prohibitions.map((p) => p.text)).toContain('Незаконно собирать и обрабатывать персональные данные других лиц.');
  });

  it('keeps rights meant for other roles out', () => {
    expect(dutiesFor(profile('002'), ['student'], null).rights.map((r) => r.clause)).toEqual(['3.1', '3.2', '3.3']);
    expect(dutiesFor(profile('002'), ['teacher'], null).rights.map((r) => r.clause)).toEqual(['3.1', '3.2', '3.3', '3.4']);
  });
});

it('labels clauses, with the appendix where numbering restarts', () => {
  expect(clauseLabel({ clause: '2.3' })).toBe('п. 2.3');
  expect(clauseLabel({ clause: '4.2.2', part: '2' })).toBe('прил. 2, п. 4.2.2');
});
