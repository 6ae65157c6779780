import Dexie, { type EntityTable } from 'dexie';
import { createIdentity, type Identity } from './identity';

interface StoredIdentity extends Identity {
  slot: 'me';
}

/**
 * This browser's identity in the extension's own IndexedDB. The private keys are stored as
 * CryptoKey objects, made non-extractable: they sign here and cannot be read out, not even by
 * the extension.
 */
export class IdentityDb extends Dexie {
  identities!: EntityTable<StoredIdentity, 'slot'>;

  constructor(name = 'chat-steward-identity') {
    super(name);
    this.version(1).stores({ identities: '&slot' });
  }
}

/** This browser's identity, made on first use (two pages asking at once get the same one). */
export async function loadIdentity(db: IdentityDb): Promise<Identity> {
  const held = await db.identities.get('me');
  if (held) return held;
  const fresh = await createIdentity();
  try {
    await db.identities.add({ slot: 'me', ...fresh });
    return fresh;
  } catch {
    return (await db.identities.get('me'))!;
  }
}
