// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '@/entrypoints/messenger.content/sites';
import { resolveAuthors, excerpt, EVIDENCE_MAX, type MessageRead } from '@/core/page-messages/authors';
import { loadFixtureBody } from './fixture-dom';

/** Each rendered message as "kind | author (id) | text", authors resolved over runs. */
function readPage(href: string): string[] {
  const messages = adapterFor(new URL(href))!.readMessages(document, null);
  const authors = resolveAuthors(messages.map((m) => m.read));
  return messages.map((m, i) => {
    const a = authors[i];
    return `${m.read.kind} | ${a ? `${a.name} (${a.id})` : '—'} | ${m.read.text.trim()}`;
  });
}

describe('messages on the fixture markup', () => {
  it('MAX (Svelte): runs, a reply quoting another author, a forward, own and service lines', () => {
    loadFixtureBody('max-svelte');
    expect(readPage('https://web.max.ru/-70000000001')).toEqual([
      'system | — | Петрова Анна присоединилась к чату',
      'message | Петрова Анна (id:1001) | Добрый вечер! Завтра экскурсия.',
      'message | Петрова Анна (id:1001) | Сбор в 8:30 у школы.',
      'message | Иванов Олег (id:1002) | А если опоздаем, дураки?',
      'message | Иванов Олег (id:1002) | Переслал из чата школы.',
      'own | — | Спасибо, будем.',
      'message | Петрова Анна (id:1001) | Олег, выбирайте слова.',
    ]);
  });

  it('VK (VKUI): the profile link gives the id; a quoted and a forwarded name are not the author', () => {
    loadFixtureBody('vk-vkui');
    expect(readPage('https://web.vk.me/convo/2000000005')).toEqual([
      'system | — | Сидоров Пётр вернулся в беседу',
      'message | Сидоров Пётр (id:137130907) | Когда родительское собрание?',
      'message | Сидоров Пётр (id:137130907) | В четверг в 18:00.',
      'message | Орлова Вера (id:245001) | Спасибо, что напомнили, идиоты.',
      'message | Орлова Вера (id:245001) | Переслала объявление.',
      'own | — | Будем.',
    ]);
  });

  it('older markups with no id fall back to the name, marked as such', () => {
    loadFixtureBody('max');
    const messages = adapterFor(new URL('https://web.max.ru/-70000000001'))!.readMessages(document, null);
    expect(resolveAuthors(messages.map((m) => m.read))).toEqual([{ id: 'петрова анна', name: 'Петрова Анна', byName: true }, null]);
    loadFixtureBody('vk');
    expect(readPage('https://vk.com/im/convo/2000000005')).toEqual(['message | Сидоров Пётр (сидоров пётр) | Когда собрание?', 'message | Сидоров Пётр (сидоров пётр) | В четверг.']);
  });

  it('reads a hostile page as text: markup in a name stays text, a huge name is cut, a forged id is not taken', () => {
    const huge = 'Я'.repeat(10_000);
    document.body.innerHTML = `<div class="scrollListContent">
      <div class="bubble" data-sender-id="1 OR 1=1"><span class="author">&lt;img src=x onerror=alert(1)&gt;</span><div class="text">a</div></div>
      <div class="bubble"><span class="avatar" data-user-id="javascript:alert(1)"></span><span class="author">${huge}</span><div class="text">b</div></div>
    </div>`;
    const messages = adapterFor(new URL('https://web.max.ru/-1'))!.readMessages(document, null);
    const authors = resolveAuthors(messages.map((m) => m.read));
    expect(authors[0]).toEqual({ id: '<img src=x onerror=alert(1)>', name: '<img src=x onerror=alert(1)>', byName: true });
    expect(authors[1]).toMatchObject({ byName: true });
    expect(authors[1]!.name).toHaveLength(200);
    expect(document.querySelector('img')).toBeNull();
  });

  it('finds nothing, rather than guessing, on markup it does not know', () => {
    loadFixtureBody('no-composer');
    expect(adapterFor(new URL('https://web.max.ru/-1'))!.readMessages(document, null)).toEqual([]);
  });

  it('reads messages with selectors the user taught, and skips a taught selector the browser cannot parse', () => {
    document.body.innerHTML = '<ol><li class="m9"><b class="who">Рыбаков Ян</b><p>Привет</p></li><li class="m9"><p>Как дела?</p></li></ol>';
    const max = adapterFor(new URL('https://web.max.ru/-1'))!;
    const messages = max.readMessages(document, { items: 'li.m9', author: 'b.who' });
    expect(resolveAuthors(messages.map((m) => m.read)).map((a) => a?.name)).toEqual(['Рыбаков Ян', 'Рыбаков Ян']);
    expect(max.readMessages(document, { items: 'li[[[', author: 'b' })).toEqual([]);
    // A pair whose author selector does not parse is ignored as a whole, everywhere it is used.
    const broken = { items: 'li.m9', author: 'b[[[' };
    expect(max.readMessages(document, broken)).toEqual([]);
    expect(max.messageOf(document.querySelector('b')!, broken)).toBeNull();
    expect(max.touchesMessages(document.querySelector('li')!, broken)).toBe(false);
    expect(max.check(document, new URL('https://web.max.ru/-1'), broken).find((c) => c.part === 'messages')?.found).toBe(false);
  });
});

describe('resolveAuthors', () => {
  const msg = (name: string | null, authorId: string | null = null, kind: MessageRead['kind'] = 'message'): MessageRead => ({ kind, name, authorId, text: '' });

  it('never merges two people of one name who have ids, and never continues a run across an own or a service line', () => {
    const authors = resolveAuthors([msg('Анна', '1'), msg('Анна', '2'), msg(null), msg(null, null, 'own'), msg(null), msg(null, null, 'system'), msg(null)]);
    expect(authors.map((a) => a?.id ?? null)).toEqual(['id:1', 'id:2', 'id:2', null, null, null, null]);
  });

  it('keeps the run when the page repeats the id without the name, and refuses an id that is not an id', () => {
    const authors = resolveAuthors([msg('Анна', '7'), msg(null, '7'), msg('Пётр', '"><img src=x>')]);
    expect(authors).toEqual([
      { id: 'id:7', name: 'Анна', byName: false },
      { id: 'id:7', name: 'Анна', byName: false },
      { id: 'пётр', name: 'Пётр', byName: true },
    ]);
  });

  it('keeps a short, flat excerpt of a long or hostile message as evidence', () => {
    const long = `  ${'спам '.repeat(200)}\n\n<script>`;
    const kept = excerpt(long);
    expect(kept.length).toBe(EVIDENCE_MAX);
    expect(kept).not.toMatch(/\s{2}|\n/);
    expect(kept.endsWith('…')).toBe(true);
  });
});
