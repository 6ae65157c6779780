import { strFromU8 } from 'fflate';

/** An XML part of an office file (a .docx's document.xml, an .odt's content.xml); null when it is missing or broken. */
export function xmlPart(bytes: Uint8Array | undefined): Document | null {
  if (!bytes) return null;
  const doc = new DOMParser().parseFromString(strFromU8(bytes), 'application/xml');
  return doc.getElementsByTagName('parsererror').length ? null : doc;
}
