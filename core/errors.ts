import type { $ZodError } from 'zod/v4/core';

/**
 * What a user is told when a file or a pasted text is wrong: in their language, with the line
 * and the field where there is one. Every import (profiles, log files) goes through here and
 * `json-text.ts`, so no engine or validator text in English reaches a Russian user.
 */
export type Lang = 'ru' | 'en';

export const WORDS = {
  ru: { line: 'строка', json: 'ошибка JSON', field: 'поле', record: 'запись' },
  en: { line: 'line', json: 'JSON error', field: 'field', record: 'record' },
};

/** A validator's error, told by its shape: importing zod's class would put zod in the content script. */
export const isValidationError = (error: unknown): error is $ZodError =>
  error instanceof Error && Array.isArray((error as { issues?: unknown }).issues) && (error as $ZodError).issues.length > 0;

/** A validation problem as "поле kind: Неверный ввод…", in the user's language. */
export function describeIssue(error: $ZodError, lang: Lang): { field: string | null; message: string; text: string } {
  const issue = error.issues[0];
  const field = issue.path.length ? issue.path.map(String).join('.') : null;
  return { field, message: issue.message, text: `${field ?? WORDS[lang].record}: ${issue.message}` };
}
