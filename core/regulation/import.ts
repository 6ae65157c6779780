import { describeIssue, type Lang } from '../errors';
import { readJson } from '../json-text';
import { zodErrors } from '../zod-lang';
import { regulationProfileSchema, type RegulationProfile } from './profile';

export type ProfileImport =
  | { ok: true; profile: RegulationProfile }
  | { ok: false; line: number; field: string | null; message: string };

/**
 * Reads a school's own profile file. A problem is reported with the line and the field it is in,
 * in the user's language, so that whoever wrote the file can find it.
 */
export function importProfile(text: string, lang: Lang = 'ru'): ProfileImport {
  const json = readJson(text, lang);
  if (!json.ok) return { ok: false, line: json.line, field: null, message: json.message };
  const parsed = regulationProfileSchema.safeParse(json.value, zodErrors(lang));
  if (parsed.success) return { ok: true, profile: parsed.data };
  const { field, message } = describeIssue(parsed.error, lang);
  return { ok: false, line: json.lineOf(parsed.error.issues[0].path), field, message };
}
