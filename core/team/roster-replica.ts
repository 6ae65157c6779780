import type * as Y from 'yjs';
import { requestsMap, rosterMap } from './doc';
import { canonicalText as text, type Identity, type PublicIdentity } from './identity';
import {
  eventHash,
  foldRoster,
  signEvent,
  joinRequestSchema,
  knownKeys,
  rosterEventSchema,
  verifyEvent,
  verifyRequest,
  signRequest,
  type JoinRequest,
  type Owner,
  type Roster,
  type RosterEvent,
  type RosterNode,
  type UnsignedEvent,
} from './roster';

/**
 * What a member carries into the room the team moves to: the roster, which the new room's doc
 * starts without (records held from removed members follow from the old room: carry-held.ts).
 */
export interface RosterSeed {
  events: RosterEvent[];
  requests: JoinRequest[];
}

/** Writes a seed into a doc as if loaded (`origin` is a load origin, so the replica reads it on opening). */
export function plantRoster(doc: Y.Doc, seed: RosterSeed, origin: unknown): void {
  doc.transact(() => {
    for (const e of seed.events) rosterMap(doc).set(e.id, e);
    for (const r of seed.requests) requestsMap(doc).set(r.member, r);
  }, origin);
}

/** An entry is restored at most this often per session: two peers that disagree must not loop. */
const MAX_RESTORES = 3;

/**
 * The team's roster as this member derives it from the doc: each roster event and join request
 * verified once (by its signer's key), folded into the roster. Entries are append-only: a
 * deletion or rewrite of a verified one is undone by writing it back.
 */
export class RosterReplica {
  roster: Roster;
  /** Verified requests to join, by member id. */
  readonly requests = new Map<string, JoinRequest>();
  /** Verified events, by id: the originals that are written back if someone deletes or changes them. */
  private readonly events = new Map<string, RosterEvent>();
  /** Each verified event's hash, by id: what later events name as their parents. */
  private readonly hashes = new Map<string, string>();
  /** Entries whose check failed, by key and content: not checked again. */
  private readonly rejected = new Set<string>();
  private restores = new Map<string, number>();
  /** Deletions and rewrites undone since the last `take`. */
  private undone: Array<{ kind: 'deleted' | 'rewritten'; by: string | null }> = [];

  constructor(
    private doc: Y.Doc,
    private owner: Owner,
    private team: string,
  ) {
    this.roster = foldRoster(owner, team, []);
  }

  private nodes(): RosterNode[] {
    return [...this.events.values()].map((event) => ({ event, hash: this.hashes.get(event.id)! }));
  }

  /** Signs an event after everything this member has seen (the roster's heads), and adds it. */
  async sign(me: Identity, event: UnsignedEvent, id: string, at: number): Promise<RosterEvent> {
    const signed = await signEvent(me, this.team, event, id, at, this.roster.heads);
    await this.add(signed);
    return signed;
  }

  /** Members who asked to join and are neither approved nor removed. */
  get pending(): Set<string> {
    return new Set([...this.requests.keys()].filter((id) => !this.roster.members.has(id) && !this.roster.removed.has(id) && !this.roster.refused.has(id)));
  }

  /** A member id's name and key: the roster's, else the ones its request to join gives. */
  private person(id: string): { name: string; key: PublicIdentity } | undefined {
    return this.roster.members.get(id) ?? this.roster.removed.get(id) ?? this.requests.get(id);
  }

  /** The name a member id goes by. */
  nameOf(id: string | null): string | null {
    return id ? (this.person(id)?.name ?? null) : null;
  }

  /** The key a member id signs with. */
  keyOf(id: string): PublicIdentity | undefined {
    return this.person(id)?.key;
  }

  /** Everyone who may sign a record, with the name and key nameOf and keyOf give them (for a worker that checks records). */
  people(): Array<[string, { name: string; key: PublicIdentity }]> {
    const ids = new Set([...this.roster.members.keys(), ...this.roster.removed.keys(), ...this.requests.keys()]);
    return [...ids].map((id) => {
      const { name, key } = this.person(id)!;
      return [id, { name, key }];
    });
  }

  /** Undone deletions and rewrites since last asked. */
  takeUndone() {
    const undone = this.undone;
    this.undone = [];
    return undone;
  }

  /**
   * Reads both maps again: checks what is new, writes back what was deleted or changed, and
   * folds the roster. Returns whether the roster or the requests changed.
   */
  async refresh(): Promise<boolean> {
    // Both only grow: a change shows in their sizes.
    const before = this.events.size + this.requests.size;
    const restoreEvents = await this.readEvents();
    const restoreRequests = await this.readRequests();
    this.writeBack(rosterMap(this.doc), restoreEvents);
    this.writeBack(requestsMap(this.doc), restoreRequests);
    this.roster = foldRoster(this.owner, this.team, this.nodes());
    return before !== this.events.size + this.requests.size;
  }

  private async readRequests(): Promise<Map<string, JoinRequest>> {
    const map = requestsMap(this.doc);
    const restore = new Map<string, JoinRequest>();
    for (const [id, held] of this.requests) {
      const value = map.get(id);
      if (text(value) !== text(held)) restore.set(id, held);
    }
    for (const [key, value] of map.entries()) {
      if (this.requests.has(key) || this.rejected.has(`${key}\u0000${text(value)}`)) continue;
      const parsed = joinRequestSchema.safeParse(value);
      if (parsed.success && parsed.data.member === key && (await verifyRequest(parsed.data, this.team))) this.requests.set(key, parsed.data);
      else this.rejected.add(`${key}\u0000${text(value)}`);
    }
    return restore;
  }

  private async readEvents(): Promise<Map<string, RosterEvent>> {
    const map = rosterMap(this.doc);
    const restore = new Map<string, RosterEvent>();
    for (const [id, held] of this.events) {
      const value = map.get(id);
      if (text(value) === text(held)) continue;
      restore.set(id, held);
      this.undone.push({ kind: value === undefined ? 'deleted' : 'rewritten', by: rosterEventSchema.safeParse(value).data?.by ?? null });
    }
    const fresh: RosterEvent[] = [];
    for (const [key, value] of map.entries()) {
      if (this.events.has(key) || this.rejected.has(`${key}\u0000${text(value)}`)) continue;
      const parsed = rosterEventSchema.safeParse(value);
      if (parsed.success && parsed.data.id === key) fresh.push(parsed.data);
      else this.rejected.add(`${key}\u0000${text(value)}`);
    }
    // An approval can bring the key a later event is signed with: check until nothing more verifies.
    let progress = true;
    while (progress && fresh.length) {
      progress = false;
      const keys = await knownKeys(this.owner, [...this.events.values(), ...fresh], [...this.requests.values()]);
      for (const event of [...fresh]) {
        if (!keys.has(event.by)) continue;
        fresh.splice(fresh.indexOf(event), 1);
        if (await verifyEvent(event, this.team, keys)) {
          this.hashes.set(event.id, await eventHash(event));
          this.events.set(event.id, event);
          progress = true;
        } else this.rejected.add(`${event.id}\u0000${text(event)}`);
      }
    }
    return restore;
  }

  private writeBack(map: Y.Map<unknown>, entries: Map<string, unknown>): void {
    const allowed = [...entries].filter(([key]) => {
      const count = this.restores.get(key) ?? 0;
      this.restores.set(key, count + 1);
      return count < MAX_RESTORES;
    });
    if (allowed.length) this.doc.transact(() => allowed.forEach(([key, value]) => map.set(key, value)));
  }

  seed(): RosterSeed {
    return { events: [...this.events.values()], requests: [...this.requests.values()] };
  }

  /** A member neither on the roster nor asking yet asks to join, by the invite it came with. */
  async ask(me: Identity, name: string, invite: string, now: number): Promise<void> {
    const r = this.roster;
    if (r.members.has(me.id) || r.removed.has(me.id) || r.refused.has(me.id) || this.requests.has(me.id)) return;
    this.addRequest(await signRequest(me, this.team, { name, invite, at: now }));
  }

  /** Events signed by this member are added as they are made (they are already verified). */
  async add(event: RosterEvent): Promise<void> {
    this.hashes.set(event.id, await eventHash(event));
    this.events.set(event.id, event);
    rosterMap(this.doc).set(event.id, event);
    this.roster = foldRoster(this.owner, this.team, this.nodes());
  }

  addRequest(request: JoinRequest): void {
    this.requests.set(request.member, request);
    requestsMap(this.doc).set(request.member, request);
  }
}
