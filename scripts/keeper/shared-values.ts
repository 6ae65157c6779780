import type * as Y from 'yjs';
import { recordsMap } from '../../core/team/doc';

type Json = unknown;

/** How deep into a record's parts equal ones are looked for (a chat's title is at 1, a clause at 1). */
const MAX_DEPTH = 2;

/**
 * The doc decodes every record's strings and objects anew: a school year holds «violation», each
 * chat and each moderator's name thousands of times over. The keeper holds the doc for months, so
 * equal parts of its records are made one object, in place: every value stays equal to what it
 * was, so nothing the doc encodes or the replica reads changes, and a third of its memory goes.
 * Each record's signature is its own and is left alone.
 */
export function shareEqualValues(doc: Y.Doc): () => void {
  const pool = new Map<string, Json>();
  const one = (value: Json, depth = 0): Json => {
    if (typeof value === 'string') return pooled(value, value);
    // A record's parts are a level or two deep; anything deeper is a peer's junk, left as it came.
    if (!value || typeof value !== 'object' || depth >= MAX_DEPTH) return value;
    const parts = value as Record<string, Json>;
    for (const key of Object.keys(parts)) parts[key] = one(parts[key], depth + 1);
    return pooled(JSON.stringify(value), value);
  };
  const pooled = (key: string, value: Json) => {
    const held = pool.get(key);
    if (held !== undefined) return held;
    pool.set(key, value);
    return value;
  };
  const share = (value: Json) => {
    const envelope = value as { r?: Json; by?: Json } | null;
    if (!envelope || typeof envelope !== 'object') return;
    if (envelope.r && typeof envelope.r === 'object') for (const [key, part] of Object.entries(envelope.r)) (envelope.r as Record<string, Json>)[key] = one(part);
    if (typeof envelope.by === 'string') envelope.by = one(envelope.by);
  };
  const map = recordsMap(doc);
  map.forEach(share);
  const observer = (event: Y.YMapEvent<unknown>) => event.keysChanged.forEach((key) => share(map.get(key)));
  map.observe(observer);
  return () => map.unobserve(observer);
}
