import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { recordsMap } from '@/core/team/doc';
import { shareEqualValues } from '../../scripts/keeper/shared-values';

const envelope = (n: number) => ({
  r: { time: 1756713600000 + n, kind: 'violation', chat: { site: 'max', id: '-70000000000', title: '5А — класс' }, clauses: ['4.5'], subject: { id: `u${n}`, name: `Участник ${n}` } },
  by: 'member-1',
  sig: `signature-${n}`,
});
type Shape = ReturnType<typeof envelope>;

describe('keeper: equal parts of records made one', () => {
  it('shares equal chats and clauses, loaded and arriving, and the doc encodes exactly as before', () => {
    const doc = new Y.Doc();
    const map = recordsMap(doc);
    map.set('a', envelope(1));
    map.set('b', envelope(2));
    // Whatever a peer wrote under a record key: not an envelope, or an envelope of odd parts.
    map.set('junk', 'не запись');
    map.set('odd', { r: null, by: 7, sig: [] });
    let deep: unknown = '5А — класс';
    for (let i = 0; i < 500; i++) deep = { a: [deep] };
    map.set('deep', { r: { chat: deep } });
    const before = Y.encodeStateAsUpdate(doc);
    const stop = shareEqualValues(doc);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    const [a, b] = [map.get('a') as Shape, map.get('b') as Shape];
    expect(a).toEqual(envelope(1));
    expect(a.r.chat).toBe(b.r.chat);
    expect(a.r.clauses).toBe(b.r.clauses);
    expect(a.r.subject).not.toBe(b.r.subject);
    expect(JSON.stringify(map.get('deep'))).toBe(JSON.stringify({ r: { chat: deep } }));

    // A record from a peer, decoded anew by Yjs, is shared on arrival.
    const peer = new Y.Doc();
    recordsMap(peer).set('c', envelope(3));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    expect((map.get('c') as Shape).r.chat).toBe(a.r.chat);
    stop();
    const later = new Y.Doc();
    recordsMap(later).set('d', envelope(4));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(later));
    expect((map.get('d') as Shape).r.chat).not.toBe(a.r.chat);
  });
});
