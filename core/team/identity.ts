import canonicalize from 'canonicalize';
import { z } from 'zod';
import { base64urlnopad } from '@scure/base';

/**
 * A member's identity: a signing key pair and a key-agreement pair (for secrets sealed to them),
 * made by WebCrypto. Ed25519/X25519 where the browser has them; ECDSA/ECDH on P-256 otherwise,
 * which every supported browser (and Node, for the always-on member) can verify and use.
 */
export const ALGS = ['ed25519', 'p256'] as const;
export type Alg = (typeof ALGS)[number];

const keyText = z.string().regex(/^[A-Za-z0-9_-]{40,100}$/);
export const publicIdentitySchema = z.object({ alg: z.enum(ALGS), sign: keyText, agree: keyText });
export type PublicIdentity = z.infer<typeof publicIdentitySchema>;

/** A member id is derived from the public keys: an id cannot be claimed with another key. */
export const memberIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/);

export interface Identity {
  id: string;
  public: PublicIdentity;
  signKey: CryptoKey;
  agreeKey: CryptoKey;
}

export const PARAMS = {
  ed25519: { sign: { name: 'Ed25519' }, agree: { name: 'X25519' }, signature: { name: 'Ed25519' } },
  p256: {
    sign: { name: 'ECDSA', namedCurve: 'P-256' },
    agree: { name: 'ECDH', namedCurve: 'P-256' },
    signature: { name: 'ECDSA', hash: 'SHA-256' },
  },
} as const;

const raw = async (key: CryptoKey) => base64urlnopad.encode(new Uint8Array(await crypto.subtle.exportKey('raw', key)));

/**
 * A new identity. Private keys are not extractable unless asked (the always-on member keeps
 * its identity in a file; the extension keeps the keys themselves in its IndexedDB).
 */
export async function createIdentity(options: { algs?: readonly Alg[]; extractable?: boolean } = {}): Promise<Identity> {
  for (const alg of options.algs ?? ALGS) {
    try {
      const p = PARAMS[alg];
      const signing = (await crypto.subtle.generateKey(p.sign, options.extractable ?? false, ['sign', 'verify'])) as CryptoKeyPair;
      const agreement = (await crypto.subtle.generateKey(p.agree, options.extractable ?? false, ['deriveBits'])) as CryptoKeyPair;
      const pub: PublicIdentity = { alg, sign: await raw(signing.publicKey), agree: await raw(agreement.publicKey) };
      return { id: await memberId(pub), public: pub, signKey: signing.privateKey, agreeKey: agreement.privateKey };
    } catch {
      // This browser lacks the algorithm: try the next.
    }
  }
  throw new Error('no supported key algorithm');
}

const sha256 = async (text: string) => new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

export async function memberId(pub: PublicIdentity): Promise<string> {
  return base64urlnopad.encode(await sha256(canonicalize(pub)!)).slice(0, 22);
}

/**
 * The key's fingerprint for comparing aloud: 30 digits in six groups, from the SHA-256 of both
 * public keys (as messengers show safety numbers).
 */
export async function fingerprint(pub: PublicIdentity): Promise<string> {
  const hash = await sha256(`chat-steward fingerprint\u0000${canonicalize(pub)}`);
  const groups: string[] = [];
  for (let g = 0; g < 6; g++) {
    const n = hash.slice(g * 5, g * 5 + 5).reduce((acc, b) => acc * 256 + b, 0);
    groups.push(String(n % 100000).padStart(5, '0'));
  }
  return groups.join(' ');
}

/** A value's canonical JSON, or '' when it has none (a lone surrogate): equal texts, equal values. */
export function canonicalText(value: unknown): string {
  try {
    return canonicalize(value) ?? '';
  } catch {
    return '';
  }
}

/** The bytes a signature covers: canonical JSON (RFC 8785), so every peer encodes a value alike. */
export function signedBytes(value: unknown): Uint8Array {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('not representable as canonical JSON');
  return new TextEncoder().encode(text);
}

export async function sign(identity: Pick<Identity, 'public' | 'signKey'>, value: unknown): Promise<string> {
  const signature = await crypto.subtle.sign(PARAMS[identity.public.alg].signature, identity.signKey, signedBytes(value) as BufferSource);
  return base64urlnopad.encode(new Uint8Array(signature));
}

/** Imported public keys, by their text: a school year's records are signed by a handful of keys. */
const verifyKeys = new Map<string, Promise<CryptoKey>>();

function verifyKey(pub: PublicIdentity): Promise<CryptoKey> {
  const cacheKey = `${pub.alg}:${pub.sign}`;
  let key = verifyKeys.get(cacheKey);
  if (!key) {
    if (verifyKeys.size > 1000) verifyKeys.clear();
    key = crypto.subtle.importKey('raw', base64urlnopad.decode(pub.sign) as BufferSource, PARAMS[pub.alg].sign, false, ['verify']);
    verifyKeys.set(cacheKey, key);
  }
  return key;
}

/** False for a bad signature, a key that does not import, or a value with no canonical form. */
export async function verify(pub: PublicIdentity, value: unknown, signature: string): Promise<boolean> {
  try {
    return await crypto.subtle.verify(PARAMS[pub.alg].signature, await verifyKey(pub), base64urlnopad.decode(signature) as BufferSource, signedBytes(value) as BufferSource);
  } catch {
    return false;
  }
}

/** An identity as a file holds it (the always-on member's, whose keys were made extractable for it). */
export const identityFileSchema = z.object({ public: publicIdentitySchema, sign: z.record(z.string(), z.unknown()), agree: z.record(z.string(), z.unknown()) });
export type IdentityFile = z.infer<typeof identityFileSchema>;

export async function exportIdentity(identity: Identity): Promise<IdentityFile> {
  const jwk = async (key: CryptoKey) => (await crypto.subtle.exportKey('jwk', key)) as Record<string, unknown>;
  return { public: identity.public, sign: await jwk(identity.signKey), agree: await jwk(identity.agreeKey) };
}

/** An identity from its file; `extractable` keeps the keys exportable, so a restored identity can be backed up again. */
export async function importIdentity(file: IdentityFile, extractable = false): Promise<Identity> {
  const p = PARAMS[file.public.alg];
  return {
    id: await memberId(file.public),
    public: file.public,
    signKey: await crypto.subtle.importKey('jwk', file.sign as JsonWebKey, p.sign, extractable, ['sign']),
    agreeKey: await crypto.subtle.importKey('jwk', file.agree as JsonWebKey, p.agree, extractable, ['deriveBits']),
  };
}
