import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { z as mini } from 'zod/mini';
import { errorText } from '@/components/error-text';
import { INVALID_PREFIX } from '@/core/response';

describe('errorText', () => {
  it('tells a validator error by its field and message, from either zod build', () => {
    const classic = z.object({ name: z.string().min(3, 'Слишком коротко') }).safeParse({ name: 'a' });
    const small = mini.object({ name: mini.string().check(mini.minLength(3, 'Слишком коротко')) }).safeParse({ name: 'a' });
    expect(errorText(classic.error)).toBe('name: Слишком коротко');
    expect(errorText(small.error)).toBe('name: Слишком коротко');
  });

  it("passes on the background's words for a refused request as they are", () => {
    expect(errorText(INVALID_PREFIX + 'Укажите причину: хотя бы три символа')).toBe('Укажите причину: хотя бы три символа');
  });

  it('never shows an engine text in English: an unknown failure keeps only its name', () => {
    const text = errorText(new TypeError('Cannot read properties of undefined'));
    expect(text).not.toContain('Cannot read');
    expect(text).toContain('TypeError');
  });
});
