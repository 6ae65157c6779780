import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { ru } from 'zod/locales';
import { regulationProfileSchema, type RegulationProfile } from './profile';

export type ProfileImport =
  | { ok: true; profile: RegulationProfile }
  | { ok: false; line: number; field: string | null; message: string };

const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'недопустимый символ',
  InvalidNumberFormat: 'неверное число',
  PropertyNameExpected: 'ожидалось имя поля в кавычках',
  ValueExpected: 'ожидалось значение',
  ColonExpected: 'ожидалось двоеточие',
  CommaExpected: 'ожидалась запятая',
  CloseBraceExpected: 'ожидалась закрывающая фигурная скобка',
  CloseBracketExpected: 'ожидалась закрывающая квадратная скобка',
  EndOfFileExpected: 'лишний текст после конца JSON',
  UnexpectedEndOfString: 'незакрытая строка',
  UnexpectedEndOfComment: 'незакрытый комментарий',
  InvalidCommentToken: 'комментарии в JSON не допускаются',
};

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * Reads a school's own profile file. A problem is reported with the line and the field it is in,
 * in Russian, so that whoever wrote the file can find it.
 */
export function importProfile(text: string): ProfileImport {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length || !tree) {
    const first = errors[0];
    const code = first ? printParseErrorCode(first.error) : 'ValueExpected';
    return { ok: false, line: lineAt(text, first?.offset ?? 0), field: null, message: `ошибка JSON: ${SYNTAX[code] ?? code}` };
  }
  const parsed = regulationProfileSchema.safeParse(JSON.parse(text), { error: ru().localeError });
  if (parsed.success) return { ok: true, profile: parsed.data };
  const issue = parsed.error.issues[0];
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  // A missing field has no node of its own: point at the nearest part of the path that exists.
  let node = undefined;
  for (let n = path.length; n >= 0 && !node; n--) node = findNodeAtLocation(tree, path.slice(0, n));
  return { ok: false, line: lineAt(text, node?.offset ?? 0), field: path.length ? path.join('.') : null, message: issue.message };
}
