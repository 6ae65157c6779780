import Dexie, { type EntityTable, type Table } from 'dexie';
import { instantSchema, moderationActionSchema, type ModerationAction } from '../moderation/actions';
import { chatKey } from '../chat-key';
import { subjectKey } from '../moderation/subject-id';
import type { ChatOverviewRow } from './overview';
import type { Incident, Refusal } from '../team/incidents';
import type { ReportDigest } from '../report/digest';
import { packedIds, packSigned, readSigned, signedEntries, type SignedBytes, type SignedEntry } from './signed-bytes';

/**
 * Where a record came from: this moderator ('own'), a co-moderator over sync ('team'), a
 * co-moderator's encrypted team file ('team-file'), or a JSON log file ('import').
 */
export type Source = 'own' | 'team' | 'team-file' | 'import';

export interface Provenance {
  source: Source;
  /** The co-moderator who wrote it, when the team doc says so. */
  member: string | null;
  /** The team (room) it arrived from; null for own and imported records. */
  team: string | null;
}

export const OWN: Provenance = { source: 'own', member: null, team: null };
export const IMPORTED: Provenance = { source: 'import', member: null, team: null };

/** A team record's signer and signature, kept so the record can be written back to the team as it was signed. */
export interface Signature {
  by: string;
  sig: string;
}

/** A log row: the action as validated on arrival, where it came from, and the keys it is found by. */
export type LogRow = ModerationAction & Provenance & { chatKey: string; subjectKey: string | null; signed?: Signature };

/** What a record is filed under in the store: enough to place it, without its content. */
export type FiledRow = Pick<LogRow, 'id' | 'time' | 'chatKey' | 'subjectKey'> & Provenance;

/** A record kept as the bytes it was signed in (see signed-bytes.ts); `unread`: its content not yet checked. */
export interface KeptRecord {
  row: FiledRow;
  bytes: Uint8Array;
  unread?: boolean;
}

/** One chat's records of one month (UTC): the unit the store reads and writes (`rowsOf` reads its records). */
export interface Page {
  key: string;
  chatKey: string;
  month: string;
  /** Oldest first. */
  rows: LogRow[];
  /** Team records kept as the bytes they were signed in (a large arrival's). */
  packed?: SignedBytes;
}

/**
 * Which page holds each record, for the ids that hash to this bucket: [id, page key] pairs as JSON
 * (ids and chats are any text a peer wrote). One string, so a bucket is stored by copying it
 * rather than by walking its entries.
 */
interface IdBucket {
  bucket: number;
  json: string;
}

/** The pages each participant (across chats) has records in, for the participants that hash to this bucket. */
interface PeopleBucket {
  bucket: number;
  people: Record<string, string[]>;
}

export const LOG_DB_NAME = 'chat-steward-log';

/** Index rows per index: each request costs about the same whatever its size, and a school year's arrival rewrites every bucket. */
const BUCKETS = 64;

/**
 * The one local store of records, in the extension's own IndexedDB: the moderator's own actions
 * and everything that arrived from the team, each validated once when it arrived. Every view
 * (panel, policy, log page, export, report) reads here; the team's Y.Doc only syncs.
 *
 * Records are kept in pages of one chat and month rather than one IndexedDB row each: in
 * Chromium every request costs about 0.1 ms whatever its size, so a school year arriving at once
 * (or a 100k-record import) is a few hundred writes instead of a hundred thousand.
 * A large arrival from the team is kept in its pages as the bytes it was signed in (signed-bytes.ts).
 * v1–v2 kept one row per action (v2 added the participant key); v3 moves them into pages with
 * their provenance ('own'); v4 drops the old table; v6 rebuilds the id and participant indexes
 * as fewer rows of text, and v7 drops the participant table v6 replaced.
 */
export class ActionLog extends Dexie {
  pages!: EntityTable<Page, 'key'>;
  ids!: EntityTable<IdBucket, 'bucket'>;
  peopleIndex!: EntityTable<PeopleBucket, 'bucket'>;
  overviews!: EntityTable<ChatOverviewRow, 'chatKey'>;
  incidents!: EntityTable<Incident, 'seq'>;
  refusals!: EntityTable<Refusal, 'key'>;
  /** What the director's report reads of each page, made when it first does (see report/digest.ts). */
  reportDigests!: EntityTable<ReportDigest, 'key'>;

  constructor(name = LOG_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    // No query cache: Dexie's would deep-copy every result it hands a live query (a 100k-record log
    // read whole after an import: half a second, and its garbage), and nothing here reads a result twice.
    super(name, { cache: 'disabled', ...options });
    this.version(1).stores({ actions: '&id, time, kind, chatKey' });
    this.version(2)
      .stores({ actions: '&id, time, kind, chatKey, subjectKey, [subjectKey+time]' })
      .upgrade((tx) =>
        tx
          .table('actions')
          .toCollection()
          .modify((row: LogRow) => {
            row.subjectKey = row.subject ? subjectKey(row.chat.site, row.subject.id) : null;
          }),
      );
    this.version(3)
      .stores({ pages: '&key, month, [chatKey+month]', ids: '&bucket', people: '&subjectKey', overviews: '&chatKey', incidents: '++seq, team' })
      .upgrade(async (tx) => {
        // A row whose time is no real instant (a hostile import could have stored one) has no month to be filed under.
        const old = ((await tx.table('actions').toArray()) as ModerationAction[]).filter((a) => instantSchema.safeParse(a.time).success);
        // Indexed by v6.
        await tx.table('pages').bulkPut(newPages(old.map((a) => toRow(a, OWN)), []));
      });
    this.version(4).stores({ actions: null });
    this.version(5).stores({ refusals: '&key, [team+signer]' });
    this.version(6)
      .stores({ peopleIndex: '&bucket' })
      .upgrade(async (tx) => {
        await tx.table('ids').clear();
        const rows = ((await tx.table('pages').toArray()) as Page[]).flatMap((p) => p.rows);
        await writeIndexes({ ids: tx.table('ids'), people: tx.table('peopleIndex') }, rows, new Map());
      });
    this.version(7).stores({ people: null });
    this.version(8).stores({ reportDigests: '&key' });
  }
}

type Tables = { pages: Table<Page, string>; ids: Table<IdBucket, number>; people: Table<PeopleBucket, number>; overviews: Table<ChatOverviewRow, string>; digests: Table<ReportDigest, string> };
const tablesOf = (log: ActionLog) => ({ pages: log.pages, ids: log.ids, people: log.peopleIndex, overviews: log.overviews, digests: log.reportDigests }) as unknown as Tables;
const writeTables = (log: ActionLog) => [log.pages, log.ids, log.peopleIndex, log.overviews, log.reportDigests];

const DAY_MS = 86_400_000;
/** Months by UTC day (a month's days all fall in it): a school year's arrival asks about 90 000 times, in no order. */
const monthByDay = new Map<number, string>();
/** The last day asked for: rows mostly come in time order, so most ask for the same day again. */
let lastDay = { day: Number.NaN, month: '' };

/** A time's UTC month, as pages are keyed. */
export function monthOf(time: number): string {
  const day = Math.floor(time / DAY_MS);
  if (day === lastDay.day) return lastDay.month;
  let month = monthByDay.get(day);
  if (month === undefined) {
    // Beyond a few decades of days, the cache starts again rather than grow.
    if (monthByDay.size > 20_000) monthByDay.clear();
    month = new Date(time).toISOString().slice(0, 7);
    monthByDay.set(day, month);
  }
  lastDay = { day, month };
  return month;
}

/** The last page key made: rows mostly come by chat and time, and one string per page (not per row) is hashed once where rows are grouped. */
let lastPage = { chatKey: '', month: '', key: '' };

/** The key of the page a record is kept in: its chat and month. */
export const pageKey = (row: Pick<FiledRow, 'chatKey' | 'time'>) => {
  const month = monthOf(row.time);
  if (row.chatKey !== lastPage.chatKey || month !== lastPage.month) lastPage = { chatKey: row.chatKey, month, key: `${row.chatKey}|${month}` };
  return lastPage.key;
};

/** FNV-1a: spreads ids (and participants) over the buckets. */
function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % BUCKETS;
}

const byTime = (a: FiledRow, b: FiledRow) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function toRow(action: ModerationAction, from: Provenance, signed?: Signature): LogRow {
  // The store's fields first: Node's V8 (the keeper) adds them after a spread ten times slower
  // than it copies the action into a literal that has them (a school year makes 22 000 rows).
  const row: LogRow = {
    source: from.source,
    member: from.member,
    team: from.team,
    chatKey: chatKey(action.chat),
    subjectKey: action.subject ? subjectKey(action.chat.site, action.subject.id) : null,
    ...action,
  };
  if (signed) row.signed = signed;
  return row;
}

/** The action without its store fields (rows were validated when they were written). */
export function fromRow(row: LogRow): ModerationAction {
  const { chatKey: _c, subjectKey: _s, source: _o, member: _m, team: _t, signed: _g, ...action } = row;
  return action as ModerationAction;
}

/**
 * Who wrote a record, as every view names them: for a team record, the roster name of the member
 * whose signature it carries — never the `actor` typed inside it, which a member could set to anyone.
 */
export function authorOf(row: { actor: string; source?: Source; member?: string | null }): string {
  return (row.source === 'team' || row.source === 'team-file') && row.member ? row.member : row.actor;
}

/** The action as the views show it: its author named by its signature (see authorOf). */
export function asSeen(row: LogRow): ModerationAction {
  return { ...fromRow(row), actor: authorOf(row) };
}

/** A page's records, oldest first: its rows and those it keeps as signed bytes. */
export function rowsOf(page: Page): LogRow[] {
  if (!page.packed) return page.rows;
  const unpacked = signedEntries(page.packed).flatMap((entry) => {
    const envelope = readSigned(entry);
    return envelope ? [toRow(envelope.record, entry.from, { by: envelope.by, sig: envelope.sig })] : [];
  });
  return [...page.rows, ...unpacked].sort(byTime);
}

const sizeOf = (page: Page) => page.rows.length + (page.packed?.ends.length ?? 0);

/** The page with these packed entries (none: no packed field). */
function withPacked(page: Page, entries: SignedEntry[]): Page {
  const { packed: _, ...rest } = page;
  return entries.length ? { ...rest, packed: packSigned(entries, []) } : rest;
}

/** Each id's page key, by bucket number, for the buckets of these ids (missing buckets come back empty). */
async function bucketsFor(t: Pick<Tables, 'ids'>, ids: string[]): Promise<Map<number, Map<string, string>>> {
  const numbers = [...new Set(ids.map(bucketOf))];
  const rows = await t.ids.bulkGet(numbers);
  return new Map(numbers.map((n, i) => [n, pagesIn(rows[i])]));
}

const pagesIn = (bucket: IdBucket | undefined) => new Map<string, string>(bucket ? JSON.parse(bucket.json) : []);

const putBuckets = (t: Pick<Tables, 'ids'>, buckets: Map<number, Map<string, string>>) =>
  t.ids.bulkPut([...buckets].map(([bucket, pages]) => ({ bucket, json: JSON.stringify([...pages]) })));

/** The keys of the pages a participant has records in. */
async function pagesOfPerson(log: ActionLog, key: string): Promise<string[]> {
  const bucket = await log.peopleIndex.get(bucketOf(key));
  return bucket && Object.hasOwn(bucket.people, key) ? bucket.people[key] : [];
}

/**
 * The pages these rows go into, with what they already hold (`pages`, by key, as read). A row a
 * page holds already (written, not yet indexed, when a sliced save was cut short) is not added twice.
 * Records `kept` has are kept as their signed bytes; every other row is a whole LogRow.
 */
function newPages(rows: FiledRow[], held: Array<Page | undefined>, kept?: ReadonlyMap<string, KeptRecord>): Page[] {
  const byPage = groupBy(rows, pageKey);
  const found = new Map(held.flatMap((p) => (p ? [[p.key, p] as const] : [])));
  return [...byPage].map(([key, added]) => {
    const page = found.get(key) ?? { key, chatKey: added[0].chatKey, month: monthOf(added[0].time), rows: [] };
    const on = new Set([...page.rows.map((r) => r.id), ...packedIds(page.packed)]);
    const fresh = added.filter((r) => !on.has(r.id));
    const packed = fresh.flatMap((r) => {
      const record = kept?.get(r.id);
      return record ? [{ id: r.id, bytes: record.bytes, from: { source: r.source, member: r.member, team: r.team }, unread: record.unread }] : [];
    });
    // Only kept records come without their content (see writeRows).
    const rows = [...page.rows, ...(fresh.filter((r) => !kept?.has(r.id)) as LogRow[])].sort(byTime);
    return packed.length ? { ...page, rows, packed: packSigned(signedEntries(page.packed), packed) } : { ...page, rows };
  });
}

/** Adds fresh rows to the id and participant indexes (`buckets`: the id buckets already read, by number). */
async function writeIndexes(t: Pick<Tables, 'ids' | 'people'>, fresh: FiledRow[], buckets: Map<number, Map<string, string>>): Promise<void> {
  const touched = new Map<number, Map<string, string>>();
  for (const r of fresh) {
    const n = bucketOf(r.id);
    const bucket = buckets.get(n) ?? touched.get(n) ?? new Map<string, string>();
    bucket.set(r.id, pageKey(r));
    touched.set(n, bucket);
  }
  await putBuckets(t, touched);

  const bySubject = groupBy(fresh.filter((r) => r.subjectKey), (r) => r.subjectKey!);
  const numbers = [...new Set([...bySubject.keys()].map(bucketOf))];
  const held = await t.people.bulkGet(numbers);
  const people = new Map(numbers.map((n, i) => [n, held[i]?.people ?? {}]));
  for (const [subject, rows] of bySubject) {
    const bucket = people.get(bucketOf(subject))!;
    bucket[subject] = [...new Set([...(Object.hasOwn(bucket, subject) ? bucket[subject] : []), ...rows.map(pageKey)])];
  }
  await t.people.bulkPut([...people].map(([bucket, pages]) => ({ bucket, people: pages })));
}

const uniqueById = <T extends FiledRow>(rows: T[]) => [...new Map(rows.map((r) => [r.id, r])).values()];
/** The rows that the id index (the buckets read for them) does not hold yet. */
const unindexed = <T extends FiledRow>(rows: T[], buckets: Map<number, Map<string, string>>) => rows.filter((r) => !buckets.get(bucketOf(r.id))!.has(r.id));

// Dexie's requests are awaited at most one async helper deep here: deeper, the transaction commits under the caller.
async function writeRows(t: Tables, rows: LogRow[], index: boolean | FiledRow[], kept: KeptRecord[]): Promise<string[]> {
  const byId = new Map(kept.map((k) => [k.row.id, k]));
  const keptRows = [...byId.values()].map((k) => k.row);
  const unique = rows.length ? uniqueById<FiledRow>([...rows, ...keptRows]) : keptRows;
  const alsoIndexed = Array.isArray(index) ? index : [];
  if (!unique.length && !alsoIndexed.length) return [];
  // Requests asked together, not one after another: each waits for the database's answer.
  const keys = [...new Set(unique.map(pageKey))];
  const [buckets, held] = await Promise.all([bucketsFor(t, [...unique, ...alsoIndexed].map((r) => r.id)), t.pages.bulkGet(keys)]);
  const fresh = unindexed(unique, buckets);
  const indexed = index === true ? fresh : unindexed(uniqueById([...alsoIndexed, ...fresh]), buckets);
  await Promise.all([
    fresh.length && t.pages.bulkPut(newPages(fresh, held, byId)),
    index && indexed.length && writeIndexes(t, indexed, buckets),
    t.overviews.bulkDelete([...new Set(fresh.map((r) => r.chatKey))]),
    t.digests.bulkDelete([...new Set(fresh.map(pageKey))]),
  ]);
  return fresh.map((r) => r.id);
}

/**
 * Writes validated rows whose ids are not in the store yet, in one transaction, and drops the
 * cached overviews of the chats they touch. Returns the ids that were new. `index`: true, they are
 * found by id and participant at once; false, by chat and time at once but by id and participant
 * only once indexed; a list, those (rows written unindexed before, and these) are indexed with
 * them (a large arrival written in slices indexes once, with its last slice, instead of rewriting
 * the indexes each slice). Records in `kept` are kept as their signed bytes (see signed-bytes.ts).
 */
export function saveRows(log: ActionLog, rows: LogRow[], index: boolean | FiledRow[] = true, kept: KeptRecord[] = []): Promise<string[]> {
  return log.transaction('rw', writeTables(log), () => writeRows(tablesOf(log), rows, index, kept));
}

/** Adds rows that `saveRows` wrote unindexed to the id and participant indexes. */
export const indexRows = (log: ActionLog, rows: FiledRow[]): Promise<unknown> => saveRows(log, [], rows);

/** Records one of this moderator's actions; an id already present is refused. */
export async function addAction(log: ActionLog, action: ModerationAction, from: Provenance = OWN): Promise<void> {
  const row = toRow(moderationActionSchema.parse(action), from);
  if (!(await saveRows(log, [row])).length) throw new Error(`record ${action.id} is already in the log`);
}

/** The rows with these ids, in the same order (undefined where there is none). */
export async function getRows(log: ActionLog, ids: string[]): Promise<Array<LogRow | undefined>> {
  return log.transaction('r', log.ids, log.pages, async () => {
    const buckets = await bucketsFor(tablesOf(log), ids);
    const located = ids.map((id) => buckets.get(bucketOf(id))!.get(id));
    const keys = [...new Set(located.filter((k): k is string => !!k))];
    const pages = await log.pages.bulkGet(keys);
    const rows = new Map(pages.flatMap((p) => (p ? rowsOf(p).map((r) => [r.id, r] as const) : [])));
    return ids.map((id) => rows.get(id));
  });
}

export async function getRow(log: ActionLog, id: string): Promise<LogRow | undefined> {
  return (await getRows(log, [id]))[0];
}

/** Every record id in the store. */
export async function allIds(log: ActionLog): Promise<string[]> {
  return (await log.ids.toArray()).flatMap((b) => [...pagesIn(b).keys()]);
}

export async function countRows(log: ActionLog): Promise<number> {
  return (await allIds(log)).length;
}

/** Removes records (ids by page key) from their pages and buckets, in one transaction; returns how many there were. */
async function removeRows(t: Tables, remove: Map<string, string[]>): Promise<number> {
  const ids = [...remove.values()].flat();
  if (!ids.length) return 0;
  const pages = await t.pages.bulkGet([...remove.keys()]);
  const kept = pages.flatMap((page) => {
    if (!page) return [];
    const gone = new Set(remove.get(page.key));
    const packed = signedEntries(page.packed).filter((e) => !gone.has(e.id));
    return [withPacked({ ...page, rows: page.rows.filter((r) => !gone.has(r.id)) }, packed)];
  });
  await t.pages.bulkPut(kept.filter((p) => sizeOf(p)));
  await t.pages.bulkDelete(kept.filter((p) => !sizeOf(p)).map((p) => p.key));
  const buckets = await bucketsFor(t, ids);
  for (const id of ids) buckets.get(bucketOf(id))!.delete(id);
  await putBuckets(t, buckets);
  await t.overviews.bulkDelete([...new Set(kept.map((p) => p.chatKey))]);
  await t.digests.bulkDelete(kept.map((p) => p.key));
  return ids.length;
}

/** Keeps the signatures this moderator's records were shared with, on their rows. */
export async function setSignatures(log: ActionLog, signatures: Map<string, Signature>): Promise<void> {
  if (!signatures.size) return;
  await log.transaction('rw', log.ids, log.pages, log.reportDigests, async () => {
    const buckets = await bucketsFor(tablesOf(log), [...signatures.keys()]);
    const keys = [...new Set([...signatures.keys()].map((id) => buckets.get(bucketOf(id))!.get(id)).filter((k): k is string => !!k))];
    const pages = (await log.pages.bulkGet(keys)).filter((p): p is Page => !!p);
    await log.pages.bulkPut(pages.map((p) => ({ ...p, rows: p.rows.map((r) => (signatures.has(r.id) ? { ...r, signed: signatures.get(r.id) } : r)) })));
    await log.reportDigests.bulkDelete(keys);
  });
}

/** Removes records by id (a peer's retention, a replaced copy, one stored unread that does not hold), found by the id index, not read. */
export async function deleteRows(log: ActionLog, ids: string[]): Promise<void> {
  await log.transaction('rw', writeTables(log), async () => {
    const buckets = await bucketsFor(tablesOf(log), ids);
    const located = ids.flatMap((id) => {
      const key = buckets.get(bucketOf(id))!.get(id);
      return key ? [{ id, key }] : [];
    });
    const byPage = groupBy(located, (l) => l.key);
    await removeRows(tablesOf(log), new Map([...byPage].map(([key, found]) => [key, found.map((l) => l.id)])));
  });
}

/** Retention: removes entries older than `cutoff`; returns how many. */
export async function deleteOlderThan(log: ActionLog, cutoff: number): Promise<number> {
  return log.transaction('rw', writeTables(log), async () => {
    const pages = await log.pages.where('month').belowOrEqual(monthOf(cutoff)).toArray();
    const remove = new Map(pages.map((p) => [p.key, rowsOf(p).flatMap((r) => (r.time < cutoff ? [r.id] : []))]));
    return removeRows(tablesOf(log), remove);
  });
}

/** Erases every record and cached view (the team's incidents too). */
export async function eraseAll(log: ActionLog): Promise<void> {
  const all = [...writeTables(log), log.incidents, log.refusals];
  await log.transaction('rw', all, async () => {
    await Promise.all(all.map((table) => table.clear()));
  });
}

const flatten = (pages: Array<Page | undefined>) => pages.flatMap((p) => (p ? rowsOf(p) : []));

/** Every row of one chat, oldest first. */
export async function chatRows(log: ActionLog, key: string): Promise<LogRow[]> {
  return flatten(await log.pages.where('[chatKey+month]').between([key, Dexie.minKey], [key, Dexie.maxKey]).toArray());
}

/** A participant's actions in one chat, oldest first: own and the team's. */
export async function historyOf(log: ActionLog, chat: { site: string; id: string }, subjectId: string): Promise<ModerationAction[]> {
  const key = subjectKey(chat.site, subjectId);
  return (await chatRows(log, chatKey(chat))).filter((r) => r.subjectKey === key).map(fromRow);
}

/** Every action about a participant of a messenger, in any chat, newest first. */
export async function byParticipant(log: ActionLog, site: string, subjectId: string): Promise<LogRow[]> {
  const key = subjectKey(site, subjectId);
  const rows = flatten(await log.pages.bulkGet(await pagesOfPerson(log, key))).filter((r) => r.subjectKey === key);
  return rows.sort(byTime).reverse();
}

/** Rows with `from <= time < to`, oldest first. */
export async function rowsBetween(log: ActionLog, from: number, to: number): Promise<LogRow[]> {
  const pages = await log.pages.where('month').between(monthOf(from), monthOf(to), true, true).toArray();
  return flatten(pages)
    .filter((r) => r.time >= from && r.time < to)
    .sort(byTime);
}

/** Where to look: one chat, one participant, or everything; always within a time range. */
export interface Scope {
  chat?: string;
  participant?: string;
  from: number;
  to: number;
}

/**
 * Visits rows in scope newest first, a page at a time, until `visit` returns false: the log
 * page stops after what it shows.
 */
export async function scanNewestFirst(log: ActionLog, scope: Scope, visit: (row: LogRow) => boolean): Promise<void> {
  const [first, last] = [Number.isFinite(scope.from) ? monthOf(scope.from) : '', Number.isFinite(scope.to) ? monthOf(scope.to) : '\uffff'];
  let keys: string[];
  if (scope.chat) keys = (await log.pages.where('[chatKey+month]').between([scope.chat, first], [scope.chat, last], true, true).primaryKeys()) as string[];
  else if (scope.participant) keys = await pagesOfPerson(log, scope.participant);
  else keys = (await log.pages.where('month').between(first, last, true, true).primaryKeys()) as string[];
  // Page keys end with their month: newest month first, then by chat.
  keys = [...keys].sort((a, b) => (a.slice(-7) < b.slice(-7) ? 1 : a.slice(-7) > b.slice(-7) ? -1 : a < b ? -1 : 1));
  const months = groupBy(keys, (k) => k.slice(-7));
  for (const [month, inMonth] of months) {
    if (month < first || month > last) continue;
    const rows = flatten(await log.pages.bulkGet(inMonth)).filter(
      (r) => r.time >= scope.from && r.time < scope.to && (!scope.participant || r.subjectKey === scope.participant),
    );
    for (const row of rows.sort(byTime).reverse()) if (!visit(row)) return;
  }
}

/** Every row, in no particular order (for lists of chats and people). */
export async function eachRow(log: ActionLog, visit: (row: LogRow) => void): Promise<void> {
  await log.pages.each((page) => rowsOf(page).forEach(visit));
}

/** Every row, newest first, or the newest `limit` (read a month of pages at a time until there are enough). */
export async function newestFirst(log: ActionLog, limit = Infinity): Promise<LogRow[]> {
  if (limit === Infinity) return flatten(await log.pages.toArray()).sort(byTime).reverse();
  const found: LogRow[] = [];
  await scanNewestFirst(log, { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY }, (row) => found.push(row) < limit);
  return found;
}
