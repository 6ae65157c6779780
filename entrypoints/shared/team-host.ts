import { withPhrase } from '@/core/watch/allowed';
import type { SiteId } from '@/core/chat';
import type { LearnedSelectors } from '@/core/page-messages/learned';
import type { TeamShared } from '@/core/team/shared';
import { ulid } from 'ulid';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { ActionLog } from '@/core/log/store';
import type { ModerationAction } from '@/core/moderation/actions';
import type { TeamConfig, TeamStatus, TurnState } from '@/core/team/config';
import { recordsMap } from '@/core/team/doc';
import { exportTeamFile, importTeamFile, type TeamFileResult } from '@/core/team/file';
import { fingerprint, type Identity, type PublicIdentity } from '@/core/team/identity';
import { incidentSummary } from '@/core/team/incidents';
import { encodeInvite, reissue, signalingTopic, type Invite } from '@/core/team/invite';
import { moveFor, planMove } from '@/core/team/move';
import { Replica } from '@/core/team/replica';
import { dexieStore } from '@/core/team/replica-store';
import { requestProblem, type UnsignedEvent } from '@/core/team/roster';
import { carryHeld } from '@/core/team/carry-held';
import { plantRoster, type RosterSeed } from '@/core/team/roster-replica';
import { markStage } from '@/core/team/sync-stages';
import { PeerForms } from '@/core/team/peer-forms';
import { claimOf, readWire } from '@/core/team/wire-form';
import { shortStringsFast } from '@/core/team/fast-utf8';
import { binaryAsViews } from '@/core/team/update-views';
import { connectTeam, type TeamConnection } from './team-provider';
import { arrivalOffload } from './arrival-offload';
import { prepareRoomKey, rememberRoomKeys } from './room-keys';
import { probeTurn, turnServersOf } from './turn-probe';

shortStringsFast();
binaryAsViews();
rememberRoomKeys();

const CHANGE_NOTICE_MS = 250;
/** Progress of a long sync is told at most this often (and always at its start and end). */
const PROGRESS_NOTICE_MS = 150;
/** How long a room the team left stays open for members who were away when it moved. */
export const RELAY_DAYS = 30;
const DAY = 86_400_000;

export interface HostEvents {
  /** Records, the roster or the connection changed: open views refresh. */
  onChange(): void;
  /** The team's config changed here (a new invite, a move to a new room): keep it, and reopen if the room moved. */
  onConfig(config: TeamConfig, moved: boolean): void;
  /** A long sync moved on: `done` of `total` arriving records are in (done === total when it ends). */
  onProgress(done: number, total: number): void;
}

const docName = (room: string) => `chat-steward-team-${room}`;

/** A room the team left, kept open as it was: members who come back late find the move there. */
interface Relay {
  doc: Y.Doc;
  persistence: IndexeddbPersistence;
  connection: TeamConnection | null;
}

/**
 * The team's Y.Doc, kept in the extension's IndexedDB (y-indexeddb) and synced with co-moderators
 * over WebRTC (y-webrtc, the room secret as its password); the replica verifies what arrives and
 * moves it into the local store. Runs where WebRTC exists: an offscreen document in Chrome, the
 * background page in Firefox.
 */
export class TeamHost {
  readonly doc = new Y.Doc();
  private persistence: IndexeddbPersistence;
  private replica: Replica;
  private connection: TeamConnection | null = null;
  private relays: Relay[] = [];
  private lastSync: number | null = null;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether a long sync runs, and when its progress was last told. */
  private receiving = false;
  private progressTold = 0;
  private topic = '';
  private moving = false;
  private fingerprints = new Map<string, Promise<string>>();
  /** What each TURN server of the invite answered since going online. */
  private turn = new Map<string, TurnState>();
  /** Peers on other versions; a newer one is believed from a current member only. */
  private readonly peerForms: PeerForms;
  /** Connections whose opening and closing are already watched. */
  private watched = new WeakSet<object>();
  /** Tells the background, once for a burst, that what the team status shows has changed. */
  private readonly notify: () => void;
  /**
   * Where a large arrival is checked and stored: a worker, whose collector the browser does not slow
   * down. Started when a peer connects (its transfer takes longer than the start), not while the doc loads.
   */
  private arrivals: ReturnType<typeof arrivalOffload> | null = null;
  // Records it stored unread and took out again change what the views show.
  private readonly worker = () => (this.arrivals ??= arrivalOffload(this.log.name, () => this.notify()));

  private constructor(
    private config: TeamConfig,
    private log: ActionLog,
    private me: Identity,
    private events: HostEvents,
  ) {
    this.notify = () => {
      clearTimeout(this.changeTimer);
      this.changeTimer = setTimeout(() => events.onChange(), CHANGE_NOTICE_MS);
    };
    this.persistence = new IndexeddbPersistence(docName(config.invite.room), this.doc);
    this.peerForms = new PeerForms(config.invite.teamId, (id) => this.replica.roster.roster.members.get(id)?.key);
    this.replica = new Replica(this.doc, dexieStore(log), {
      team: config.invite.teamId,
      owner: config.invite.owner,
      me,
      loadOrigins: [this.persistence],
      offload: (job, onProgress) => this.worker().offload(job, onProgress),
      onChange: () => {
        this.lastSync = Date.now();
        this.notify();
        void this.followMove();
      },
      onProgress: (done, total) => this.progress(done, total),
    });
  }

  /**
   * Opens the team's room: the doc from IndexedDB, the roster (`seed` when arriving from a room the
   * team left), the records; then this member announces itself (a request to join, or as an
   * admin the invite it hands out) and connects.
   */
  static async open(config: TeamConfig, log: ActionLog, me: Identity, events: HostEvents, seed?: RosterSeed): Promise<TeamHost> {
    markStage('open');
    const host = new TeamHost(config, log, me, events);
    host.topic = await signalingTopic(config.invite);
    // Derived while the doc loads, for y-webrtc to find when the room connects (see room-keys.ts).
    void prepareRoomKey(config.invite.secret, host.topic);
    // y-indexeddb hears updates from its construction on, so its own load of the year would be encoded
    // again only to be ignored (a tenth of a second): nothing else writes to the doc before it has loaded.
    host.doc.off('update', host.persistence._storeUpdate);
    await host.persistence.whenSynced;
    markStage('loaded');
    host.doc.on('update', host.persistence._storeUpdate);
    if (seed) plantRoster(host.doc, seed, host.persistence);
    await host.replica.open();
    await host.introduce();
    await host.openRelays();
    markStage('ready');
    host.setOnline(config.online);
    void host.followMove();
    return host;
  }

  private progress(done: number, total: number): void {
    const starting = !this.receiving;
    this.receiving = done < total;
    const now = Date.now();
    if (!starting && this.receiving && now - this.progressTold < PROGRESS_NOTICE_MS) return;
    this.progressTold = now;
    this.events.onProgress(done, total);
  }

  /** The roster as this member holds it, for the room the team moves to. */
  seed(): RosterSeed {
    return this.replica.roster.seed();
  }

  private get team() {
    return this.config.invite.teamId;
  }

  private get roster() {
    return this.replica.roster.roster;
  }

  private role() {
    return this.roster.members.get(this.me.id)?.role ?? null;
  }

  private async introduce(): Promise<void> {
    const { invite } = this.config;
    const role = this.role();
    if ((role === 'owner' || role === 'admin') && !this.roster.invites.has(invite.id)) {
      await this.addEvent({ kind: 'invite', invite: invite.id, expires: invite.expires });
    }
    await this.replica.roster.ask(this.me, this.config.member.name, invite.id, Date.now());
  }

  /** Signs a roster decision after everything this member has seen of the roster, and shares it. */
  private async addEvent(event: UnsignedEvent): Promise<void> {
    await this.replica.roster.sign(this.me, event, ulid(), Date.now());
    this.notify();
  }

  /** Only the owner and admins decide; the roster's fold would ignore anyone else's decision anyway. */
  private mustDecide(): void {
    const role = this.role();
    if (role !== 'owner' && role !== 'admin') throw new Error('not-admin');
  }

  async approve(id: string): Promise<void> {
    this.mustDecide();
    // A removal made by mistake: only the owner brings the member back, by an approval made after it.
    const removed = this.roster.removed.get(id);
    if (removed) {
      if (this.role() !== 'owner') throw new Error('not-owner');
      await this.addEvent({ kind: 'approve', member: id, name: removed.name, key: removed.key, role: 'member' });
      await this.replica.reconsider();
      return;
    }
    const request = this.replica.roster.requests.get(id);
    if (!request) throw new Error('no-request');
    const problem = requestProblem(this.roster, request);
    if (problem) throw new Error(problem);
    await this.addEvent({ kind: 'approve', member: id, name: request.name, key: request.key, role: 'member' });
    await this.replica.reconsider();
  }

  async setRole(id: string, role: 'admin' | 'member'): Promise<void> {
    if (this.role() !== 'owner') throw new Error('not-owner');
    await this.addEvent({ kind: 'role', member: id, role });
  }

  /** Removes a member (or refuses a request) and moves the team to a room the removed one cannot enter. */
  async remove(id: string): Promise<void> {
    this.mustDecide();
    const wasMember = this.roster.members.has(id);
    // The removed member's records this member holds stay the team's; what else their key signs is held.
    await this.addEvent({ kind: 'remove', member: id, closed: await this.replica.recordsSignedBy(id) });
    await this.replica.reconsider();
    if (wasMember) await this.move();
  }

  /** The owner hands the team to another member, and stays as an admin. */
  async handOver(id: string): Promise<void> {
    if (this.role() !== 'owner') throw new Error('not-owner');
    if (!this.roster.members.has(id) || id === this.me.id) throw new Error('no-member');
    await this.addEvent({ kind: 'owner', member: id });
  }

  /** Lets in records a removed member's key signed that the removal did not close in (a signed decision). */
  async admit(keys: string[]): Promise<void> {
    this.mustDecide();
    const map = recordsMap(this.doc);
    const records = keys.flatMap((key) => {
      const sig = claimOf(map.get(key))?.sig;
      return this.replica.heldFromRemoved.has(key) && sig !== undefined ? [{ id: key, sig }] : [];
    });
    if (!records.length) throw new Error('no-record');
    await this.addEvent({ kind: 'admit', records });
    await this.replica.reconsider();
  }

  /** A new invite (announced to the team), `days` long; the old one stays valid until it expires or is withdrawn. */
  async newInvite(days: number): Promise<void> {
    this.mustDecide();
    const invite = reissue(this.config.invite, days, Date.now());
    await this.addEvent({ kind: 'invite', invite: invite.id, expires: invite.expires });
    this.reconfigure({ ...this.config, invite }, false);
  }

  async withdrawInvite(id: string): Promise<void> {
    this.mustDecide();
    await this.addEvent({ kind: 'withdraw', invite: id });
  }

  /** Sets the team-wide retention period; every member's replica applies it when it sees the event (this one too). */
  async setRetention(months: number | null): Promise<void> {
    this.mustDecide();
    await this.addEvent({ kind: 'retention', months });
    await this.replica.prune();
  }

  /** Sets the regulation every member works by: a signed setting, as retention is. */
  async setRegulation(profile: string): Promise<void> {
    this.mustDecide();
    await this.addEvent({ kind: 'regulation', profile });
  }

  /** The team's regulation, checked when the roster was folded, with who set it and when. */
  regulation() {
    return this.roster.regulation;
  }

  /** Adds a false alarm's phrase to the team's allowlist: the whole list signed anew, as retention is. */
  async allowPhrase(phrase: string): Promise<void> {
    this.mustDecide();
    await this.addEvent({ kind: 'allow', phrases: withPhrase(this.roster.allowed?.value ?? [], phrase) });
  }

  /** Selectors one moderator taught, for every member's tabs. */
  async shareSelectors(site: SiteId, learned: LearnedSelectors | null): Promise<void> {
    this.mustDecide();
    await this.addEvent({ kind: 'selectors', site, learned });
  }

  /** The team's signed settings a tab uses. */
  shared(): TeamShared {
    return { allowed: this.roster.allowed, selectors: this.roster.selectors };
  }

  private async move(): Promise<void> {
    const plan = await planMove(this.roster, this.config.invite.room);
    await this.addEvent(plan.event);
    this.goTo(plan.room, plan.secret);
  }

  /** A move out of this room that was sealed to this member: follow it. */
  private async followMove(): Promise<void> {
    if (this.moving) return;
    const next = await moveFor(this.roster, this.config.invite.room, this.me);
    if (next) this.goTo(next.room, next.secret);
  }

  private goTo(room: string, secret: string): void {
    if (this.moving) return;
    this.moving = true;
    const { invite, previous } = this.config;
    const until = Date.now() + RELAY_DAYS * DAY;
    const moved: Invite = { ...invite, room, secret };
    this.reconfigure({ ...this.config, invite: moved, previous: [...previous, { room: invite.room, secret: invite.secret, until }].slice(-10) }, true);
  }

  private reconfigure(config: TeamConfig, moved: boolean): void {
    this.config = config;
    this.events.onConfig(config, moved);
  }

  /** Rooms the team left, opened as they were (no replica: nothing new is taken from them); expired ones are deleted. */
  private async openRelays(): Promise<void> {
    const now = Date.now();
    const keep = this.config.previous.filter((p) => p.until > now);
    for (const gone of this.config.previous.filter((p) => p.until <= now)) await new IndexeddbPersistence(docName(gone.room), new Y.Doc()).clearData();
    if (keep.length !== this.config.previous.length) this.reconfigure({ ...this.config, previous: keep }, false);
    for (const { room, secret } of keep) {
      const doc = new Y.Doc();
      const persistence = new IndexeddbPersistence(docName(room), doc);
      await persistence.whenSynced;
      const invite = { ...this.config.invite, room, secret };
      this.relays.push({ doc, persistence, connection: null });
      // A removed member's records may reach the old room at any time: the replica here holds them.
      const carry = (keys?: Iterable<string>) => void carryHeld(doc, this.doc, this.replica.roster, this.team, Date.now(), keys);
      carry();
      recordsMap(doc).observe((event) => carry(event.keysChanged));
      void signalingTopic(invite).then((topic) => {
        const relay = this.relays.find((r) => r.doc === doc);
        if (relay && this.config.online) relay.connection = connectTeam(doc, invite, topic);
      });
    }
  }

  setOnline(online: boolean): void {
    this.config = { ...this.config, online };
    if (online && !this.connection) {
      this.connection = connectTeam(this.doc, this.config.invite, this.topic);
      const { provider } = this.connection;
      // y-webrtc says when a connection attempt starts or ends, not when it opens: watch each one.
      provider.on('peers', this.watchConnections);
      provider.awareness.on('change', this.notify);
      for (const conn of provider.signalingConns) {
        conn.on('connect', () => markStage('signaling'));
        conn.on('connect', this.notify);
        conn.on('disconnect', this.notify);
      }
      this.probeTurn();
    } else if (!online && this.connection) {
      for (const conn of this.connection.provider.signalingConns) {
        conn.off('connect', this.notify);
        conn.off('disconnect', this.notify);
      }
      this.connection.disconnect();
      this.connection = null;
      this.turn.clear();
      for (const relay of this.relays) {
        relay.connection?.disconnect();
        relay.connection = null;
      }
    }
  }

  private probeTurn(): void {
    this.turn.clear();
    for (const server of turnServersOf(this.config.invite)) {
      const url = server.urls as string;
      this.turn.set(url, 'checking');
      void probeTurn(server).then((state) => {
        if (this.turn.get(url) !== 'checking') return;
        this.turn.set(url, state);
        this.notify();
      });
    }
  }

  private watchConnections = () => {
    for (const conn of this.connection?.provider.room?.webrtcConns.values() ?? []) {
      if (this.watched.has(conn)) continue;
      this.watched.add(conn);
      conn.peer.on('connect', () => markStage('peer'));
      conn.peer.on('connect', this.worker);
      conn.peer.on('connect', this.notify);
      conn.peer.on('close', this.notify);
    }
    this.notify();
  };

  /** Signs this moderator's records (already in the store) and adds them to the doc; returns how many were new. */
  record(actions: ModerationAction[]): Promise<number> {
    return this.replica.share(actions);
  }

  prune(): Promise<void> {
    return this.replica.prune();
  }

  private fingerprintOf(key: PublicIdentity): Promise<string> {
    const cacheKey = `${key.sign}.${key.agree}`;
    if (!this.fingerprints.has(cacheKey)) this.fingerprints.set(cacheKey, fingerprint(key));
    return this.fingerprints.get(cacheKey)!;
  }

  async status(): Promise<TeamStatus> {
    const room = this.connection?.provider.room;
    const { roster } = this;
    const requests = this.replica.roster;
    const name = (id: string | null) => requests.nameOf(id) ?? '?';
    const role = this.role();
    const removed = roster.removed.has(this.me.id) || roster.refused.has(this.me.id);
    return {
      team: this.config.invite.team,
      code: encodeInvite(this.config.invite),
      inviteExpires: this.config.invite.expires,
      me: { id: this.me.id, fingerprint: await this.fingerprintOf(this.me.public), standing: role ?? (removed ? 'removed' : 'waiting') },
      members: await Promise.all(
        [...roster.members.values()].map(async (m) => ({
          id: m.id,
          name: m.name,
          role: m.role,
          fingerprint: await this.fingerprintOf(m.key),
          approvedBy: m.approvedBy && name(m.approvedBy),
          approvedAt: m.approvedAt,
        })),
      ),
      removed: [...roster.removed.values()].map((m) => ({ id: m.id, name: m.name, removedBy: name(m.removedBy), removedAt: m.removedAt })),
      requests: await Promise.all(
        [...requests.pending].map(async (id) => {
          const r = requests.requests.get(id)!;
          return { id, name: r.name, fingerprint: await this.fingerprintOf(r.key), at: r.at, problem: requestProblem(roster, r) };
        }),
      ),
      invites: [...roster.invites.values()].map((i) => ({ id: i.id, by: name(i.by), expires: i.expires, withdrawn: i.withdrawn })),
      online: this.config.online,
      peers: room ? [...room.webrtcConns.values()].filter((c) => c.connected).length + room.bcConns.size : 0,
      peerVersions: this.connection ? await this.peerForms.count(this.connection.provider.awareness.getStates(), this.doc.clientID) : { older: 0, newer: 0 },
      signalingConnected: this.connection?.provider.signalingConns.some((c) => c.connected) ?? false,
      signaling: this.config.invite.signaling,
      turn: [...this.turn].map(([url, state]) => ({ url, state })),
      relayOnly: this.config.invite.iceTransportPolicy === 'relay',
      lastSync: this.lastSync,
      records: recordsMap(this.doc).size,
      waiting: this.replica.waitingCount,
      future: this.replica.futureCount,
      newer: this.replica.newerCount,
      held: this.heldSummary(),
      ...(await incidentSummary(this.log, this.team)),
      retention: roster.retention,
      regulation: roster.regulation && {
        id: roster.regulation.profile.id,
        title: roster.regulation.profile.title,
        school: roster.regulation.profile.school,
        by: roster.regulation.by,
        at: roster.regulation.at,
      },
    };
  }

  /** What the held records of removed members say, for the owner and admins to decide on (their signatures held). */
  private heldSummary() {
    const map = recordsMap(this.doc);
    const held = [...this.replica.heldFromRemoved];
    const records = held.slice(0, 50).flatMap(([key, by]) => {
      const read = readWire(map.get(key));
      if (!read.ok) return [];
      const { r } = read.parts;
      const subject = (r.subject as { name?: unknown } | undefined)?.name;
      const chat = r.chat as { title?: unknown; id?: unknown } | undefined;
      return [{
        key,
        member: this.replica.roster.nameOf(by) ?? by,
        kind: String(r.kind),
        time: typeof r.time === 'number' ? r.time : 0,
        subject: typeof subject === 'string' ? subject : null,
        chat: String(chat?.title || chat?.id || ''),
      }];
    });
    return { count: held.length, records };
  }

  exportFile(): Promise<string> {
    return exportTeamFile(this.doc, this.config.invite.room, this.config.invite.secret);
  }

  async importFile(text: string): Promise<TeamFileResult> {
    const result = await importTeamFile(this.doc, text, this.config.invite.room, this.config.invite.secret);
    await this.replica.idle();
    return result;
  }

  /** Stops syncing; `forget` also deletes this browser's replicas (the store keeps the records). */
  async close(forget = false): Promise<void> {
    clearTimeout(this.changeTimer);
    this.setOnline(false);
    await this.replica.stop();
    this.arrivals?.close();
    for (const relay of this.relays) {
      await (forget ? relay.persistence.clearData() : relay.persistence.destroy());
      relay.doc.destroy();
    }
    await (forget ? this.persistence.clearData() : this.persistence.destroy());
    this.doc.destroy();
  }
}
