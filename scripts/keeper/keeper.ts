import wrtc from '@roamhq/wrtc';
import { LeveldbPersistence } from 'y-leveldb';
import type * as Y from 'yjs';
import type { ReadyKeep } from '../../entrypoints/shared/ready-year';
import { connectTeam, type TeamConnection } from '../../entrypoints/shared/team-provider';
import { recordsMap } from '../../core/team/doc';
import { createIdentity, exportIdentity, fingerprint, identityFileSchema, importIdentity, type Identity } from '../../core/team/identity';
import { inviteSchema, signalingTopic, type Invite } from '../../core/team/invite';
import { moveFor } from '../../core/team/move';
import { Replica } from '../../core/team/replica';
import { memoryStore } from '../../core/team/memory-store';
import type { ReplicaStore } from '../../core/team/replica-store';
import { plantRoster, type RosterSeed } from '../../core/team/roster-replica';
import type { KeeperConfig } from './config';
import { shareEqualValues } from './shared-values';

/** Where the keeper's own things are kept in its LevelDB, beside the team's docs. */
const META_DOC = 'keeper';

/** Long enough for a new member's first sync to have gone out. */
const GC_DELAY_MS = 3000;
/** Equal values are shared after this: the member who woke a sleeping team waits for its year meanwhile. */
const SHARE_AFTER_MS = 2000;

/**
 * What a district keeps of a team while it sleeps, so that waking it checks and encodes nothing
 * twice: the verified records (the originals it restores from; the doc on disk is the keeper's own
 * copy, so memory is enough), and the room's ready copy for newcomers (see ready-year.ts).
 */
export interface Kept {
  store: ReplicaStore & Pick<ReturnType<typeof memoryStore>, 'incidents'>;
  ready: ReadyKeep & { room: string | null };
}

export const keepNothing = (): Kept => ({ store: memoryStore(), ready: { room: null, copy: null } });

/**
 * A member of the team that never sleeps: the team's doc on disk (LevelDB), every record
 * verified and kept like in a browser member (unsigned, forged and strangers' records refused;
 * deletions and rewrites undone), synced over WebRTC for Node. Co-moderators who are never
 * online together sync through it. It has an identity of its own and asks to join like anyone;
 * once approved, it follows the team when a removal moves it to a new room.
 */
export class Keeper {
  /** Read back from disk before anything observes it: the replica compares it in full on opening. */
  private doc!: Y.Doc;
  private persistence!: LeveldbPersistence;
  private replica!: Replica;
  private connection: TeamConnection | null = null;
  private writes: Promise<unknown> = Promise.resolve();
  private undone = 0;
  private refused = 0;
  private identity!: Identity;
  /** The team's room now: the invite's, until the team moves. */
  private invite!: Invite;
  private moving = false;
  private lastSync: number | null = null;
  /** Stops hearing the signaling sockets' events (shared with a district's other teams). */
  private unwatch: Array<() => void> = [];

  constructor(
    private readonly config: KeeperConfig,
    private readonly say: (line: string) => void,
    private readonly kept: Kept = keepNothing(),
  ) {}

  async start(): Promise<void> {
    const { dataDir } = this.config;
    this.persistence = new LeveldbPersistence(dataDir);
    this.identity = await this.loadIdentity();
    await this.openRoom(await this.currentRoom());
    this.say(`Хранитель команды «${this.invite.team}»: данные в ${dataDir}, записей в команде ${recordsMap(this.doc).size}.`);
    // Read aloud to the owner or an admin, who approves the keeper's request in the extension.
    this.say(`отпечаток ключа хранителя: ${await fingerprint(this.identity.public)}`);
  }

  private async openRoom(invite: Invite, seed?: RosterSeed): Promise<void> {
    this.invite = invite;
    // The doc LevelDB builds is the keeper's own: no second copy of a school year in memory.
    this.doc = await this.persistence.getYDoc(invite.room);
    this.doc.on('update', (update: Uint8Array) => {
      this.writes = this.writes.then(() => this.persistence.storeUpdate(invite.room, update));
    });
    const { doc } = this;
    const sharing = setTimeout(() => this.unwatch.push(shareEqualValues(doc)), SHARE_AFTER_MS);
    this.unwatch.push(() => clearTimeout(sharing));
    if (seed) plantRoster(this.doc, seed, META_DOC);
    this.replica = new Replica(this.doc, this.kept.store, {
      team: invite.teamId,
      owner: invite.owner,
      loadOrigins: [META_DOC],
      onChange: () => {
        void this.report();
        void this.followMove();
      },
    });
    // Into the room first: the member who woke a sleeping team is waiting, and what arrives
    // meanwhile queues behind the replica's opening, which takes it in as it would later.
    if (this.kept.ready.room !== invite.room) Object.assign(this.kept.ready, { room: invite.room, copy: null });
    this.connection = connectTeam(this.doc, invite, await signalingTopic(invite), { wrtc, ready: this.kept.ready });
    this.connection.provider.on('peers', this.collectSoon);
    for (const conn of this.connection.provider.signalingConns) {
      // Said once per change: the socket's events can repeat, and a district's teams share it.
      let said: boolean | null = null;
      const tell = (up: boolean) => {
        if (said !== up) this.say(`сигнальный сервер ${conn.url}: ${up ? 'на связи' : 'нет связи, переподключение'}`);
        said = up;
      };
      const up = () => tell(true);
      const down = () => tell(false);
      conn.on('connect', up);
      conn.on('disconnect', down);
      this.unwatch.push(() => (conn.off('connect', up), conn.off('disconnect', down)));
      if (conn.connected) up();
    }
    await this.replica.open();
    await this.replica.roster.ask(this.identity, this.config.name, invite.id, Date.now());
    void this.followMove();
  }

  /** A move out of this room sealed to the keeper: it goes too, carrying the roster, and remembers where. */
  private async followMove(): Promise<void> {
    if (this.moving) return;
    const next = await moveFor(this.replica.roster.roster, this.invite.room, this.identity);
    if (!next) return;
    this.moving = true;
    const seed = this.replica.roster.seed();
    await this.closeRoom();
    const invite = { ...this.invite, ...next };
    await this.persistence.setMeta(META_DOC, 'room', invite);
    await this.openRoom(invite, seed);
    this.moving = false;
    this.say('команда перешла в новую комнату после удаления участника; хранитель перешёл вместе с ней');
  }

  /** The room the keeper last followed the team to, if it is this invite's team; else the invite's. */
  private async currentRoom(): Promise<Invite> {
    const kept = inviteSchema.safeParse(await this.persistence.getMeta(META_DOC, 'room'));
    return kept.success && kept.data.teamId === this.config.invite.teamId ? kept.data : this.config.invite;
  }

  /**
   * The keeper's identity, kept beside the docs (its private keys can be read by whoever can read
   * the data directory, which holds the team's records anyway: keep it the keeper's own).
   */
  private async loadIdentity(): Promise<Identity> {
    const stored = await this.persistence.getMeta(META_DOC, 'identity');
    const kept = identityFileSchema.safeParse(stored);
    if (kept.success) return importIdentity(kept.data);
    if (stored !== undefined) this.say('ключ хранителя в каталоге данных не читается: создан новый — владельцу или администратору нужно одобрить хранителя заново');
    const fresh = await createIdentity({ extractable: true });
    await this.persistence.setMeta(META_DOC, 'identity', await exportIdentity(fresh));
    return importIdentity(await exportIdentity(fresh));
  }

  /**
   * A sync leaves megabytes behind (a school year encoded and compressed for a new member); a
   * server that holds a team for months gives them back rather than keep its peak. Needs node's
   * --expose-gc, which `npm run keeper` passes.
   */
  private collectSoon = () => {
    clearTimeout(this.gcTimer);
    this.gcTimer = setTimeout(() => (globalThis as { gc?: () => void }).gc?.(), GC_DELAY_MS);
  };
  private gcTimer: ReturnType<typeof setTimeout> | undefined;

  /** Records in the team's doc, peers connected now, members on the roster, and the last sync. */
  state() {
    const room = this.connection?.provider.room;
    return {
      records: recordsMap(this.doc).size,
      peers: room ? [...room.webrtcConns.values()].filter((c) => c.connected).length : 0,
      members: this.replica.roster.roster.members.size,
      lastSync: this.lastSync,
    };
  }

  /** The room's topic on the signaling servers, and where they are (the team's room now). */
  async rendezvous(): Promise<{ topic: string; signaling: string[] }> {
    return { topic: await signalingTopic(this.invite), signaling: this.invite.signaling };
  }

  /** Stops syncing and waits until everything received is on disk. */
  async stop(): Promise<void> {
    clearTimeout(this.gcTimer);
    await this.closeRoom();
    await this.persistence?.destroy();
  }

  private async closeRoom(): Promise<void> {
    this.unwatch.splice(0).forEach((stop) => stop());
    this.connection?.disconnect();
    this.connection = null;
    await this.replica?.stop();
    await this.writes;
    if (this.invite) await this.persistence?.flushDocument(this.invite.room);
    this.doc?.destroy();
  }

  private async report() {
    this.lastSync = Date.now();
    this.collectSoon();
    const { records, peers } = this.state();
    const { undone, refused } = this.kept.store.incidents();
    const tampering = undone > this.undone ? `; отменено попыток удалить или изменить записи: ${undone - this.undone}` : '';
    const strangers = refused > this.refused ? `; не принято записей (без подписи, поддельных, от посторонних): ${refused - this.refused}` : '';
    this.undone = undone;
    this.refused = refused;
    this.say(`синхронизация: записей в команде ${records}, на связи ${peers}${tampering}${strangers}`);
  }
}
