import { zlibSync } from 'fflate';

const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** A one-page PDF whose page content is `content`, compressed as PDFs compress it (FlateDecode), in font F1 (`font`, a font dictionary). */
export function pdfWithContent(content: Uint8Array, font = HELVETICA): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text);
  const packed = zlibSync(content, { level: 9 });
  const objects = [
    encode('<< /Type /Catalog /Pages 2 0 R >>'),
    encode('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    encode('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>'),
    new Uint8Array([...encode(`<< /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`), ...packed, ...encode('\nendstream')]),
    encode(font),
  ];
  const parts = [encode('%PDF-1.4\n')];
  const offsets: number[] = [];
  let at = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(at);
    const object = new Uint8Array([...encode(`${i + 1} 0 obj\n`), ...body, ...encode('\nendobj\n')]);
    parts.push(object);
    at += object.length;
  });
  const table = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(encode(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${table}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  const pdf = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((offset, p) => (pdf.set(p, offset), offset + p.length), 0);
  return pdf;
}

/** A page of text, then `padding` bytes of spaces: a «bomb» when the padding is past what a regulation unpacks to. */
export function pdfOfText(text: string, padding = 0): Uint8Array {
  const page = new TextEncoder().encode(`BT /F1 12 Tf 72 720 Td (${text}) Tj ET\n`);
  const content = new Uint8Array(page.length + padding).fill(32);
  content.set(page);
  return pdfWithContent(content);
}

/** A page of lines, each given as the bytes its string holds in font F1 (`font`), six points high. */
export function pdfOfLines(lines: Uint8Array[], font?: string): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text);
  // A string's bytes as they are, with the three a PDF string escapes.
  const literal = (bytes: Uint8Array) => [...bytes].flatMap((b) => (b === 0x28 || b === 0x29 || b === 0x5c ? [0x5c, b] : [b]));
  const content = [...encode('BT /F1 6 Tf 9 TL 30 780 Td\n'), ...lines.flatMap((line) => [0x28, ...literal(line), ...encode(') Tj T*\n')]), ...encode('ET\n')];
  return pdfWithContent(new Uint8Array(content), font);
}
