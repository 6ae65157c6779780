import { checkMessage } from '@/core/content-check/check';
import { contentRulesOf } from '@/core/content-check/rules';
import type { CheckCategory } from '@/core/content-check/hits';
import type { ContentVerdict } from '@/core/response';
import type { ChatRef } from '@/core/chat';
import { findProfile } from '@/core/regulation/profiles';
import { loadImportedProfiles, loadSettings } from '../shared/storage';
import { recordAction } from './log';

async function activeRules() {
  const settings = await loadSettings();
  return contentRulesOf(findProfile(settings.profileId, await loadImportedProfiles()));
}

/** The message about to go out, checked here: the word lists and phone metadata stay out of the tab. */
export async function checkContent(text: string): Promise<ContentVerdict> {
  const rules = await activeRules();
  return { hits: checkMessage(text, { ...rules, categories: rules.checks }), language: rules.language, personalData: rules.personalData };
}

/** "Send anyway": the kinds of thing found and the clauses they break go in the log, never the text. */
export async function recordContentOverride(chat: ChatRef, categories: CheckCategory[], at: number) {
  const rules = await activeRules();
  const clauses = [...new Set(categories.map((c) => (c === 'obscenity' ? rules.language : rules.personalData).clause))];
  return recordAction({ kind: 'content-override', chat, categories: [...new Set(categories)], clauses }, at);
}
