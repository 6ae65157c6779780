import { hex } from '@scure/base';

// y-webrtc derives a room's key from the team secret with PBKDF2 (100 000 rounds) when its provider
// is made, and announces this member to the room only once it has the key: 60–150 ms of a fresh
// member's join went there (its thread shared with the options page). The sync host starts the
// same derivation as soon as it opens a team, and the provider's own asks for a key derived already.

type Subtle = Pick<SubtleCrypto, 'importKey' | 'deriveKey'> & { stewardRoomKeys?: true };

/** PBKDF2 key material made here, by its secret's bytes: what a derivation is remembered by. */
const secrets = new WeakMap<CryptoKey, string>();
const derived = new Map<string, Promise<CryptoKey>>();
/** Teams a browser holds at once (and the rooms they left, relayed): far fewer. */
const KEPT = 32;

const bytesOf = (data: unknown): Uint8Array | null =>
  data instanceof ArrayBuffer ? new Uint8Array(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : null;
const hexOf = (data: unknown) => hex.encode(bytesOf(data) ?? new Uint8Array(0));
const nameOf = (algorithm: unknown) => (typeof algorithm === 'string' ? algorithm : ((algorithm as { name?: unknown } | null)?.name ?? '')).toString().toUpperCase();

/**
 * A PBKDF2 derivation asked for again — the same secret, salt, rounds and key — is answered with
 * the key derived the first time; everything else goes to WebCrypto as it came.
 */
export function rememberRoomKeys(subtle: Subtle = crypto.subtle): void {
  if (subtle.stewardRoomKeys) return;
  subtle.stewardRoomKeys = true;
  const importKey = subtle.importKey.bind(subtle) as (...args: unknown[]) => Promise<CryptoKey>;
  const deriveKey = subtle.deriveKey.bind(subtle) as (...args: unknown[]) => Promise<CryptoKey>;
  subtle.importKey = (async (...args: unknown[]) => {
    const key = await importKey(...args);
    if (args[0] === 'raw' && nameOf(args[2]) === 'PBKDF2' && bytesOf(args[1])) secrets.set(key, hexOf(args[1]));
    return key;
  }) as SubtleCrypto['importKey'];
  subtle.deriveKey = ((...args: unknown[]) => {
    const [algorithm, base, into, extractable, usages] = args as [Pbkdf2Params, CryptoKey, unknown, boolean, KeyUsage[]];
    const secret = secrets.get(base);
    if (secret === undefined || nameOf(algorithm) !== 'PBKDF2') return deriveKey(...args);
    const id = JSON.stringify([secret, hexOf(algorithm.salt), algorithm.iterations, nameOf(algorithm.hash), into, extractable, [...usages]]);
    let key = derived.get(id);
    if (!key) {
      key = deriveKey(...args);
      derived.set(id, key);
      key.catch(() => derived.delete(id));
      if (derived.size > KEPT) derived.delete(derived.keys().next().value!);
    }
    return key;
  }) as SubtleCrypto['deriveKey'];
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Starts deriving the key y-webrtc will derive for this room (its `deriveKey`, y-webrtc/src/crypto.js). */
export function prepareRoomKey(secret: string, room: string, subtle: Subtle = crypto.subtle): Promise<CryptoKey | null> {
  return subtle
    .importKey('raw', utf8(secret), 'PBKDF2', false, ['deriveKey'])
    .then((material) => subtle.deriveKey({ name: 'PBKDF2', salt: utf8(room), iterations: 100_000, hash: 'SHA-256' }, material, { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']))
    .catch(() => null);
}
