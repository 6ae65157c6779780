import { gzipSync } from 'node:zlib';
import * as Y from 'yjs';
import { addRecord } from '../../core/team/doc';
import { schoolYear } from './school-year';

/** The Y.Doc of a school year against gzip JSON of the same records, and one action's update. */
export function teamDocSize() {
  const records = schoolYear();
  const doc = new Y.Doc();
  doc.transact(() => records.forEach((r) => addRecord(doc, r)));
  const state = Y.encodeStateAsUpdate(doc);
  const json = Buffer.from(JSON.stringify(records));

  let oneUpdate = 0;
  doc.on('update', (update: Uint8Array) => (oneUpdate = update.length));
  addRecord(doc, { ...records[0], id: '01KZZZZZZZZZZZZ', time: records[0].time + 1 });
  return { records: records.length, docBytes: state.length, docGzipBytes: gzipSync(state).length, jsonGzipBytes: gzipSync(json).length, jsonBytes: json.length, oneUpdate, state };
}
