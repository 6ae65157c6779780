/** Why a file gives no text to read; the page says each in the user's words with what to do instead. */
export type FileProblem = 'unsupported' | 'old-word' | 'file-too-large' | 'broken-file' | 'scan';

export type DocumentText = { ok: true; text: string } | { ok: false; problem: FileProblem };

/** Schools publish regulations with photos and stamps; past this it is not a regulation. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * The text of a regulation as the school has it: .docx (mammoth), .pdf with a text layer
 * (pdf.js), .odt, or plain text in UTF-8, UTF-16 or Windows-1251. Each reader is loaded only
 * when its kind of file is opened.
 */
export async function documentText(file: File): Promise<DocumentText> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: 'file-too-large' };
  const kind = extension(file.name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    switch (kind) {
      case 'docx':
        return { ok: true, text: await (await import('./docx')).docxText(bytes) };
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
      case 'doc':
      case 'rtf':
        return { ok: false, problem: 'old-word' };
      default:
        return { ok: false, problem: 'unsupported' };
    }
  } catch {
    return { ok: false, problem: 'broken-file' };
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
