/** cyrb53 (public domain): a fast 53-bit string hash, enough to tell a chat's messages apart. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** What a message is known by when the page gives it no id: the same on every re-render. */
export interface MessageFacts {
  chat: string;
  author: string | null;
  /** The day separator and time label as the page shows them (not the instant: "Сегодня" moves). */
  day: string | null;
  time: string | null;
  text: string;
}

const PAGE_ID = /^[\w:.-]{1,80}$/;

/**
 * Each message's id, in page order: the page's own (`page`), else a hash of what it shows. Copies
 * (one author sending "ок" twice in a minute) are told apart by their order among copies.
 */
export function messageIds(messages: Array<{ page: string | null; facts: MessageFacts }>): string[] {
  const copies = new Map<string, number>();
  return messages.map(({ page, facts }) => {
    if (page && PAGE_ID.test(page)) return `p:${facts.chat}:${page}`;
    const base = `h:${hash53([facts.chat, facts.author ?? '', facts.day ?? '', facts.time ?? '', facts.text].join('\u0001'))}`;
    const n = copies.get(base) ?? 0;
    copies.set(base, n + 1);
    return n ? `${base}.${n}` : base;
  });
}
