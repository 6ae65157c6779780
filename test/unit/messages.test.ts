import { describe, expect, it } from 'vitest';
import { readRequest, requestSchema } from '@/core/messages';

const chat = { site: 'max', id: '-70000000001', title: '7Б — родители' };

describe('runtime messages', () => {
  it('accepts each request the background serves', () => {
    for (const request of [
      { type: 'draft/save', chat, url: 'https://web.max.ru/-70000000001', text: 'Привет', remindAt: 1 },
      { type: 'draft/restored', id: '01J' },
      { type: 'override/record', chat, reason: 'Отмена занятий', at: 1, timeZone: 'Asia/Omsk' },
      { type: 'options/open' },
    ]) {
      expect(requestSchema.safeParse(request).success).toBe(true);
    }
  });

  it('refuses malformed requests', () => {
    expect(requestSchema.safeParse({ type: 'draft/save', chat, url: 'not a url', text: 'x', remindAt: 1 }).success).toBe(false);
    expect(requestSchema.safeParse({ type: 'draft/save', chat, url: 'https://web.max.ru/1', text: '', remindAt: 1 }).success).toBe(false);
    expect(requestSchema.safeParse({ type: 'override/record', chat, reason: '  ', at: 1, timeZone: 'UTC' }).success).toBe(false);
    expect(requestSchema.safeParse({ type: 'draft/save', chat: { ...chat, site: 'telegram' }, url: 'https://x.ru', text: 'x', remindAt: 1 }).success).toBe(false);
    expect(requestSchema.safeParse({ type: 'erase/everything' }).success).toBe(false);
  });

  it("says why a request is refused in the user's language", () => {
    const tooShort = { type: 'override/record', chat, reason: 'a', at: 1, timeZone: 'UTC' };
    expect(readRequest(tooShort, 'ru')).toEqual({ error: 'invalid: Укажите причину: хотя бы три символа' });
    const badUrl = { type: 'draft/save', chat, url: 'javascript:alert(1)', text: 'x', remindAt: 1 };
    expect(readRequest(badUrl, 'ru')).toMatchObject({ error: expect.stringMatching(/^invalid: .*[а-я]/) });
    expect(readRequest(badUrl, 'en')).toMatchObject({ error: expect.stringMatching(/^invalid: Invalid URL/) });
    expect(readRequest({ type: 'options/open' }, 'en')).toEqual({ request: { type: 'options/open' } });
  });
});
