import './chunked-peer';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import { ActionLog } from '@/core/log/store';
import type { ModerationAction } from '@/core/moderation/actions';
import type { TeamConfig, TeamStatus } from '@/core/team/config';
import { addRecord, join, readMembers, recordsMap, setTeamRetention, teamRetention } from '@/core/team/doc';
import { exportTeamFile, importTeamFile, type TeamFileResult } from '@/core/team/file';
import { incidentSummary } from '@/core/team/incidents';
import { encodeInvite } from '@/core/team/invite';
import { Replica } from '@/core/team/replica';
import { dropStalePeers } from './stale-peers';

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
  private provider: WebrtcProvider | null = null;
  private stopWatchdog: (() => void) | null = null;
  private lastSync: number | null = null;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;

  private constructor(
    private config: TeamConfig,
    private log: ActionLog,
    onRemoteChange: () => void,
  ) {
    this.persistence = new IndexeddbPersistence(`chat-steward-team-${config.invite.room}`, this.doc);
    this.replica = new Replica(this.doc, log, {
      team: config.invite.room,
      loadOrigins: [this.persistence],
      onChange: () => {
        this.lastSync = Date.now();
        // One notice for a burst (a sync brings many).
        clearTimeout(this.changeTimer);
        this.changeTimer = setTimeout(onRemoteChange, CHANGE_NOTICE_MS);
      },
    });
  }

  /** `onRemoteChange` is told when records from a peer or a file are in the store, so open views can refresh. */
  static async open(config: TeamConfig, log: ActionLog, onRemoteChange: () => void): Promise<TeamHost> {
    const host = new TeamHost(config, log, onRemoteChange);
    await host.persistence.whenSynced;
    join(host.doc, config.member);
    await host.replica.open();
    host.setOnline(config.online);
    return host;
  }

  setOnline(online: boolean): void {
    this.config = { ...this.config, online };
    if (online && !this.provider) {
      const { room, secret, signaling, iceServers } = this.config.invite;
      this.provider = new WebrtcProvider(room, this.doc, {
        signaling,
        password: secret,
        peerOpts: iceServers ? { config: { iceServers } } : {},
      });
      this.stopWatchdog = dropStalePeers(() => this.provider?.room?.webrtcConns.values() ?? []);
    } else if (!online && this.provider) {
      this.stopWatchdog?.();
      // destroy() alone leaves y-webrtc's shared signaling socket open; offline means no connection.
      this.provider.disconnect();
      this.provider.destroy();
      this.provider = null;
    }
  }

  /** Adds this moderator's records (already in the store) to the doc, in one update to peers; returns how many were new. */
  record(actions: ModerationAction[]): number {
    let added = 0;
    this.doc.transact(() => actions.forEach((a) => addRecord(this.doc, a) && added++));
    return added;
  }

  /** Sets the team-wide retention period; every member's host applies it. */
  async setRetention(months: number | null): Promise<void> {
    setTeamRetention(this.doc, { months, by: this.config.member.name, at: Date.now() });
    await this.replica.prune();
  }

  prune(): Promise<void> {
    return this.replica.prune();
  }

  async status(): Promise<TeamStatus> {
    const room = this.provider?.room;
    return {
      team: this.config.invite.team,
      code: encodeInvite(this.config.invite),
      members: readMembers(this.doc),
      online: this.config.online,
      peers: room ? [...room.webrtcConns.values()].filter((c) => c.connected).length + room.bcConns.size : 0,
      signalingConnected: this.provider?.signalingConns.some((c) => c.connected) ?? false,
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
