// y-leveldb ships types its package.json "exports" hides from TypeScript: the part the keeper uses.
declare module 'y-leveldb' {
  import type * as Y from 'yjs';
  export class LeveldbPersistence {
    constructor(location: string);
    getYDoc(docName: string): Promise<Y.Doc>;
    storeUpdate(docName: string, update: Uint8Array): Promise<number>;
    flushDocument(docName: string): Promise<void>;
    getMeta(docName: string, metaKey: string): Promise<unknown>;
    setMeta(docName: string, metaKey: string, value: unknown): Promise<void>;
    destroy(): Promise<void>;
  }
}
