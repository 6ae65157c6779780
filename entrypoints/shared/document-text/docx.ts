import mammoth from 'mammoth';
import { blockText } from './html-text';

/**
 * A .docx as text, with Word's automatic list numbers written out (mammoth keeps lists as <ol>,
 * without numbers), and without footnotes: mammoth puts them last as a numbered list, where «1.
 * Федеральный закон…» would read as a clause, and marks each place with «[1]».
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.convertToHtml({ arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
  const body = new DOMParser().parseFromString(value, 'text/html').body;
  for (const note of body.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"], a[href^="#footnote-"], a[href^="#endnote-"]')) note.remove();
  return blockText(body);
}
