import { expect, it } from 'vitest';
import { prepareRoomKey, rememberRoomKeys } from '@/entrypoints/shared/room-keys';

/** y-webrtc's own derivation (y-webrtc/src/crypto.js), through the given WebCrypto. */
async function yWebrtcKey(subtle: Pick<SubtleCrypto, 'importKey' | 'deriveKey'>, secret: string, room: string) {
  const material = await subtle.importKey('raw', new TextEncoder().encode(secret).buffer, 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey({ name: 'PBKDF2', salt: new TextEncoder().encode(room).buffer, iterations: 100000, hash: 'SHA-256' }, material, { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

const raw = async (key: CryptoKey) => new Uint8Array(await crypto.subtle.exportKey('raw', key));

it('answers y-webrtc’s derivation of a room key with the one prepared, and derives anew for another secret or room', async () => {
  const subtle = { importKey: crypto.subtle.importKey.bind(crypto.subtle), deriveKey: crypto.subtle.deriveKey.bind(crypto.subtle) };
  rememberRoomKeys(subtle);
  rememberRoomKeys(subtle);
  const prepared = await prepareRoomKey('секрет команды', 'room-topic', subtle);
  const asked = await yWebrtcKey(subtle, 'секрет команды', 'room-topic');
  expect(asked).toBe(prepared);
  // The same key WebCrypto derives without the memory.
  expect(await raw(asked)).toEqual(await raw(await yWebrtcKey(crypto.subtle, 'секрет команды', 'room-topic')));
  const otherRoom = await yWebrtcKey(subtle, 'секрет команды', 'other-topic');
  const otherSecret = await yWebrtcKey(subtle, 'другой секрет', 'room-topic');
  expect(await raw(otherRoom)).not.toEqual(await raw(asked));
  expect(await raw(otherSecret)).not.toEqual(await raw(asked));
  expect(await raw(otherRoom)).toEqual(await raw(await yWebrtcKey(crypto.subtle, 'секрет команды', 'other-topic')));
  // Other derivations go through as they came.
  const hkdf = await subtle.importKey('raw', new Uint8Array(32), 'HKDF', false, ['deriveKey']);
  const derive = () => subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(8), info: new Uint8Array(0) }, hkdf, { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  expect(await derive()).not.toBe(await derive());
});

it('forgets a derivation that failed, so it is tried again', async () => {
  let fail = true;
  const subtle = {
    importKey: crypto.subtle.importKey.bind(crypto.subtle),
    deriveKey: ((...args: Parameters<SubtleCrypto['deriveKey']>) => (fail ? Promise.reject(new Error('busy')) : crypto.subtle.deriveKey(...args))) as SubtleCrypto['deriveKey'],
  };
  rememberRoomKeys(subtle);
  expect(await prepareRoomKey('s', 'r', subtle)).toBeNull();
  fail = false;
  expect(await yWebrtcKey(subtle, 's', 'r')).toBeInstanceOf(CryptoKey);
});
