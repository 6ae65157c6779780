import wrtc from '@roamhq/wrtc';
import { ulid } from 'ulid';
import { LeveldbPersistence } from 'y-leveldb';
import * as Y from 'yjs';
import { connectTeam, type TeamConnection } from '../../entrypoints/shared/team-provider';
import { join, memberSchema, recordsMap, type Member } from '../../core/team/doc';
import { signalingTopic } from '../../core/team/invite';
import { Replica } from '../../core/team/replica';
import { memoryStore } from '../../core/team/replica-store';
import type { KeeperConfig } from './config';

/** Long enough for a new member's first sync to have gone out. */
const GC_DELAY_MS = 3000;

/**
 * A member of the team that never sleeps: the team's doc on disk (LevelDB), every record
 * validated and kept like in a browser member (deletions and rewrites undone), synced over
 * WebRTC for Node. Co-moderators who are never online together sync through it.
 */
export class Keeper {
  /** Read back from disk before anything observes it: the replica compares it in full on opening. */
  private doc!: Y.Doc;
  /** The originals it restores from: the doc on disk is the keeper's copy, so memory is enough. */
  private readonly store = memoryStore();
  private persistence!: LeveldbPersistence;
  private replica!: Replica;
  private connection: TeamConnection | null = null;
  private writes: Promise<unknown> = Promise.resolve();
  private undone = 0;

  constructor(
    private readonly config: KeeperConfig,
    private readonly say: (line: string) => void,
  ) {}

  async start(): Promise<void> {
    const { invite, dataDir, name } = this.config;
    this.persistence = new LeveldbPersistence(dataDir);
    // The doc LevelDB builds is the keeper's own: no second copy of a school year in memory.
    this.doc = await this.persistence.getYDoc(invite.room);
    this.doc.on('update', (update: Uint8Array) => {
      this.writes = this.writes.then(() => this.persistence.storeUpdate(invite.room, update));
    });
    join(this.doc, await this.member(name));
    this.replica = new Replica(this.doc, this.store, { team: invite.room, loadOrigins: [], onChange: () => void this.report() });
    await this.replica.open();
    this.say(`Хранитель команды «${invite.team}»: данные в ${dataDir}, записей в команде ${recordsMap(this.doc).size}.`);
    this.connection = connectTeam(this.doc, invite, await signalingTopic(invite), wrtc);
    this.connection.provider.on('peers', this.collectSoon);
    for (const conn of this.connection.provider.signalingConns) {
      // Said once per change: the socket's events can repeat.
      let said: boolean | null = null;
      const tell = (up: boolean) => {
        if (said !== up) this.say(`сигнальный сервер ${conn.url}: ${up ? 'на связи' : 'нет связи, переподключение'}`);
        said = up;
      };
      conn.on('connect', () => tell(true));
      conn.on('disconnect', () => tell(false));
    }
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

  /** Records in the team's doc, and peers connected now. */
  state() {
    const room = this.connection?.provider.room;
    return { records: recordsMap(this.doc).size, peers: room ? [...room.webrtcConns.values()].filter((c) => c.connected).length : 0 };
  }

  /** Stops syncing and waits until everything received is on disk. */
  async stop(): Promise<void> {
    clearTimeout(this.gcTimer);
    this.connection?.disconnect();
    await this.replica?.stop();
    await this.writes;
    await this.persistence?.flushDocument(this.config.invite.room);
    await this.persistence?.destroy();
  }

  /** The same member across restarts: its id is kept beside the doc. */
  private async member(name: string): Promise<Member> {
    const kept = memberSchema.safeParse(await this.persistence.getMeta(this.config.invite.room, 'member'));
    const member = kept.success ? { ...kept.data, name } : { id: ulid(), name, joinedAt: Date.now() };
    await this.persistence.setMeta(this.config.invite.room, 'member', member);
    return member;
  }

  private async report() {
    this.collectSoon();
    const { records, peers } = this.state();
    const { undone } = this.store.incidents();
    const tampering = undone > this.undone ? `; отменено попыток удалить или изменить записи: ${undone - this.undone}` : '';
    this.undone = undone;
    this.say(`синхронизация: записей в команде ${records}, на связи ${peers}${tampering}`);
  }
}
