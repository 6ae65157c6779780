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
