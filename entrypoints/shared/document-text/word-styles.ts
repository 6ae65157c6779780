import { child, val } from './xml-part';

/** How many styles up a based-on chain are followed: Word's own are a few deep; a file's may loop or run on. */
const MAX_BASED_ON = 50;

/** A .docx's styles of one type (paragraph, character), by id: each element and the style it is based on. */
export type WordStyles = Map<string, { style: Element; basedOn: string | null }>;

export function wordStyles(doc: Document | null, type: 'paragraph' | 'character'): WordStyles {
  const styles: WordStyles = new Map();
  for (const style of Array.from(doc?.getElementsByTagName('w:style') ?? [])) {
    if (style.getAttribute('w:type') === type) styles.set(style.getAttribute('w:styleId') ?? '', { style, basedOn: val(child(style, 'basedOn')) });
  }
  return styles;
}

/**
 * A style and the styles it is based on, nearest first (a .docx's by id, a .doc's by number): the
 * chain ends where `baseOf` gives none, at a style met before (a loop), or past MAX_BASED_ON.
 */
export function* basedOnChain<K>(first: K | null | undefined, baseOf: (style: K) => K | null | undefined): Generator<K> {
  const seen = new Set<K>();
  for (let at: K | null | undefined = first; at !== null && at !== undefined && !seen.has(at) && seen.size < MAX_BASED_ON; at = baseOf(at)) {
    seen.add(at);
    yield at;
  }
}

/**
 * What the first style up `id`'s chain of based-on styles (itself first) says, as `said` reads it
 * (undefined where a style says nothing); the chain ends at a style the file does not define.
 */
export function inherited<T>(styles: WordStyles, id: string | null, said: (style: Element, id: string) => T | undefined): T | undefined {
  for (const at of basedOnChain(id, (s) => styles.get(s)?.basedOn)) {
    const style = styles.get(at);
    if (!style) return undefined;
    const value = said(style.style, at);
    if (value !== undefined) return value;
  }
  return undefined;
}
