import { gzipSync } from 'node:zlib';
import * as Y from 'yjs';
import { recordsMap } from '../../core/team/doc';
import { signRecord, toWire } from '../../core/team/signed-record';
import { schoolYear } from './school-year';
import { signedTeam } from './signed-team';

/** The signed Y.Doc of a school year against gzip JSON of the same records, and one signed action's update. */
export async function teamDocSize() {
  const records = schoolYear();
  const { doc, owner, team, authors } = await signedTeam(records);
  const state = Y.encodeStateAsUpdate(doc);
  const json = Buffer.from(JSON.stringify(records));

  let oneUpdate = 0;
  doc.on('update', (update: Uint8Array) => (oneUpdate = update.length));
  // A ULID as the extension makes them (26 characters).
  const next = { ...records[0], id: '01KZZZZZZZZZZZZZZZZZZZZZZZ', time: records[0].time + 1 };
  recordsMap(doc).set(next.id, toWire(await signRecord(authors.get(next.actor)!, team, next)));
  return { records: records.length, docBytes: state.length, docGzipBytes: gzipSync(state).length, jsonGzipBytes: gzipSync(json).length, jsonBytes: json.length, oneUpdate, state, owner, team };
}
