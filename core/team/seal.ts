import { z } from 'zod';
import { base64urlnopad } from '@scure/base';
import { PARAMS, type Alg, type Identity, type PublicIdentity } from './identity';

/**
 * A secret sealed to several members: one ephemeral agreement key per algorithm, and for each
 * member the secret encrypted (AES-GCM) under a key derived (HKDF) from their agreement key and
 * the ephemeral one. Only the holders of those members' private keys can open it.
 */
export const sealedSchema = z.object({
  eph: z.object({ ed25519: z.string().max(200).optional(), p256: z.string().max(200).optional() }),
  boxes: z.record(z.string().max(40), z.string().max(400)).refine((b) => Object.keys(b).length <= 200),
});
export type Sealed = z.infer<typeof sealedSchema>;

const INFO = new TextEncoder().encode('chat-steward sealed secret');

async function boxKey(alg: Alg, privateKey: CryptoKey, publicKey: CryptoKey, salt: string): Promise<CryptoKey> {
  const bits = await crypto.subtle.deriveBits({ name: PARAMS[alg].agree.name, public: publicKey } as EcdhKeyDeriveParams, privateKey, 256);
  const material = await crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new TextEncoder().encode(salt), info: INFO },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

const importAgree = (alg: Alg, text: string) => crypto.subtle.importKey('raw', base64urlnopad.decode(text) as BufferSource, PARAMS[alg].agree, false, []);

/** Seals `secret` to each member (by id); the member id salts the key, so boxes cannot be swapped. */
export async function seal(secret: Uint8Array, to: Array<{ id: string; key: PublicIdentity }>): Promise<Sealed> {
  const sealed: Sealed = { eph: {}, boxes: {} };
  const ephemeral = new Map<Alg, CryptoKeyPair>();
  for (const member of to) {
    const alg = member.key.alg;
    if (!ephemeral.has(alg)) {
      const pair = (await crypto.subtle.generateKey(PARAMS[alg].agree, true, ['deriveBits'])) as CryptoKeyPair;
      ephemeral.set(alg, pair);
      sealed.eph[alg] = base64urlnopad.encode(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
    }
    const key = await boxKey(alg, ephemeral.get(alg)!.privateKey, await importAgree(alg, member.key.agree), member.id);
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, secret as BufferSource));
    sealed.boxes[member.id] = base64urlnopad.encode(new Uint8Array([...iv, ...data]));
  }
  return sealed;
}

/** The secret sealed to this member, or null when there is no box for them or it does not open. */
export async function unseal(sealed: Sealed, me: Identity): Promise<Uint8Array | null> {
  const box = sealed.boxes[me.id];
  const eph = sealed.eph[me.public.alg];
  if (!box || !eph) return null;
  try {
    const bytes = base64urlnopad.decode(box);
    const key = await boxKey(me.public.alg, me.agreeKey, await importAgree(me.public.alg, eph), me.id);
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.slice(0, 12) }, key, bytes.slice(12)));
  } catch {
    return null;
  }
}
