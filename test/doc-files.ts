import * as CFB from 'cfb';

/** A .doc's container with one stream changed (or, for null, taken out), written again. */
export function withStream(doc: Uint8Array, name: string, change: (bytes: Uint8Array) => Uint8Array | null): Uint8Array {
  const container = CFB.read(doc, { type: 'array' });
  const changed = change(Uint8Array.from(CFB.find(container, name)!.content as ArrayLike<number>));
  CFB.utils.cfb_del(container, `/${name}`);
  if (changed) CFB.utils.cfb_add(container, `/${name}`, changed);
  return new Uint8Array(CFB.write(container, { type: 'array' }) as ArrayLike<number>);
}

/** The .doc as Word marks a file locked with a password (the FIB's fEncrypted). */
export const lockedDoc = (doc: Uint8Array) =>
  withStream(doc, 'WordDocument', (b) => {
    b[0x0b] |= 0x01;
    return b;
  });

/**
 * The .doc with its paragraphs' own list properties (sprmPIlfo, sprmPIlvl) made into ones the reader
 * passes over, so that only their styles number them — as Word keeps its numbered headings.
 */
export const numberedByStylesOnly = (doc: Uint8Array) =>
  withStream(doc, 'WordDocument', (b) => {
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const table = CFB.find(CFB.read(doc, { type: 'array' }), view.getUint16(0x0a, true) & 0x0200 ? '1Table' : '0Table')!.content as ArrayLike<number>;
    const t = new DataView(Uint8Array.from(table).buffer);
    const lw = 34 + view.getUint16(32, true) * 2 + 2;
    const fcLcb = lw + view.getUint16(lw - 2, true) * 4 + 2;
    const [bin, binSize] = [view.getUint32(fcLcb + 13 * 8, true), view.getUint32(fcLcb + 13 * 8 + 4, true)];
    const pages = (binSize - 4) / 8;
    for (let i = 0; i < pages; i++) {
      const page = (t.getUint32(bin + (pages + 1) * 4 + i * 4, true) & 0x3fffff) * 512;
      const n = b[page + 511];
      for (let j = 0; j < n; j++) {
        const papx = page + b[page + (n + 1) * 4 + j * 13] * 2;
        if (papx === page) continue;
        const [from, length] = b[papx] ? [papx + 1, b[papx] * 2 - 1] : [papx + 2, b[papx + 1] * 2];
        // After the style's number: each property's code, then its operand (1 or 2 bytes for these).
        for (let at = from + 2; at + 2 <= from + length; ) {
          const sprm = view.getUint16(at, true);
          if (sprm === 0x460b) view.setUint16(at, 0x4600, true);
          if (sprm === 0x260a) view.setUint16(at, 0x2640, true);
          const size = [1, 1, 2, 4, 2, 2, -1, 3][sprm >> 13];
          at += 2 + (size < 0 ? b[at + 2] + 1 : size);
        }
      }
    }
    return b;
  });
