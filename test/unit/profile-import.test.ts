import { describe, expect, it } from 'vitest';
import { importProfile } from '@/core/regulation/import';
import { BUILT_IN_PROFILES } from '@/core/regulation/profiles';

const good = JSON.stringify({ ...BUILT_IN_PROFILES[1], id: 'my-school' }, null, 2);

describe('importProfile', () => {
  it('accepts a valid profile', () => {
    const result = importProfile(good);
    expect(result.ok && result.profile.id).toBe('my-school');
  });

  it('names the line of a JSON syntax error', () => {
    const broken = good.replace('"school":', '"school"');
    const result = importProfile(broken);
    expect(result).toMatchObject({ ok: false, field: null, message: 'ошибка JSON: ожидалось двоеточие' });
    expect(!result.ok && broken.split('\n')[result.line - 1]).toContain('"school"');
  });

  it('names the field and the line of a schema problem', () => {
    const broken = good.replace('"clause": "2.2"', '"clause": "второй"');
    const result = importProfile(broken);
    expect(result).toMatchObject({ ok: false, field: 'roles.1.duties.0.clause', message: 'номер пункта вида 2.3 или 4.2.2' });
    expect(!result.ok && broken.split('\n')[result.line - 1]).toContain('"второй"');
  });

  it('speaks Russian for the schema’s own messages', () => {
    const result = importProfile(good.replace('"role": "director"', '"role": "janitor"'));
    expect(result).toMatchObject({ ok: false, field: 'roles.0.role' });
    expect(!result.ok && result.message).toMatch(/^Неверный вариант/);
  });

  it('points at the object that lacks a required field', () => {
    const value = JSON.parse(good);
    delete value.roles[0].title;
    const text = JSON.stringify(value, null, 2);
    const result = importProfile(text);
    expect(result).toMatchObject({ ok: false, field: 'roles.0.title' });
    expect(!result.ok && text.split('\n')[result.line - 1].trim()).toBe('{');
  });

  it('refuses an empty file', () => {
    expect(importProfile('')).toMatchObject({ ok: false, line: 1 });
  });
});
