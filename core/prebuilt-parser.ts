import { compile, type ZodType } from 'zod';

/** A schema's fast path as the build wrote it out: the code zod generates for it, and that code's hash. */
export interface Prebuilt {
  hash: string;
  factory: (...constants: unknown[]) => (input: unknown) => unknown;
}

/** FNV-1a over the code's UTF-16 units: tells zod's code for this schema from any other (not a defence: zod writes it from our own schema). */
export function codeHash(code: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 0x01000193);
  return `${code.length}:${(h >>> 0).toString(16)}`;
}

/**
 * Runs `work` while zod's `new Function(...names, code)` goes to `make` instead. zod's compiled
 * fast path (z.compile) is built that way, which an extension page's policy forbids; here it is
 * handed code written out at build time. Synchronous, so nothing else runs while it is swapped.
 */
function withFunction<T>(make: (names: string[], code: string) => unknown, work: () => T): T {
  const native = globalThis.Function;
  globalThis.Function = function (...args: string[]) {
    return make(args.slice(0, -1), args[args.length - 1]);
  } as unknown as FunctionConstructor;
  try {
    return work();
  } finally {
    globalThis.Function = native;
  }
}

/**
 * The schema with zod's compiled parser (several times faster, same results and errors), from the
 * code the build wrote out. If zod now writes other code for it (an update of zod or of the schema
 * without `npm run compile-schemas`), the schema keeps zod's ordinary parser.
 */
export function precompiled<T extends ZodType>(schema: T, prebuilt: Prebuilt): T {
  let asked = 0;
  let stale = false;
  const fast = withFunction((_names, code) => {
    // The first code zod generates is the parser, the one written out; a validator may follow,
    // which is refused here and falls back to the parser (zod's own fallback).
    const parser = asked++ === 0;
    if (parser && codeHash(code) === prebuilt.hash) return prebuilt.factory;
    stale ||= parser;
    throw new EvalError('not prebuilt');
  }, () => compile(schema));
  // Still right, only slower: said for whoever built it.
  if (stale) console.warn('chat-steward: a compiled parser is out of date, zod checks without it (run npm run compile-schemas)');
  return fast;
}

/** The module that `precompiled` takes for this schema (scripts/compile-schemas.ts writes it to a file). */
export function prebuiltModule(schema: ZodType, origin: string): string {
  let written = '';
  withFunction((names, code) => {
    // The first code zod generates is the parser; a validator follows, which we do not keep.
    written ||= [
      '// @ts-nocheck',
      `// Written by \`npm run compile-schemas\` from ${origin}: zod's compiled parser for it, to be used where code cannot be generated at run time. Do not edit.`,
      "import type { Prebuilt } from '../prebuilt-parser';",
      '',
      `export const prebuilt: Prebuilt = { hash: ${JSON.stringify(codeHash(code))}, factory: function (${names.join(', ')}) {`,
      code,
      '} };',
      '',
    ].join('\n');
    return () => () => undefined;
  }, () => compile(schema, { strict: true }));
  return written;
}
