import { browser } from 'wxt/browser';
import { ulid } from 'ulid';
import { addMonths } from 'date-fns';
import { chatOverview } from '@/core/log/overview';
import { ActionLog, addAction, deleteOlderThan, eraseAll, fromRow, getRow, historyOf } from '@/core/log/store';
import type { ActionDraft, ModerationAction } from '@/core/moderation/actions';
import { chatKey } from '@/core/chat-key';
import type { ChatRef } from '@/core/chat';
import { evaluate, type CitedDecision } from '@/core/moderation/policy';
import { MODEL_PROFILE } from '@/core/regulation/profiles';
import { documentLabel } from '@/core/regulation/citation';
import { loadSettings } from '../shared/storage';
import { activeProfile } from './active-profile';
import { leaveTeam, pruneTeam, shareActions } from './team';

/** The one local store of records, own and the team's, in the extension's IndexedDB. */
export const log = new ActionLog();

const BLOCK_ALARM = 'block:';
const RETENTION_ALARM = 'retention';


async function moderationRules() {
  const { settings, profile } = await activeProfile();
  // A regulation with no moderation rules is moderated by the model rules, which say they are not the school's.
  const source = profile?.moderation ? profile : MODEL_PROFILE;
  return { rules: source.moderation!, document: documentLabel(source), actor: settings.actorName || browser.i18n.getMessage('actorDefault') };
}

/**
 * Checks a moderator's action against the regulation and, when it is allowed, writes it to the
 * store and shares it with the team. The history it is checked against holds co-moderators'
 * records too. The decision goes back either way, so the panel can show the clause that decided.
 */
export async function recordAction(draft: ActionDraft, now = Date.now()): Promise<{ decision: CitedDecision; id?: string }> {
  const { rules, document, actor } = await moderationRules();
  const history = draft.subject ? await historyOf(log, draft.chat, draft.subject.id) : [];
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

async function clearBlockAlarms(action: ModerationAction) {
  for (const alarm of await browser.alarms.getAll()) {
    if (!alarm.name.startsWith(BLOCK_ALARM)) continue;
    const block = await getRow(log, alarm.name.slice(BLOCK_ALARM.length));
    if (block && block.chatKey === chatKey(action.chat) && block.subject?.id === action.subject?.id) await browser.alarms.clear(alarm.name);
  }
}

/** A block's time is up: log its expiry, unless it was lifted already (by anyone in the team). */
async function expireBlock(blockId: string, now = Date.now()) {
  const row = await getRow(log, blockId);
  const block = row && fromRow(row);
  if (!block || block.kind !== 'blocked' || !block.subject) return;
  const history = await historyOf(log, block.chat, block.subject.id);
  const lifted = history.some((a) => a.time >= block.time && a.id !== block.id && (a.kind === 'unblocked' || a.kind === 'block-expired'));
  if (lifted) return;
  const expired: ModerationAction = { id: ulid(now), time: now, actor: browser.i18n.getMessage('actorSystem'), chat: block.chat, subject: block.subject, clauses: block.clauses, kind: 'block-expired' };
  await addAction(log, expired);
  await shareActions([expired]);
}

/** The chat's participants and latest notes, from every record in the store (co-moderators' too). */
export function overviewOf(chat: ChatRef, now = Date.now()) {
  return chatOverview(log, chatKey(chat), now);
}

/** Applies the retention period: the team's when in a team (its host prunes the store too), else this browser's. */
export async function applyRetention(now = Date.now()): Promise<void> {
  if (await pruneTeam()) return;
  const { retentionMonths } = await loadSettings();
  if (retentionMonths) await deleteOlderThan(log, addMonths(now, -retentionMonths).getTime());
}

/** Erase everything: this browser leaves its team (co-moderators keep their copies) and its store is emptied. */
export async function eraseLog(): Promise<void> {
  await leaveTeam();
  await eraseAll(log);
}

export function startLogAlarms(): void {
  void browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(BLOCK_ALARM)) void expireBlock(alarm.name.slice(BLOCK_ALARM.length));
    else if (alarm.name === RETENTION_ALARM) void applyRetention();
  });
}
