import { zlibSync } from 'fflate';

const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** LZWDecode's encoder (9- to 12-bit codes, EarlyChange 1, the table cleared when full). */
export function lzwEncode(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let bits = 0;
  let held = 0;
  let next = 258;
  const emit = (code: number) => {
    // The reader is an entry behind the writer and widens its codes one early: the same width.
    const width = Math.min(12, 32 - Math.clz32(next));
    bits = (bits << width) | code;
    held += width;
    while (held >= 8) out.push((bits >>> (held -= 8)) & 0xff);
    bits &= (1 << held) - 1;
  };
  const table = new Map<number, number>();
  emit(256);
  let w = -1;
  for (const b of data) {
    if (w < 0) {
      w = b;
      continue;
    }
    const key = w * 256 + b;
    const known = table.get(key);
    if (known !== undefined) {
      w = known;
      continue;
    }
    emit(w);
    table.set(key, next++);
    if (next === 4094) {
      emit(256);
      table.clear();
      next = 258;
    }
    w = b;
  }
  if (w >= 0) {
    emit(w);
    next++;
  }
  emit(257);
  if (held) out.push((bits << (8 - held)) & 0xff);
  return Uint8Array.from(out);
}

/** RunLengthDecode's encoder: runs of one byte as a run, the rest as they are. */
export function runLengthEncode(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let at = 0; at < data.length; ) {
    let run = 1;
    while (run < 128 && at + run < data.length && data[at + run] === data[at]) run++;
    if (run > 1) {
      out.push(257 - run, data[at]);
      at += run;
      continue;
    }
    let literal = 1;
    while (literal < 128 && at + literal < data.length && data[at + literal] !== data[at + literal - 1]) literal++;
    out.push(literal - 1, ...data.subarray(at, at + literal));
    at += literal;
  }
  out.push(128);
  return Uint8Array.from(out);
}

/** ASCII85Decode's encoder, «z» for four zeros, ending «~>». */
export function ascii85Encode(data: Uint8Array): Uint8Array {
  let text = '';
  for (let at = 0; at < data.length; at += 4) {
    const group = data.subarray(at, at + 4);
    let value = 0;
    for (let i = 0; i < 4; i++) value = value * 256 + (group[i] ?? 0);
    if (group.length === 4 && value === 0) {
      text += 'z';
      continue;
    }
    const chars = Array.from({ length: 5 }, (_, i) => String.fromCharCode(0x21 + (Math.floor(value / 85 ** (4 - i)) % 85)));
    text += chars.slice(0, group.length + 1).join('');
  }
  return new TextEncoder().encode(`${text}~>`);
}

export const asciiHexEncode = (data: Uint8Array) => new TextEncoder().encode(`${Array.from(data, (b) => b.toString(16).padStart(2, '0')).join('')}>`);

type Filter = 'FlateDecode' | 'LZWDecode' | 'RunLengthDecode' | 'ASCII85Decode' | 'ASCIIHexDecode';
const ENCODERS: Record<Filter, (data: Uint8Array) => Uint8Array> = {
  FlateDecode: (data) => zlibSync(data, { level: 9 }),
  LZWDecode: lzwEncode,
  RunLengthDecode: runLengthEncode,
  ASCII85Decode: ascii85Encode,
  ASCIIHexDecode: asciiHexEncode,
};

/**
 * A one-page PDF whose page content is `content`, in font F1 (`font`, a font dictionary), through
 * `filters` in the order a reader unpacks them (by default FlateDecode, as PDFs compress pages).
 */
export function pdfWithContent(content: Uint8Array, font = HELVETICA, filters: Filter[] = ['FlateDecode']): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text);
  const packed = filters.reduceRight((data, filter) => ENCODERS[filter](data), content);
  const objects = [
    encode('<< /Type /Catalog /Pages 2 0 R >>'),
    encode('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    encode('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>'),
    new Uint8Array([...encode(`<< /Length ${packed.length} /Filter [${filters.map((f) => `/${f}`).join(' ')}] >>\nstream\n`), ...packed, ...encode('\nendstream')]),
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
export function pdfOfText(text: string, padding = 0, filters?: Filter[]): Uint8Array {
  const page = new TextEncoder().encode(`BT /F1 12 Tf 72 720 Td (${text}) Tj ET\n`);
  const content = new Uint8Array(page.length + padding).fill(32);
  content.set(page);
  return pdfWithContent(content, undefined, filters);
}

/** A page of lines, each given as the bytes its string holds in font F1 (`font`), six points high, through `filters`. */
export function pdfOfLines(lines: Uint8Array[], font?: string, filters?: Filter[]): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text);
  // A string's bytes as they are, with the three a PDF string escapes.
  const literal = (bytes: Uint8Array) => [...bytes].flatMap((b) => (b === 0x28 || b === 0x29 || b === 0x5c ? [0x5c, b] : [b]));
  const content = [...encode('BT /F1 6 Tf 9 TL 30 780 Td\n'), ...lines.flatMap((line) => [0x28, ...literal(line), ...encode(') Tj T*\n')]), ...encode('ET\n')];
  return pdfWithContent(new Uint8Array(content), font, filters);
}
