import { browser } from 'wxt/browser';
import { ulid } from 'ulid';
import { ActionLog, addAction, deleteOlderThan, fromRow, historyOf, validActions } from '@/core/log/store';
import { chatKey, type ActionDraft, type ModerationAction } from '@/core/moderation/actions';
import type { ChatRef } from '@/core/chat';
import { recentNotes, summarise, type ChatNote, type ParticipantSummary } from '@/core/moderation/participants';
import { evaluate, type CitedDecision } from '@/core/moderation/policy';
import { BUILT_IN_PROFILES, findProfile } from '@/core/regulation/profiles';
import { addMonths } from 'date-fns';
import { loadImportedProfiles, loadSettings } from '../shared/storage';
import { shareActions, teamRecords } from './team';

/** The log lives in the extension's IndexedDB: the background is its only writer. */
export const log = new ActionLog();

const BLOCK_ALARM = 'block:';
const RETENTION_ALARM = 'retention';

/** Clause 4.5–4.8 of School No. 31 are the only moderation rules among the seeds: the default elsewhere. */
const DEFAULT_RULES_PROFILE = BUILT_IN_PROFILES.find((p) => p.moderation)!;

async function moderationRules() {
  const settings = await loadSettings();
  const profile = findProfile(settings.profileId, await loadImportedProfiles());
  const source = profile?.moderation ? profile : DEFAULT_RULES_PROFILE;
  return { rules: source.moderation!, document: source.document, actor: settings.actorName || browser.i18n.getMessage('actorDefault') };
}

/**
 * Checks a moderator's action against the regulation and, when it is allowed, writes it to the log.
 * The decision goes back either way, so the panel can show the clause that decided.
 */
export async function recordAction(draft: ActionDraft, now = Date.now()): Promise<{ decision: CitedDecision; id?: string }> {
  const { rules, document, actor } = await moderationRules();
  const history = draft.subject ? await subjectHistory(draft.chat, draft.subject.id) : [];
  const decision = { ...evaluate(draft, history, rules, now), document };
  if (decision.verdict !== 'allowed') return { decision };
  const clauses = decision.clause ? [...new Set([decision.clause, ...draft.clauses])] : draft.clauses;
  const action = { ...draft, clauses, id: ulid(now), time: now, actor } as ModerationAction;
  await addAction(log, action);
  await shareActions([action]);
  if (action.kind === 'blocked') await browser.alarms.create(BLOCK_ALARM + action.id, { when: action.until });
  if (action.kind === 'unblocked' || action.kind === 'removed') await clearBlockAlarms(action);
  return { decision, id: action.id };
}

/** In a team the shared records are the history, so co-moderators' violations count too. */
async function subjectHistory(chat: ChatRef, subjectId: string): Promise<ModerationAction[]> {
  return (await teamRecords(chat, subjectId)) ?? historyOf(log, chat, subjectId);
}

async function clearBlockAlarms(action: ModerationAction) {
  for (const alarm of await browser.alarms.getAll()) {
    if (!alarm.name.startsWith(BLOCK_ALARM)) continue;
    const block = await log.actions.get(alarm.name.slice(BLOCK_ALARM.length));
    if (block && block.chatKey === chatKey(action.chat) && block.subject?.id === action.subject?.id) await browser.alarms.clear(alarm.name);
  }
}

/** A block's time is up: log its expiry, unless it was lifted already. */
async function expireBlock(blockId: string, now = Date.now()) {
  const row = await log.actions.get(blockId);
  const block = row && fromRow(row);
  if (!block || block.kind !== 'blocked' || !block.subject) return;
  const history = await subjectHistory(block.chat, block.subject.id);
  const lifted = history.some((a) => a.time >= block.time && a.id !== block.id && (a.kind === 'unblocked' || a.kind === 'block-expired'));
  if (lifted) return;
  const expired: ModerationAction = { id: ulid(now), time: now, actor: browser.i18n.getMessage('actorSystem'), chat: block.chat, subject: block.subject, clauses: block.clauses, kind: 'block-expired' };
  await addAction(log, expired);
  await shareActions([expired]);
}

/** On creating or joining a team, what this moderator logged before becomes part of the team's history. */
export async function shareLog(): Promise<void> {
  await shareActions(validActions(await log.actions.toArray()));
}

const NOTES_IN_PANEL = 5;

/** The chat's participants and latest notes, from the team's records when in a team (with peers' actions), else the local log. */
export async function chatOverview(chat: ChatRef, now = Date.now()): Promise<{ participants: ParticipantSummary[]; notes: ChatNote[] }> {
  const history = (await teamRecords(chat)) ?? validActions(await log.actions.where('chatKey').equals(chatKey(chat)).toArray());
  return { participants: summarise(history, now), notes: recentNotes(history, NOTES_IN_PANEL) };
}

/** Applies the retention setting; runs daily and when the setting changes. */
export async function applyRetention(now = Date.now()): Promise<number> {
  const { retentionMonths } = await loadSettings();
  return retentionMonths ? deleteOlderThan(log, addMonths(now, -retentionMonths).getTime()) : 0;
}

export function startLogAlarms(): void {
  void browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(BLOCK_ALARM)) void expireBlock(alarm.name.slice(BLOCK_ALARM.length));
    else if (alarm.name === RETENTION_ALARM) void applyRetention();
  });
}
