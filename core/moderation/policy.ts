import { z } from 'zod/mini';
import { addMonths } from 'date-fns';
import type { ActionDraft, ModerationAction } from './actions';
import { objects, subjectState } from './state';
import type { ModerationRules } from '../regulation/profile';

export type Verdict = 'allowed' | 'needs-director' | 'refused';

export interface Decision {
  verdict: Verdict;
  /** The clause that decides, or null where the regulation says nothing. */
  clause: string | null;
  message: string;
}

const allow = (clause: string | null, message: string): Decision => ({ verdict: 'allowed', clause, message });
const refuse = (clause: string | null, message: string): Decision => ({ verdict: 'refused', clause, message });

/**
 * Checks an action against the regulation's moderation rules and the participant's history in
 * this chat. The decision always names its clause, so the UI can say why.
 */
export function evaluate(draft: ActionDraft, history: ModerationAction[], rules: ModerationRules, now: number): Decision {
  const c = rules.clauses;
  const state = subjectState(history, now);
  switch (draft.kind) {
    case 'rules-introduced':
      return allow(c.rulesIntroduced, 'Участник ознакомлен с Правилами коммуникации до включения в чат.');
    case 'rules-reminder':
      return allow(c.reminder, 'Модератор напоминает о Правилах при нарушении этики общения.');
    case 'violation':
      return allow(c.block, `Нарушение записано: ${state.strikes + 1}-е; блокировка возможна после ${rules.violationsBeforeBlock}.`);
    case 'message-deleted':
      return allow(c.deletion, 'Модератор удаляет негативную и избыточную информацию.');
    case 'blocked': {
      if (draft.reason.trim().length < 3) return refuse(c.personalReasons, 'Блокировка должна называть нарушение Правил, а не личные причины.');
      if (state.activeBlock) return refuse(c.block, 'Участник уже заблокирован.');
      const limit = addMonths(now, rules.maxBlockMonths).getTime();
      const problems: string[] = [];
      if (state.strikes <= rules.violationsBeforeBlock) {
        problems.push(`нарушений ${state.strikes}, а блокировать можно после более чем ${rules.violationsBeforeBlock}`);
      }
      if (draft.until > limit) problems.push(`срок больше ${rules.maxBlockMonths} мес.`);
      if (draft.until <= now) return refuse(c.block, 'Срок блокировки уже прошёл.');
      if (!problems.length) return allow(c.block, 'Блокировка по правилам: нарушений больше допустимого, срок в пределах.');
      if (draft.directorAuthorisation) return allow(c.block, `По решению директора: ${draft.directorAuthorisation}.`);
      return { verdict: 'needs-director', clause: c.block, message: `Нужно решение директора: ${problems.join('; ')}.` };
    }
    case 'unblocked': {
      if (!state.activeBlock) return refuse(c.earlyUnblock, 'У участника нет действующей блокировки.');
      if (!draft.apology) return refuse(c.earlyUnblock, 'Досрочно разблокировать можно, только если участник принёс извинения.');
      if (state.objectors.length) return refuse(c.earlyUnblock, `Досрочно разблокировать нельзя: возражает ${state.objectors.join(', ')}.`);
      if (draft.objections) return refuse(c.earlyUnblock, 'Досрочно разблокировать нельзя: кто-то из участников возражает.');
      return allow(c.earlyUnblock, 'Досрочная разблокировка: извинения принесены, возражений нет.');
    }
    case 'objection':
      if (!state.activeBlock) return refuse(c.earlyUnblock, 'Возражение касается досрочной разблокировки, а у участника нет действующей блокировки.');
      if (objects(state, draft.objector)) return refuse(c.earlyUnblock, `Возражение от ${draft.objector.trim()} уже записано.`);
      return allow(c.earlyUnblock, 'Возражение записано: пока его не снимут, досрочно разблокировать нельзя.');
    case 'objection-withdrawn':
      if (!objects(state, draft.objector)) return refuse(c.earlyUnblock, `Действующего возражения от ${draft.objector.trim()} нет.`);
      return allow(c.earlyUnblock, 'Возражение снято.');
    case 'block-expired':
      return allow(c.block, 'Срок блокировки истёк.');
    case 'removed':
      return allow(c.leavers, 'Выбывший участник и его родители удаляются из чата.');
    case 'note':
      return allow(null, 'Заметка.');
    case 'quiet-hours-override':
      return allow(null, 'Экстренное сообщение в тихие часы.');
    case 'content-override':
      return allow(null, 'Отправлено, несмотря на найденное проверкой.');
    case 'flag-dismissed':
      return allow(null, 'Отмечено как ложная тревога.');
  }
}

export const decisionSchema = z.object({
  verdict: z.enum(['allowed', 'needs-director', 'refused']),
  clause: z.nullable(z.string()),
  message: z.string(),
  /** The regulation whose rules decided. */
  document: z.string(),
});
export type CitedDecision = z.infer<typeof decisionSchema>;
