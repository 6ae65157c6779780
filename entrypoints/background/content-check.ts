import { checkMessage } from '@/core/content-check/check';
import { citationFor, contentRulesOf } from '@/core/content-check/rules';
import type { CheckCategory } from '@/core/content-check/hits';
import type { ContentVerdict } from '@/core/response';
import type { ChatRef } from '@/core/chat';
import { activeProfile } from './active-profile';
import { recordAction } from './log';

const activeRules = async () => contentRulesOf((await activeProfile()).profile);

/** The message about to go out, checked here: the word lists and phone metadata stay out of the tab. */
export async function checkContent(text: string): Promise<ContentVerdict> {
  const rules = await activeRules();
  return { hits: checkMessage(text, rules), language: rules.language, personalData: rules.personalData };
}

/** "Send anyway": the kinds of thing found and the clauses they break go in the log, never the text. */
export async function recordContentOverride(chat: ChatRef, categories: CheckCategory[], at: number) {
  const rules = await activeRules();
  const clauses = [...new Set(categories.map((c) => citationFor(rules, c).clause))];
  return recordAction({ kind: 'content-override', chat, categories: [...new Set(categories)], clauses }, at);
}
