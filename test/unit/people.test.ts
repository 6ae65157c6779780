import { describe, expect, it } from 'vitest';
import { matchName, peopleOf, type Person } from '@/core/page-messages/people';

const anna: Person = { id: 'id:1001', name: 'Петрова Анна' };
const oleg: Person = { id: 'id:1002', name: 'Иванов Олег' };
const typedAnna: Person = { id: 'петрова анна', name: 'Петрова Анна' };

describe('matchName', () => {
  const people = peopleOf([oleg], [anna, oleg]);

  it('finds a person seen in the chat whatever the case and spaces typed', () => {
    expect(matchName('  петрова АННА ', people)).toEqual({ kind: 'known', person: anna });
  });

  it('takes a typo for the person it nearly names, not for a stranger', () => {
    expect(matchName('Петрва Анна', people)).toMatchObject({ kind: 'near', person: anna, typed: { name: 'Петрва Анна' } });
    expect(matchName('Иванов Олек', people)).toMatchObject({ kind: 'near', person: oleg });
  });

  it('lets a really new name through, and does not take a different short name for a typo', () => {
    expect(matchName('Сидоров Пётр', people)).toEqual({ kind: 'new', person: { id: 'сидоров пётр', name: 'Сидоров Пётр' } });
    expect(matchName('Оля', peopleOf([{ id: 'id:5', name: 'Аня' }]))).toMatchObject({ kind: 'new' });
  });

  it('says when one name belongs to two people, instead of merging them', () => {
    const twins = peopleOf([anna, { id: 'id:2002', name: 'Петрова Анна' }]);
    expect(matchName('Петрова Анна', twins)).toMatchObject({ kind: 'ambiguous', people: [anna, { id: 'id:2002' }] });
  });

  it('also counts a person known by name only and one with a page id as two', () => {
    expect(matchName('Петрова Анна', peopleOf([typedAnna], [anna]))).toMatchObject({ kind: 'ambiguous' });
  });

  it('lists each person once, records first, and skips nameless entries', () => {
    expect(peopleOf([anna], [{ ...anna, name: 'Анна П.' }, { id: 'id:9', name: '' }])).toEqual([anna]);
  });
});
