import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { decodeInvite, type Invite } from '../../core/team/invite';
import { useNostrSignaling } from '../../entrypoints/shared/nostr-signaling';
import { keepNothing, Keeper, type Kept } from './keeper';
import { RendezvousListener } from './rendezvous-listener';

/** How a team stands in the keeper: its doc loaded and syncing, asleep until a member comes, or not opening. */
export type TeamState = 'open' | 'asleep' | 'damaged';

export interface TeamStatus {
  /** The invite file's name, without its extension: how the district names the team. */
  key: string;
  name: string;
  state: TeamState;
  members: number;
  records: number;
  peers: number;
  lastSync: number | null;
  problem: string | null;
}

interface Slot {
  key: string;
  file: string;
  invite: Invite;
  dataDir: string;
  /** When the invite file last changed: a new code for the same key is a new team. */
  mtime: number;
  state: TeamState;
  keeper: Keeper | null;
  /** Where a sleeping team is listened for: its room's topic (the room it last followed the team to). */
  rendezvous: { topic: string; signaling: string[] } | null;
  /** The team's verified records and its ready copy for newcomers, kept while it sleeps: waking checks and encodes nothing twice. */
  kept: Kept;
  idleSince: number;
  last: Omit<TeamStatus, 'key' | 'name' | 'state' | 'problem'>;
  problem: string | null;
  /** Opening or closing under way: the next step waits for it. */
  busy: Promise<void>;
}

export interface DistrictConfig {
  /** A directory of invite files (one team each), or one invite for a school's single team. */
  teams: { dir: string } | { invite: Invite };
  dataRoot: string;
  name: string;
  /** A team with no member connected for this long is put to sleep (its doc written out and let go). */
  idleMs: number;
  /** How often the directory is read again. */
  rescanMs: number;
}

const INVITE_FILE = /^[^.].*$/;

/**
 * One keeper process for many teams (a district's schools): each team an invite file in one
 * directory, with its own data directory and identity, as a single keeper has. A team's doc is
 * loaded while its members are online and let go after a quiet period; asleep, the team costs a
 * topic on a signaling connection, and a member coming online wakes it. Adding or removing an
 * invite file takes effect without a restart; a team whose data cannot be opened is named and
 * set aside, and the others go on.
 */
export class District {
  private readonly slots = new Map<string, Slot>();
  /** Files that hold no invite, by key, with the version already said so: said once, not every scan. */
  private readonly unreadable = new Map<string, number>();
  private readonly listener = new RendezvousListener((topic) => void this.wake(topic));
  private timer: ReturnType<typeof setInterval> | undefined;
  private stopped = false;

  constructor(
    private readonly config: DistrictConfig,
    private readonly say: (line: string) => void,
  ) {
    useNostrSignaling();
  }

  async start(): Promise<void> {
    await this.rescan();
    this.timer = setInterval(() => void this.tick(), this.config.rescanMs);
  }

  status(): TeamStatus[] {
    return [...this.slots.values()].map((s) => {
      const live = s.keeper?.state();
      return { key: s.key, name: s.invite.team, state: s.state, problem: s.problem, ...(live ? { members: live.members, records: live.records, peers: live.peers, lastSync: live.lastSync ?? s.last.lastSync } : s.last) };
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.listener.close();
    await Promise.all([...this.slots.values()].map((s) => this.sleep(s)));
  }

  private async tick(): Promise<void> {
    await this.rescan();
    const now = Date.now();
    for (const slot of this.slots.values()) {
      if (slot.state !== 'open' || !slot.keeper) continue;
      if (slot.keeper.state().peers > 0) slot.idleSince = now;
      else if (now - slot.idleSince >= this.config.idleMs) void this.sleep(slot);
    }
  }

  /** The invite files as they are now: new ones open, removed ones stop, changed ones start again. */
  private async rescan(): Promise<void> {
    if (this.stopped) return;
    const found = this.inviteFiles();
    for (const [key, slot] of this.slots) {
      const file = found.get(key);
      if (file && file.mtime === slot.mtime) continue;
      this.slots.delete(key);
      await this.sleep(slot);
      this.say(`команда «${slot.invite.team}» (${key}): ${file ? 'файл приглашения изменился, открываю заново' : 'файл приглашения удалён — больше не обслуживается'}`);
    }
    for (const [key, { file, mtime }] of found) {
      if (this.slots.has(key) || this.unreadable.get(key) === mtime) continue;
      const invite = 'invite' in this.config.teams ? this.config.teams.invite : decodeInvite(readText(file));
      if (!invite) {
        this.unreadable.set(key, mtime);
        this.say(`файл ${file}: код приглашения не читается — пропущен (скопируйте код заново из настроек расширения)`);
        continue;
      }
      const dataDir = 'dir' in this.config.teams ? join(this.config.dataRoot, key) : this.config.dataRoot;
      const slot: Slot = { key, file, invite, dataDir, mtime, state: 'asleep', keeper: null, rendezvous: null, kept: keepNothing(), idleSince: Date.now(), last: { members: 0, records: 0, peers: 0, lastSync: null }, problem: null, busy: Promise.resolve() };
      this.slots.set(key, slot);
      // Opened once at the start: members already online announced before anyone listened.
      await this.open(slot);
    }
    this.listenForSleeping();
  }

  private inviteFiles(): Map<string, { file: string; mtime: number }> {
    const { teams } = this.config;
    if ('invite' in teams) return new Map([['team', { file: '', mtime: 0 }]]);
    const files = new Map<string, { file: string; mtime: number }>();
    let names: string[] = [];
    try {
      names = readdirSync(teams.dir);
    } catch {
      this.say(`каталог приглашений ${teams.dir} не читается`);
    }
    for (const name of names) {
      const file = join(teams.dir, name);
      try {
        const stat = statSync(file);
        if (stat.isFile() && INVITE_FILE.test(name)) files.set(basename(name, extname(name)), { file, mtime: stat.mtimeMs });
      } catch {
        // Removed between listing and reading: the next scan sees it gone.
      }
    }
    return files;
  }

  private async open(slot: Slot): Promise<void> {
    slot.busy = slot.busy.then(async () => {
      if (slot.state === 'open' || this.stopped) return;
      const prefix = 'dir' in this.config.teams ? `[${slot.key}] ` : '';
      const keeper = new Keeper({ invite: slot.invite, dataDir: slot.dataDir, name: this.config.name }, (line) => this.say(prefix + line), slot.kept);
      try {
        await keeper.start();
      } catch (error) {
        await keeper.stop().catch(() => {});
        slot.state = 'damaged';
        slot.problem = `каталог данных ${slot.dataDir} не открывается: ${error instanceof Error ? error.message : String(error)}`;
        this.say(`команда «${slot.invite.team}» (${slot.key}): ${slot.problem}; остальные команды работают`);
        return;
      }
      slot.keeper = keeper;
      slot.state = 'open';
      slot.problem = null;
      slot.idleSince = Date.now();
      slot.rendezvous = await keeper.rendezvous();
    });
    await slot.busy;
  }

  private async sleep(slot: Slot): Promise<void> {
    slot.busy = slot.busy.then(async () => {
      const { keeper } = slot;
      if (!keeper) return;
      slot.last = keeper.state();
      slot.rendezvous = await keeper.rendezvous();
      slot.keeper = null;
      slot.state = 'asleep';
      await keeper.stop();
      // The doc's memory goes back to the system now, not at the next collection (node --expose-gc, as npm run keeper runs it).
      (globalThis as { gc?: () => void }).gc?.();
      this.say(`команда «${slot.invite.team}» (${slot.key}): никого на связи — данные записаны, команда спит до прихода участника`);
    });
    await slot.busy;
    this.listenForSleeping();
  }

  /** A member announced itself on a sleeping team's topic: load the team and join the room. */
  private async wake(topic: string): Promise<void> {
    const slot = [...this.slots.values()].find((s) => s.state === 'asleep' && s.rendezvous?.topic === topic);
    if (!slot) return;
    this.say(`команда «${slot.invite.team}» (${slot.key}): участник на связи — открываю`);
    await this.open(slot);
    this.listenForSleeping();
  }

  private listenForSleeping(): void {
    const wanted = new Map<string, Set<string>>();
    for (const slot of this.slots.values()) {
      if (slot.state !== 'asleep' || !slot.rendezvous) continue;
      for (const url of slot.rendezvous.signaling) {
        if (!wanted.has(url)) wanted.set(url, new Set());
        wanted.get(url)!.add(slot.rendezvous.topic);
      }
    }
    this.listener.listen(wanted);
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
