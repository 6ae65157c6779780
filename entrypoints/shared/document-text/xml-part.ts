import { strFromU8 } from 'fflate';

/** An XML part of an office file (a .docx's document.xml, an .odt's content.xml); null when it is missing or broken. */
export function xmlPart(bytes: Uint8Array | undefined): Document | null {
  if (!bytes) return null;
  const doc = new DOMParser().parseFromString(strFromU8(bytes), 'application/xml');
  return doc.getElementsByTagName('parsererror').length ? null : doc;
}

// A .docx's elements by the «w:» prefix Word, LibreOffice and Google Docs all write (a file with
// another finds none, and mammoth's own reading stands).
export const children = (el: Element | undefined, name: string) => (el ? Array.from(el.children).filter((c) => c.tagName === `w:${name}`) : []);
export const child = (el: Element | undefined, name: string): Element | undefined => children(el, name)[0];
export const val = (el: Element | undefined) => el?.getAttribute('w:val') ?? null;
