import type { LearnedSelectors } from '@/core/page-messages/learned';

/** How far above the name a message element may sit. */
const MAX_DEPTH = 10;
/** A class without digits reads as written by a person; one with a hash keeps its readable stem. */
const PLAIN = /^[A-Za-z][\w-]*$/;
const STEM = /^([A-Za-z][A-Za-z_-]*?[A-Za-z])[-_]{1,2}[\w-]*\d[\w-]*$/;

const cssIdent = (text: string) => text.replace(/[^\w-]/g, (c) => `\\${c}`);

/** A selector for elements like `el`: its tag and classes, hashed classes by their stem ("userName--2fo2zM" → [class*="userName"]). */
export function selectorFor(el: Element): string {
  const parts: string[] = [];
  for (const cls of el.classList) {
    if (parts.length >= 2) break;
    if (/^svelte-/.test(cls)) continue;
    if (PLAIN.test(cls) && !/\d/.test(cls)) parts.push(`.${cssIdent(cls)}`);
    else {
      const stem = STEM.exec(cls)?.[1];
      if (stem && stem.length >= 2) parts.push(`[class*="${stem}"]`);
    }
  }
  return el.localName + parts.join('');
}

/**
 * Selectors for a messenger's messages, learned from one author's name the user pointed at: the
 * message is the nearest ancestor repeated beside its siblings. Null when the page gives no such
 * structure (the user pointed at something else).
 */
export function learnFromAuthor(name: Element): LearnedSelectors | null {
  const author = selectorFor(name);
  let node: Element | null = name;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    const parent: Element | null = node.parentElement;
    if (!parent || parent === document.body || parent === document.documentElement) break;
    const own = selectorFor(node);
    const repeated = [...parent.children].some((c) => c !== node && c.matches(own));
    if (!repeated || node === name) continue;
    const items = `${selectorFor(parent)} > ${own}`;
    const messages = [...document.querySelectorAll(items)];
    if (messages.length >= 2 && messages.some((m) => m.contains(name) && m.querySelector(author))) return { items, author };
  }
  return null;
}
