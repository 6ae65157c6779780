import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ModerationAction } from '@/core/moderation/actions';
import { exportTeamFile, importTeamFile } from '@/core/team/file';
import { decodeInvite, encodeInvite, isExpired, newTeam, reissue, signalingTopic, type Invite } from '@/core/team/invite';
import { parseEnvelope, toWire } from '@/core/team/signed-record';
import { chatKey } from '@/core/chat-key';
import { summarise } from '@/core/moderation/participants';
import { base64urlnopad } from '@scure/base';
import { recordsMap } from '@/core/team/doc';
import { createIdentity } from '@/core/team/identity';

const NOW = Date.parse('2026-11-23T10:00:00Z');
const owner = { id: 'o'.repeat(22), name: 'Иванова', key: { alg: 'ed25519' as const, sign: 'k'.repeat(43), agree: 'a'.repeat(43) } };
const team = (name = 'Модераторы 7Б', signaling = ['ws://127.0.0.1:4444']): Invite => newTeam(name, owner, signaling, undefined, NOW);

/** Convergence is Yjs's part: envelopes here carry no real signature (the replica tests check those). */
function addRecord(doc: Y.Doc, action: ModerationAction): void {
  if (!recordsMap(doc).has(action.id)) recordsMap(doc).set(action.id, toWire({ record: action, by: 'b'.repeat(22), sig: 'unchecked' }));
}

/** Every valid record of a doc, in a deterministic order (time, then id), and how many were not. */
function readRecords(doc: Y.Doc) {
  let invalid = 0;
  const records: ModerationAction[] = [];
  recordsMap(doc).forEach((value, id) => {
    const parsed = parseEnvelope(id, value);
    if (parsed.ok) records.push(parsed.envelope.record);
    else invalid++;
  });
  records.sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { records, invalid };
}

/** Each chat's participants as the panel shows them (`summarise`, which the store's overview uses), chats in key order. */
function deriveState(records: ModerationAction[], now: number) {
  const chats = [...new Set(records.map((r) => chatKey(r.chat)))].sort();
  return chats.flatMap((chat) => summarise(records.filter((r) => chatKey(r.chat) === chat), now).map((p) => ({ chat, ...p })));
}
const chats = [
  { site: 'max' as const, id: '-1', title: '7Б' },
  { site: 'vk' as const, id: '2000000005', title: '9А' },
];
const people = ['petrov', 'sidorova', 'ivanov'].map((id) => ({ id, name: id }));

/** A random moderator action made by peer `peer` as its `n`-th edit. */
const actionArb = (peer: number, n: number) =>
  fc.record({
    chat: fc.constantFrom(...chats),
    subject: fc.constantFrom(...people),
    kind: fc.constantFrom('violation', 'blocked', 'unblocked', 'objection', 'objection-withdrawn', 'note'),
    minutes: fc.integer({ min: 0, max: 600 }),
    objector: fc.constantFrom('Орлова', 'Зайцев'),
  }).map(
    ({ chat, subject, kind, minutes, objector }) =>
      ({
        id: `01K${peer}${String(n).padStart(4, '0')}${minutes}`,
        time: NOW - 600 * 60_000 + minutes * 60_000,
        actor: `peer${peer}`,
        chat,
        subject,
        clauses: [],
        kind,
        ...(kind === 'note' ? { text: 'заметка' } : { reason: 'нарушение правил' }),
        ...(kind === 'blocked' ? { until: NOW + 86_400_000 } : {}),
        ...(kind === 'unblocked' ? { apology: true, objections: false } : {}),
        ...(kind.startsWith('objection') ? { objector } : {}),
      }) as ModerationAction,
  );

const editsArb = (peers: number) =>
  fc.tuple(...Array.from({ length: peers }, (_, p) => fc.integer({ min: 0, max: 12 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, n) => actionArb(p, n))))));

/** Each peer edits offline, then updates are exchanged in an arbitrary order, some twice. */
function converge(edits: ModerationAction[][], order: number[]) {
  const docs = edits.map((mine) => {
    const doc = new Y.Doc();
    for (const a of mine) addRecord(doc, a);
    return doc;
  });
  const updates = docs.map((d) => Y.encodeStateAsUpdate(d));
  for (const target of docs) for (const i of order) Y.applyUpdate(target, updates[i % updates.length]);
  for (const target of docs) for (const update of updates) Y.applyUpdate(target, update);
  return docs.map((d) => {
    const { records, invalid } = readRecords(d);
    return { ids: records.map((r) => r.id), state: deriveState(records, NOW), invalid };
  });
}

describe('team doc: concurrent offline edits converge', () => {
  it.each([2, 3])('%i peers end with the same records and the same derived state, losing no count', (peers) => {
    fc.assert(
      fc.property(editsArb(peers), fc.array(fc.nat(), { maxLength: 8 }), (edits, order) => {
        const results = converge(edits as ModerationAction[][], order);
        const allIds = [...new Set(edits.flat().map((a) => a.id))].sort();
        for (const r of results) {
          expect([...r.ids].sort()).toEqual(allIds);
          expect(r).toEqual(results[0]);
          expect(r.invalid).toBe(0);
        }
        const violations = new Set(edits.flat().filter((a) => a.kind === 'violation').map((a) => a.id)).size;
        const strikesSeen = results[0].state.reduce((sum, s) => sum + s.strikes, 0);
        expect(strikesSeen).toBeLessThanOrEqual(violations);
      }),
      { numRuns: 150 },
    );
  });

  it('counts strikes from both peers after they meet', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const v = (id: string, actor: string, minutes: number) =>
      ({ id, time: NOW - minutes * 60_000, actor, chat: chats[0], subject: people[0], clauses: [], kind: 'violation', reason: 'грубость' }) as ModerationAction;
    addRecord(a, v('01A', 'Иванова', 30));
    addRecord(a, v('01B', 'Иванова', 20));
    addRecord(b, v('01C', 'Петрова', 25));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b]) expect(deriveState(readRecords(doc).records, NOW)).toMatchObject([{ strikes: 3, lastAuthor: 'Иванова' }]);
  });

  it('keeps an objection made offline against a block made by a co-moderator, until it is withdrawn', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const rec = (id: string, actor: string, minutes: number, extra: object) =>
      ({ id, time: NOW - minutes * 60_000, actor, chat: chats[0], subject: people[0], clauses: [], ...extra }) as unknown as ModerationAction;
    addRecord(a, rec('01A', 'Иванова', 60, { kind: 'blocked', until: NOW + 86_400_000, reason: 'оскорбления' }));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    addRecord(b, rec('01B', 'Петрова', 30, { kind: 'objection', objector: 'Орлова' }));
    addRecord(a, rec('01C', 'Иванова', 20, { kind: 'objection', objector: 'Зайцев' }));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b]) expect(deriveState(readRecords(doc).records, NOW)).toMatchObject([{ objectors: ['Орлова', 'Зайцев'] }]);
    addRecord(b, rec('01D', 'Петрова', 10, { kind: 'objection-withdrawn', objector: 'орлова' }));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(deriveState(readRecords(a).records, NOW)).toMatchObject([{ objectors: ['Зайцев'] }]);
  });
});

describe('invite codes', () => {
  it('round-trip the team, its owner, the invite’s expiry, room, secret and signaling; a new team gets a 256-bit secret', async () => {
    const me = await createIdentity();
    const invite = newTeam('Модераторы 7Б', { id: me.id, name: 'Иванова', key: me.public }, ['ws://127.0.0.1:4444', 'wss://signal.school.ru'], undefined, NOW);
    expect(invite.secret.length).toBeGreaterThanOrEqual(43);
    expect(decodeInvite(encodeInvite(invite))).toEqual(invite);
    expect(team().room).not.toBe(invite.room);
    expect(invite.expires).toBe(NOW + 7 * 86_400_000);
  });

  it('a new invite to the same team has its own id and expiry', () => {
    const first = team();
    const next = reissue(first, 1, NOW);
    expect(next).toMatchObject({ teamId: first.teamId, room: first.room, secret: first.secret, expires: NOW + 86_400_000 });
    expect(next.id).not.toBe(first.id);
    expect(isExpired(next, NOW + 2 * 86_400_000)).toBe(true);
    expect(isExpired(first, NOW + 2 * 86_400_000)).toBe(false);
  });

  it('refuses anything else', () => {
    expect(decodeInvite('hello')).toBeNull();
    expect(decodeInvite('STEWARD2:!!!')).toBeNull();
    const code = encodeInvite(team());
    expect(decodeInvite(code.slice(0, -4))).toBeNull();
    // An invite without the owner's key (as the first version made them).
    const { owner: _o, ...noOwner } = team();
    expect(decodeInvite(`STEWARD2:${base64urlnopad.encode(new TextEncoder().encode(JSON.stringify(noOwner)))}`)).toBeNull();
  });
});

describe('encrypted team file', () => {
  it('merges a co-moderator’s state offline, and only with the right secret', async () => {
    const { room, secret } = team();
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    addRecord(theirs, { id: '01T', time: NOW, actor: 'Петрова', chat: chats[1], subject: people[1], clauses: [], kind: 'violation', reason: 'спам' } as ModerationAction);
    const file = await exportTeamFile(theirs, room, secret);
    expect(file).not.toContain('Петрова');
    expect(await importTeamFile(mine, file, room, team().secret)).toEqual({ ok: false, problem: 'wrong-secret' });
    expect(await importTeamFile(mine, file, 'another-room-id-123', secret)).toEqual({ ok: false, problem: 'other-team' });
    expect(await importTeamFile(mine, '{}', room, secret)).toEqual({ ok: false, problem: 'not-a-team-file' });
    expect(readRecords(mine).records).toEqual([]);
    expect(await importTeamFile(mine, file, room, secret)).toEqual({ ok: true, added: 1 });
    expect(await importTeamFile(mine, file, room, secret)).toEqual({ ok: true, added: 0 });
    expect(readRecords(mine).records.map((r) => r.actor)).toEqual(['Петрова']);
  });
});

describe('signaling topic', () => {
  it('is derived from the secret: stable, not the room id, different for another secret', async () => {
    const invite = team();
    const topic = await signalingTopic(invite);
    expect(topic).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(topic).not.toContain(invite.room);
    expect(await signalingTopic(invite)).toBe(topic);
    expect(await signalingTopic({ ...invite, secret: team().secret })).not.toBe(topic);
  });
});

describe('an envelope as a peer wrote it', () => {
  const record = { time: NOW, actor: 'Иванова', chat: chats[0], clauses: ['4.5'], kind: 'violation', subject: people[0], reason: 'Грубость' };
  const by = 'b'.repeat(22);
  it('is read when its record is an object as JSON gives, and refused when the record is anything else', () => {
    expect(parseEnvelope('01K1', { r: record, by, sig: 's' })).toMatchObject({ ok: true, envelope: { by, sig: 's', record: { id: '01K1', kind: 'violation' } } });
    const inner = new Y.Doc().getMap('x');
    class Record {
      kind = 'violation';
    }
    for (const r of [null, 'text', 7, [record], inner, new Record(), new Map(Object.entries(record))]) {
      expect(parseEnvelope('01K1', { r, by, sig: 's' })).toMatchObject({ ok: false, problem: 'invalid' });
    }
    for (const broken of [{ r: record, by: 7, sig: 's' }, { r: record, by, sig: '' }, { r: record, by, sig: 'x'.repeat(201) }, { r: record, by }, null, 'text']) {
      expect(parseEnvelope('01K1', broken)).toMatchObject({ ok: false });
    }
    expect(parseEnvelope('01K1', { ...record, id: '01K1' })).toMatchObject({ ok: false, problem: 'unsigned' });
  });
});
