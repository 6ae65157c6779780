import './chunked-peer';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import { chatKey, type ModerationAction } from '@/core/moderation/actions';
import type { TeamConfig, TeamStatus } from '@/core/team/config';
import { addRecord, join, readMembers, readRecords } from '@/core/team/doc';
import { exportTeamFile, importTeamFile, type TeamFileResult } from '@/core/team/file';
import { encodeInvite } from '@/core/team/invite';
import { dropStalePeers } from './stale-peers';

const CHANGE_NOTICE_MS = 250;

/**
 * The team's Y.Doc, kept in the extension's IndexedDB (y-indexeddb) and synced with co-moderators
 * over WebRTC (y-webrtc, the room secret as its password). Runs where WebRTC exists: an offscreen
 * document in Chrome, the background page in Firefox.
 */
export class TeamHost {
  readonly doc = new Y.Doc();
  private persistence: IndexeddbPersistence;
  private provider: WebrtcProvider | null = null;
  private stopWatchdog: (() => void) | null = null;
  private lastSync: number | null = null;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;

  private constructor(
    private config: TeamConfig,
    onRemoteChange: () => void,
  ) {
    this.persistence = new IndexeddbPersistence(`chat-steward-team-${config.invite.room}`, this.doc);
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      // Anything not written here came from a peer or a file.
      if (origin === this.persistence || origin === null) return;
      this.lastSync = Date.now();
      // One notice for a burst of updates (a sync brings many).
      clearTimeout(this.changeTimer);
      this.changeTimer = setTimeout(onRemoteChange, CHANGE_NOTICE_MS);
    });
  }

  /** `onRemoteChange` is told when records arrive from a peer or a file, so open panels can refresh. */
  static async open(config: TeamConfig, onRemoteChange: () => void): Promise<TeamHost> {
    const host = new TeamHost(config, onRemoteChange);
    await host.persistence.whenSynced;
    join(host.doc, config.member);
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

  /** Adds records not yet in the doc, in one transaction (one update to peers); returns how many were new. */
  record(actions: ModerationAction[]): number {
    let added = 0;
    this.doc.transact(() => actions.forEach((a) => addRecord(this.doc, a) && added++));
    return added;
  }

  /** The records of one chat (by chat key), or of one participant there. */
  records(chat: string, subjectId?: string): ModerationAction[] {
    return readRecords(this.doc).records.filter((a) => chatKey(a.chat) === chat && (subjectId === undefined || a.subject?.id === subjectId));
  }

  status(): TeamStatus {
    const room = this.provider?.room;
    const { records, invalid } = readRecords(this.doc);
    return {
      team: this.config.invite.team,
      code: encodeInvite(this.config.invite),
      members: readMembers(this.doc),
      online: this.config.online,
      peers: room ? [...room.webrtcConns.values()].filter((c) => c.connected).length + room.bcConns.size : 0,
      signalingConnected: this.provider?.signalingConns.some((c) => c.connected) ?? false,
      lastSync: this.lastSync,
      records: records.length,
      invalid,
    };
  }

  exportFile(): Promise<string> {
    return exportTeamFile(this.doc, this.config.invite.room, this.config.invite.secret);
  }

  importFile(text: string): Promise<TeamFileResult> {
    return importTeamFile(this.doc, text, this.config.invite.room, this.config.invite.secret);
  }

  async close(): Promise<void> {
    clearTimeout(this.changeTimer);
    this.setOnline(false);
    await this.persistence.destroy();
    this.doc.destroy();
  }
}
