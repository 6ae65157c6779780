import type { Subject } from '../moderation/subject';
import { chatOverview } from './overview';
import { rowsOf, type ActionLog } from './store';

const WEEK = 7 * 86_400_000;

export interface RepeatCase {
  chatKey: string;
  chat: string;
  subject: Subject;
  strikes: number;
  blockedUntil: number | null;
}

/**
 * What a moderator follows up this week, over every chat: participants past the block threshold
 * (more violations than the regulation allows before a block) and blocks that end within a week.
 * Read from each chat's cached overview, so a large log costs one row per chat.
 */
export async function repeatCases(log: ActionLog, now: number, violationsBeforeBlock: number): Promise<{ pastThreshold: RepeatCase[]; endingSoon: RepeatCase[] }> {
  const keys = [...new Set(((await log.pages.orderBy('[chatKey+month]').uniqueKeys()) as unknown as Array<[string, string]>).map(([chatKey]) => chatKey))];
  const pastThreshold: RepeatCase[] = [];
  const endingSoon: RepeatCase[] = [];
  for (const chatKey of keys) {
    const latest = await log.pages.where('[chatKey+month]').between([chatKey, ''], [chatKey, '\uffff']).last();
    const ref = latest && rowsOf(latest).at(-1)?.chat;
    const chat = ref ? ref.title || ref.id : chatKey;
    for (const p of (await chatOverview(log, chatKey, now)).participants) {
      const entry = { chatKey, chat, subject: p.subject, strikes: p.strikes, blockedUntil: p.blockedUntil };
      if (p.strikes > violationsBeforeBlock) pastThreshold.push(entry);
      if (p.blockedUntil !== null && p.blockedUntil > now && p.blockedUntil <= now + WEEK) endingSoon.push(entry);
    }
  }
  pastThreshold.sort((a, b) => b.strikes - a.strikes);
  endingSoon.sort((a, b) => a.blockedUntil! - b.blockedUntil!);
  return { pastThreshold, endingSoon };
}
