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
 * What the first style up `id`'s chain of based-on styles (itself first) says, as `said` reads it
 * (undefined where a style says nothing); a chain that loops or runs past MAX_BASED_ON ends there.
 */
export function inherited<T>(styles: WordStyles, id: string | null, said: (style: Element, id: string) => T | undefined): T | undefined {
  const seen = new Set<string>();
  for (let at = id; at !== null && !seen.has(at) && styles.has(at) && seen.size < MAX_BASED_ON; at = styles.get(at)!.basedOn) {
    seen.add(at);
    const value = said(styles.get(at)!.style, at);
    if (value !== undefined) return value;
  }
  return undefined;
}
