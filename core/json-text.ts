import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { WORDS, type Lang } from './errors';

/** JSON syntax problems in words, for files people wrote or edited by hand. */
const SYNTAX: Record<Lang, Record<string, string>> = {
  ru: {
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
  },
  en: {
    InvalidSymbol: 'invalid character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'expected a field name in quotes',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected a colon',
    CommaExpected: 'expected a comma',
    CloseBraceExpected: 'expected a closing brace',
    CloseBracketExpected: 'expected a closing bracket',
    EndOfFileExpected: 'text after the end of the JSON',
    UnexpectedEndOfString: 'unclosed string',
    UnexpectedEndOfComment: 'unclosed comment',
    InvalidCommentToken: 'comments are not allowed in JSON',
  },
};

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

export type JsonText =
  | { ok: true; value: unknown; lineOf(path: PropertyKey[]): number }
  | { ok: false; line: number; message: string; text: string };

/**
 * Parses a file's text as strict JSON; a syntax error names its line ("строка 4 — ошибка JSON:
 * ожидалась запятая"). The native parser reads it first (a 100k-record log in well under a
 * second); the tree that locates lines is built only for an error, or when a line is asked for.
 */
export function readJson(text: string, lang: Lang): JsonText {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return syntaxError(text, lang);
  }
  let tree: Node | undefined;
  const lineOf = (path: PropertyKey[]) => {
    tree ??= parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
    if (!tree) return 1;
    const steps = path.map((p) => (typeof p === 'number' ? p : String(p)));
    // A missing field has no node of its own: point at the nearest part of the path that exists.
    let node: Node | undefined;
    for (let n = steps.length; n >= 0 && !node; n--) node = findNodeAtLocation(tree, steps.slice(0, n));
    return lineAt(text, node?.offset ?? 0);
  };
  return { ok: true, value, lineOf };
}

/** Where and what the syntax error is, as jsonc-parser finds it (JSON.parse's own message names no line in every engine). */
function syntaxError(text: string, lang: Lang): JsonText & { ok: false } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  const code = first ? printParseErrorCode(first.error) : tree ? 'InvalidSymbol' : 'ValueExpected';
  const w = WORDS[lang];
  const line = lineAt(text, first?.offset ?? 0);
  const message = `${w.json}: ${SYNTAX[lang][code] ?? code}`;
  return { ok: false, line, message, text: `${w.line} ${line} — ${message}` };
}
