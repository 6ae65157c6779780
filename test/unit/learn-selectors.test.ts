// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { learnFromAuthor, selectorFor } from '@/entrypoints/messenger.content/picker/learn';
import { adapterFor } from '@/entrypoints/messenger.content/sites';
import { resolveAuthors } from '@/core/page-messages/authors';
import { loadFixtureBody } from './fixture-dom';

describe('learning selectors from an author name the user pointed at', () => {
  it('keeps readable classes and the stems of hashed ones', () => {
    const el = document.createElement('span');
    el.className = 'svelte-0p1a2s userNameMain--2fo2zM name';
    expect(selectorFor(el)).toBe('span[class*="userNameMain"].name');
    el.className = 'x9f8e7';
    expect(selectorFor(el)).toBe('span');
  });

  it('learns the unknown markup of the fixture, and the adapter then reads its messages and runs', () => {
    loadFixtureBody('max-unknown');
    const name = document.querySelector('[data-fixture-author]')!;
    const learned = learnFromAuthor(name)!;
    expect(learned).toEqual({ items: expect.stringContaining('li'), author: expect.stringMatching(/^b/) });
    const max = adapterFor(new URL('https://web.max.ru/-70000000001'))!;
    expect(max.readMessages(document, null)).toEqual([]);
    const messages = max.readMessages(document, learned);
    expect(resolveAuthors(messages.map((m) => m.read)).map((a) => a?.name ?? null)).toEqual(['Рыбаков Ян', 'Рыбаков Ян', 'Гусева Ольга', null]);
    expect(messages[1].read.text.trim()).toBe('Где расписание на завтра?');
  });

  it('learns nothing from an element that is not inside a repeated message', () => {
    loadFixtureBody('max-unknown');
    expect(learnFromAuthor(document.querySelector('[data-fixture-composer]')!)).toBeNull();
  });
});
