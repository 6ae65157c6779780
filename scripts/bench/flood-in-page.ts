// Bundled into a page by store.ts: a peer floods the team with 10k records in one chat; what the
// host's status, the panel's query and the panel's participant list then cost, in real Chromium.
import './i18n-shim';
import { h, render } from 'preact';
import * as Y from 'yjs';
import { ModerationSection } from '../../components/ModerationSection';
import { chatOverview } from '../../core/log/overview';
import { ActionLog } from '../../core/log/store';
import { recordsMap } from '../../core/team/doc';
import type { ModerationAction } from '../../core/moderation/actions';
import { signedTeam } from './signed-team';
import { incidentSummary } from '../../core/team/incidents';
import { Replica } from '../../core/team/replica';
import { dexieStore } from '../../core/team/replica-store';

export const FLOOD = { records: 10_000, participants: 2003 };

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
async function timed(runs: number, work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  return median(times);
}

async function flood() {
  const chat = { site: 'max' as const, id: '-70000000001', title: '7Б — родители' };
  const start = Date.parse('2026-11-01T08:00:00Z');
  const records: ModerationAction[] = Array.from({ length: FLOOD.records }, (_, i) => {
    const n = i % FLOOD.participants;
    return { id: `01F${String(i).padStart(12, '0')}`, time: start + i * 1000, actor: 'Петрова', chat, clauses: [], kind: 'violation', subject: { id: `p${n}`, name: `Участник ${n}` }, reason: 'Спам в чате' };
  });
  // A member of the team floods it: every record signed and accepted.
  const { doc: peer, owner, team } = await signedTeam(records);

  const log = new ActionLog(`bench-flood-${Date.now()}`);
  const doc = new Y.Doc();
  const replica = new Replica(doc, dexieStore(log), { team, owner, loadOrigins: [], onChange: () => {} });
  let t = performance.now();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer), 'peer');
  await replica.idle();
  const arrivalMs = performance.now() - t;

  // The host's status: the doc's size and the incidents, never a pass over the records.
  const statusMs = await timed(31, async () => [recordsMap(doc).size, await incidentSummary(log, team)]);
  const now = Date.parse('2026-11-23T10:00:00Z');
  t = performance.now();
  const overview = await chatOverview(log, 'max:-70000000001', now);
  const panelFirstMs = performance.now() - t;
  const panelMs = await timed(31, () => chatOverview(log, 'max:-70000000001', now));

  const host = document.createElement('div');
  document.body.append(host);
  const props = { chat, participants: overview.participants, violationsBeforeBlock: 3, onRecord: async () => 'bench', onOpenLog: () => {} };
  const renderMs = await timed(11, () => {
    render(h(ModerationSection, props), host);
    render(null, host);
  });
  await replica.stop();
  await log.delete();
  return { arrivalMs, statusMs, panelFirstMs, panelMs, renderMs, participants: overview.participants.length };
}

Object.assign(globalThis, { floodBench: flood });
