import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { ActionLog } from '@/core/log/store';
import type { ModerationAction } from '@/core/moderation/actions';
import type { TeamConfig, TeamStatus } from '@/core/team/config';
import { addRecord, join, readMembers, recordsMap, setTeamRetention, teamRetention } from '@/core/team/doc';
import { exportTeamFile, importTeamFile, type TeamFileResult } from '@/core/team/file';
import { incidentSummary } from '@/core/team/incidents';
import { encodeInvite, signalingTopic } from '@/core/team/invite';
import { Replica } from '@/core/team/replica';
import { dexieStore } from '@/core/team/replica-store';
import { connectTeam, type TeamConnection } from './team-provider';

const CHANGE_NOTICE_MS = 250;

/**
 * The team's Y.Doc, kept in the extension's IndexedDB (y-indexeddb) and synced with co-moderators
 * over WebRTC (y-webrtc, the room secret as its password); the replica moves what arrives into
 * the local store. Runs where WebRTC exists: an offscreen document in Chrome, the background page
 * in Firefox.
 */
export class TeamHost {
  readonly doc = new Y.Doc();
  private persistence: IndexeddbPersistence;
  private replica: Replica;
  private connection: TeamConnection | null = null;
  private lastSync: number | null = null;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private topic = '';
  /** Connections whose opening and closing are already watched. */
  private watched = new WeakSet<object>();
  /** Tells the background, once for a burst, that what the team status shows has changed. */
  private readonly notify: () => void;

  private constructor(
    private config: TeamConfig,
    private log: ActionLog,
    onChange: () => void,
  ) {
    this.notify = () => {
      clearTimeout(this.changeTimer);
      this.changeTimer = setTimeout(onChange, CHANGE_NOTICE_MS);
    };
    this.persistence = new IndexeddbPersistence(`chat-steward-team-${config.invite.room}`, this.doc);
    this.replica = new Replica(this.doc, dexieStore(log), {
      team: config.invite.room,
      loadOrigins: [this.persistence],
      onChange: () => {
        this.lastSync = Date.now();
        this.notify();
      },
    });
  }

  /**
   * `onChange` is told when records from a peer or a file are in the store, and when peers or the
   * signaling server connect or go: open views refresh then, instead of asking every few seconds.
   */
  static async open(config: TeamConfig, log: ActionLog, onChange: () => void): Promise<TeamHost> {
    const host = new TeamHost(config, log, onChange);
    host.topic = await signalingTopic(config.invite);
    await host.persistence.whenSynced;
    join(host.doc, config.member);
    await host.replica.open();
    host.setOnline(config.online);
    return host;
  }

  setOnline(online: boolean): void {
    this.config = { ...this.config, online };
    if (online && !this.connection) {
      this.connection = connectTeam(this.doc, this.config.invite, this.topic);
      const { provider } = this.connection;
      // y-webrtc says when a connection attempt starts or ends, not when it opens: watch each one.
      provider.on('peers', this.watchConnections);
      for (const conn of provider.signalingConns) {
        conn.on('connect', this.notify);
        conn.on('disconnect', this.notify);
      }
    } else if (!online && this.connection) {
      for (const conn of this.connection.provider.signalingConns) {
        conn.off('connect', this.notify);
        conn.off('disconnect', this.notify);
      }
      this.connection.disconnect();
      this.connection = null;
    }
  }

  private watchConnections = () => {
    for (const conn of this.connection?.provider.room?.webrtcConns.values() ?? []) {
      if (this.watched.has(conn)) continue;
      this.watched.add(conn);
      conn.peer.on('connect', this.notify);
      conn.peer.on('close', this.notify);
    }
    this.notify();
  };

  /** Adds this moderator's records (already in the store) to the doc, in one update to peers; returns how many were new. */
  record(actions: ModerationAction[]): number {
    let added = 0;
    this.doc.transact(() => actions.forEach((a) => addRecord(this.doc, a) && added++));
    return added;
  }

  /** Sets the team-wide retention period; every member's replica applies it when it sees the setting (this one too). */
  async setRetention(months: number | null): Promise<void> {
    setTeamRetention(this.doc, { months, by: this.config.member.name, at: Date.now() });
    await this.replica.idle();
  }

  prune(): Promise<void> {
    return this.replica.prune();
  }

  async status(): Promise<TeamStatus> {
    const room = this.connection?.provider.room;
    return {
      team: this.config.invite.team,
      code: encodeInvite(this.config.invite),
      members: readMembers(this.doc),
      online: this.config.online,
      peers: room ? [...room.webrtcConns.values()].filter((c) => c.connected).length + room.bcConns.size : 0,
      signalingConnected: this.connection?.provider.signalingConns.some((c) => c.connected) ?? false,
      lastSync: this.lastSync,
      records: recordsMap(this.doc).size,
      ...(await incidentSummary(this.log, this.config.invite.room)),
      retention: teamRetention(this.doc),
    };
  }

  exportFile(): Promise<string> {
    return exportTeamFile(this.doc, this.config.invite.room, this.config.invite.secret);
  }

  async importFile(text: string): Promise<TeamFileResult> {
    const result = await importTeamFile(this.doc, text, this.config.invite.room, this.config.invite.secret);
    await this.replica.idle();
    return result;
  }

  /** Stops syncing; `forget` also deletes this browser's replica (the store keeps the records). */
  async close(forget = false): Promise<void> {
    clearTimeout(this.changeTimer);
    this.setOnline(false);
    await this.replica.stop();
    await (forget ? this.persistence.clearData() : this.persistence.destroy());
    this.doc.destroy();
  }
}
