import { monthOf, rowsBetween, rowsOf, type ActionLog, type Page, type Source } from '../log/store';
import type { ActionKind } from '../moderation/actions';
import { entryOf, type ReportEntry } from './report';

/**
 * What the director's report reads of one page of the store (a chat's month), kept beside it: a
 * column a field, each row's text as its place in `texts`. A school year is 22 000 rows, which
 * IndexedDB reads back as 22 000 objects of a dozen fields each in a fifth of a second; its
 * digests are a few hundred arrays of numbers. Made when a report first reads the page, dropped
 * whenever the page is written (store.ts), so a report never reads an out-of-date one.
 */
export interface ReportDigest {
  /** The page's key. */
  key: string;
  chatKey: string;
  times: number[];
  kinds: number[];
  /** 1 for a record made from a watched participant's message, else 0. */
  watched: number[];
  sources: number[];
  authors: number[];
  chatLabels: number[];
  /** The record's clauses, as their JSON. */
  clauses: number[];
  /** The kinds, sources, authors, chat labels and clause lists the columns name, each once. */
  texts: string[];
  /** The page's blocks, whole, in order: the report lists each. */
  blocks: Page['rows'];
}

const NO_SOURCE = '';

export function digestOf(page: Page): ReportDigest {
  const texts: string[] = [];
  const places = new Map<string, number>();
  const place = (text: string) => {
    let at = places.get(text);
    if (at === undefined) places.set(text, (at = texts.push(text) - 1));
    return at;
  };
  const rows = rowsOf(page);
  const entries = rows.map(entryOf);
  return {
    key: page.key,
    chatKey: page.chatKey,
    times: entries.map((e) => e.time),
    kinds: entries.map((e) => place(e.kind)),
    watched: entries.map((e) => (e.watched ? 1 : 0)),
    sources: entries.map((e) => place(e.source ?? NO_SOURCE)),
    authors: entries.map((e) => place(e.author)),
    chatLabels: entries.map((e) => place(e.chatLabel)),
    clauses: entries.map((e) => place(JSON.stringify(e.clauses))),
    texts,
    blocks: rows.filter((r) => r.kind === 'blocked'),
  };
}

/** The report's entries a digest holds, in the page's order. */
export function entriesOf(digest: ReportDigest): ReportEntry[] {
  const { texts } = digest;
  // Each list read once: a page's records cite a handful of clause lists between them.
  const clauseLists = new Map([...new Set(digest.clauses)].map((at) => [at, JSON.parse(texts[at]) as string[]]));
  let block = 0;
  return digest.times.map((time, i) => {
    const kind = texts[digest.kinds[i]] as ActionKind;
    const source = texts[digest.sources[i]];
    const entry: ReportEntry = {
      time,
      kind,
      watched: digest.watched[i] === 1,
      source: source === NO_SOURCE ? undefined : (source as Source),
      author: texts[digest.authors[i]],
      chatKey: digest.chatKey,
      chatLabel: texts[digest.chatLabels[i]],
      clauses: clauseLists.get(digest.clauses[i])!,
    };
    const row = kind === 'blocked' ? digest.blocks[block++] : undefined;
    if (row?.kind === 'blocked') entry.block = row;
    return entry;
  });
}

/**
 * The report's entries for records with `from <= time < to`, a page after another (buildReport
 * puts them in order), from the pages' digests; a page without one has it made now. Should the
 * digests not be kept (a full disk fails the transaction), the pages' rows are read instead.
 */
export async function reportEntries(log: ActionLog, from: number, to: number): Promise<ReportEntry[]> {
  let digests: ReportDigest[];
  try {
    // One transaction with the pages: no page is written between reading it and keeping its digest.
    digests = await log.transaction('rw', log.pages, log.reportDigests, async () => {
      const keys = (await log.pages.where('month').between(monthOf(from), monthOf(to), true, true).primaryKeys()) as string[];
      const held = await log.reportDigests.bulkGet(keys);
      const missing = keys.filter((_, i) => !held[i]);
      const made = (await log.pages.bulkGet(missing)).flatMap((page) => (page ? [digestOf(page)] : []));
      await log.reportDigests.bulkPut(made);
      return [...held.filter((d): d is ReportDigest => !!d), ...made];
    });
  } catch {
    return (await rowsBetween(log, from, to)).map(entryOf);
  }
  return digests.flatMap(entriesOf).filter((e) => e.time >= from && e.time < to);
}
