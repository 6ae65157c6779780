/** Why a file gives no text to read; the page says each in the user's words with what to do instead. */
export type FileProblem = 'unsupported' | 'password' | 'file-too-large' | 'broken-file' | 'scan';

export type DocumentText = { ok: true; text: string } | { ok: false; problem: FileProblem };

/** Schools publish regulations with photos and stamps; past this it is not a regulation. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
/** A Word file by what it holds, whatever its name says: schools rename .doc to .docx and back. */
function wordKind(bytes: Uint8Array, kind: string): string {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (new TextDecoder().decode(bytes.subarray(0, 5)) === '{\\rtf') return 'rtf';
  return kind;
}

/**
 * The text of a regulation as the school has it: .docx (mammoth), Word 97–2003 .doc, .rtf, .pdf
 * with a text layer (pdf.js), .odt, or plain text in UTF-8, UTF-16 or Windows-1251. Each reader is loaded only
 * when its kind of file is opened.
 */
export async function documentText(file: File): Promise<DocumentText> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: 'file-too-large' };
  const named = extension(file.name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = ['doc', 'docx', 'rtf'].includes(named) ? wordKind(bytes, named) : named;
  try {
    switch (kind) {
      case 'docx':
        return { ok: true, text: await (await import('./docx')).docxText(bytes) };
      case 'doc':
        return { ok: true, text: (await import('./doc')).docText(bytes) };
      case 'pdf': {
        const text = await (await import('./pdf')).pdfText(bytes);
        return text.replace(/\s/g, '').length < 20 ? { ok: false, problem: 'scan' } : { ok: true, text };
      }
      case 'odt':
        return { ok: true, text: (await import('./odt')).odtText(bytes) };
      case 'txt':
      case 'text':
      case 'md':
        return { ok: true, text: decodeText(bytes) };
      case 'rtf':
        return { ok: true, text: (await import('./rtf')).rtfText(bytes) };
      default:
        return { ok: false, problem: 'unsupported' };
    }
  } catch (error) {
    return { ok: false, problem: error instanceof Error && error.name === 'PasswordProtected' ? 'password' : 'broken-file' };
  }
}

/** Plain text as Russian schools save it: UTF-8 (with or without a mark), UTF-16 from Notepad, or Windows-1251. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}
