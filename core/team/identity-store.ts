import Dexie, { type EntityTable } from 'dexie';
import { createIdentity, type Identity } from './identity';

interface StoredIdentity extends Identity {
  slot: 'me';
}

/**
 * This browser's identity in the extension's own IndexedDB, as CryptoKey objects. They can be read
 * out by the extension's own pages only to write a passphrase-sealed backup (identity-backup.ts);
 * no web page can reach this database. Identities made by builds before the backup existed are
 * non-extractable and say so when a backup is asked for.
 */
export class IdentityDb extends Dexie {
  identities!: EntityTable<StoredIdentity, 'slot'>;

  constructor(name = 'chat-steward-identity') {
    super(name);
    this.version(1).stores({ identities: '&slot' });
  }
}

/** Puts a restored identity in place of this browser's (the team is reopened with it by the caller). */
export async function replaceIdentity(db: IdentityDb, identity: Identity): Promise<void> {
  await db.identities.put({ slot: 'me', ...identity });
}

/** This browser's identity, made on first use (two pages asking at once get the same one). */
export async function loadIdentity(db: IdentityDb): Promise<Identity> {
  const held = await db.identities.get('me');
  if (held) return held;
  const fresh = await createIdentity({ extractable: true });
  try {
    await db.identities.add({ slot: 'me', ...fresh });
    return fresh;
  } catch {
    return (await db.identities.get('me'))!;
  }
}
