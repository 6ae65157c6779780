import mammoth from 'mammoth';
import { blockText } from './html-text';

/** A .docx as text, with Word's automatic list numbers written out (mammoth keeps lists as <ol>, without numbers). */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.convertToHtml({ arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
  return blockText(new DOMParser().parseFromString(value, 'text/html').body);
}
