import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { expect, it, vi } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { createReceiver, createSender, type ReadyFrames } from '@/core/team/chunking';
import { readyYear, syncRequest, type ReadyKeep } from '@/entrypoints/shared/ready-year';

/** A doc of `count` records of about 300 bytes: 2 000 make more than the 1 MB a ready copy is kept for. */
function yearOf(count: number): Y.Doc {
  const doc = new Y.Doc();
  const records = doc.getMap('records');
  doc.transact(() => {
    for (let i = 0; i < count; i++) records.set(`r${i}`, { r: { kind: 'violation', reason: `Нарушение правил чата номер ${i} `.repeat(8) }, by: 'author', sig: 'x'.repeat(86) });
  });
  return doc;
}

const requestFrom = (doc: Y.Doc) => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
};

/** The newcomer's end: what the holder sends goes through the framing, and each message is read as y-webrtc reads it. */
function newcomer() {
  const doc = new Y.Doc();
  const messages: Uint8Array[] = [];
  const receive = createReceiver((message) => {
    messages.push(message);
    const decoder = decoding.createDecoder(message);
    expect(decoding.readVarUint(decoder)).toBe(0);
    syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, 'holder');
  });
  const send = createSender(receive);
  return { doc, messages, send: (m: Uint8Array | ReadyFrames) => send(m) };
}

it('answers a newcomer from the ready copy and then with what changed since, which together are the whole doc', async () => {
  const holder = yearOf(3000);
  const year = readyYear(holder);
  await year.prepare();
  expect(year.holdsCopy).toBe(true);
  // Changes after the copy was made: a new record, another one.
  holder.getMap('records').set('late', { r: { kind: 'note' }, by: 'author', sig: 'y' });
  holder.getMap('records').set('later', { r: { kind: 'changed' }, by: 'author', sig: 'z' });

  const fresh = newcomer();
  expect(year.answer(requestFrom(fresh.doc), fresh.send)).toBe(true);
  await vi.waitFor(() => expect(fresh.messages).toHaveLength(2));
  expect(fresh.messages[0].length).toBeGreaterThan(1 << 20);
  expect(fresh.messages[1].length).toBeLessThan(2000);
  expect(fresh.doc.getMap('records').toJSON()).toEqual(holder.getMap('records').toJSON());
  expect(Y.encodeStateVector(fresh.doc)).toEqual(Y.encodeStateVector(holder));

  // A second newcomer gets the same copy (not made again) and the same whole.
  const second = newcomer();
  expect(year.answer(requestFrom(second.doc), second.send)).toBe(true);
  await vi.waitFor(() => expect(second.messages).toHaveLength(2));
  expect(Buffer.from(second.messages[0]).equals(Buffer.from(fresh.messages[0]))).toBe(true);
  expect(second.doc.getMap('records').toJSON()).toEqual(holder.getMap('records').toJSON());
});

it('never sends again in its copy what was deleted since it was made (a team’s retention)', async () => {
  const holder = yearOf(3000);
  holder.getMap('records').set('expired', { r: { reason: 'Запись старше срока хранения' }, by: 'author', sig: 'x' });
  const year = readyYear(holder);
  await year.prepare();
  // A member's newer checkpoint replaces its older one: that keeps the copy.
  holder.getMap('checkpoints').set('author', { count: 1 });
  holder.getMap('checkpoints').set('author', { count: 2 });
  expect(year.holdsCopy).toBe(true);
  holder.getMap('records').delete('expired');
  expect(year.holdsCopy).toBe(false);
  const fresh = newcomer();
  year.answer(requestFrom(fresh.doc), fresh.send);
  await vi.waitFor(() => expect(fresh.messages).toHaveLength(2));
  const sent = Buffer.concat(fresh.messages);
  expect(sent.includes(Buffer.from('Запись старше срока хранения'))).toBe(false);
  expect(sent.includes(Buffer.from('Нарушение правил чата номер 7 '))).toBe(true);
  expect(fresh.doc.getMap('records').has('expired')).toBe(false);
});

it('makes the copy again, when next asked for, once what changed since has grown', async () => {
  const holder = yearOf(3000);
  const year = readyYear(holder);
  await year.prepare();
  holder.transact(() => {
    for (let i = 0; i < 1200; i++) holder.getMap('records').set(`new${i}`, { r: { reason: 'Новая запись '.repeat(20) }, by: 'author', sig: 'x'.repeat(86) });
  });
  const fresh = newcomer();
  year.answer(requestFrom(fresh.doc), fresh.send);
  await vi.waitFor(() => expect(fresh.messages).toHaveLength(2));
  expect(year.holdsCopy).toBe(false);
  expect(fresh.doc.getMap('records').size).toBe(holder.getMap('records').size);
});

it('leaves to y-webrtc a member only a little behind, a small doc, and any other message', async () => {
  const holder = yearOf(3000);
  const year = readyYear(holder);
  const member = new Y.Doc();
  Y.applyUpdate(member, Y.encodeStateAsUpdate(holder));
  holder.getMap('records').set('one more', { r: {}, by: 'author', sig: 'x' });
  const sent: unknown[] = [];
  expect(year.answer(requestFrom(member), (m) => sent.push(m))).toBe(false);
  expect(year.holdsCopy).toBe(false);

  // A doc under the size a copy is kept for is answered as asked, whole, in one message.
  const small = yearOf(1500);
  const smallYear = readyYear(small);
  const fresh = newcomer();
  expect(smallYear.answer(requestFrom(fresh.doc), fresh.send)).toBe(true);
  await vi.waitFor(() => expect(fresh.messages).toHaveLength(1));
  expect(fresh.doc.getMap('records').size).toBe(1500);
  expect(smallYear.holdsCopy).toBe(false);
});

it('reads nothing but a well-formed sync request (hostile or broken bytes go to y-webrtc as before)', () => {
  const holder = yearOf(10);
  const year = readyYear(holder);
  const request = requestFrom(new Y.Doc());
  expect(syncRequest(request)).toEqual(new Map());
  const junk = [new Uint8Array(), Uint8Array.of(0), Uint8Array.of(0, 0), Uint8Array.of(0, 0, 5, 1), Uint8Array.of(1, 0, 0), Uint8Array.of(0, 1, 0), Uint8Array.of(0, 0, 1, 1, 255, 255, 255, 255, 255, 255, 255), new Uint8Array([...request, 7])];
  for (const message of junk) {
    expect(syncRequest(message)).toBeNull();
    expect(year.answer(message, () => expect.unreachable())).toBe(false);
  }
});

it('answers from a copy kept while the team slept, the doc read back from disk and changed since, without making it again', async () => {
  const holder = yearOf(3000);
  const keep: ReadyKeep = { copy: null };
  const before = readyYear(holder, keep);
  await before.prepare();
  const made = keep.copy;
  before.stop();

  // Asleep, then woken: the doc is read back from disk, and changes on waking.
  const woken = new Y.Doc();
  Y.applyUpdate(woken, Y.encodeStateAsUpdate(holder));
  const year = readyYear(woken, keep);
  woken.getMap('records').set('after waking', { r: { kind: 'note' }, by: 'author', sig: 'w' });
  const fresh = newcomer();
  expect(year.answer(requestFrom(fresh.doc), fresh.send)).toBe(true);
  await vi.waitFor(() => expect(fresh.messages).toHaveLength(2));
  expect(keep.copy).toBe(made);
  expect(fresh.doc.getMap('records').toJSON()).toEqual(woken.getMap('records').toJSON());

  // Deleted on waking (the team's retention): the kept copy goes.
  woken.getMap('records').delete('r1');
  expect(keep.copy).toBeNull();
});
