import type { Citation } from '../quiet-hours/windows';
import type { RegulationProfile } from '../regulation/profile';
import { documentLabel } from '../regulation/citation';
import { CHECK_CATEGORIES, type CheckCategory } from './hits';
import type { CheckOptions } from './check';
import { DEFAULT_WATCH } from '../watch/watched-groups';
import type { WatchGroup } from '../watch/categories';

/** What a school's regulation says about what is sent, and what it lets through (the check's options, with the clauses it cites). */
export interface ContentRules extends CheckOptions {
  /** Polite language, no obscenities or insults. */
  language: Citation;
  /** No collecting or passing on other people's personal data. */
  personalData: Citation;
  /** What watching the chat looks for by default in chats with students and parents. */
  watch: readonly WatchGroup[];
}

/** The model rules' name (profiles/model.json; a unit test keeps the two alike — the tab must not carry the profiles). */
export const MODEL_DOCUMENT = 'Типовые правила — не положение вашей школы';

/** 2.1 and 2.2 of the model rules: what a school without rules of its own is held to. */
export const DEFAULT_CONTENT_RULES: ContentRules = {
  language: { document: MODEL_DOCUMENT, clause: '2.1', text: 'Выражать мысли вежливо, без ненормативной лексики и оскорблений других участников.' },
  personalData: { document: MODEL_DOCUMENT, clause: '2.2', text: 'Размещать персональные данные других лиц без их согласия.' },
  categories: [...CHECK_CATEGORIES],
  allowedPhones: [],
  allowedEmails: [],
  allowedAddresses: [],
  watch: DEFAULT_WATCH,
};

/** The clause a finding breaks. */
export const citationFor = (rules: Pick<ContentRules, 'language' | 'personalData'>, category: CheckCategory): Citation =>
  category === 'obscenity' ? rules.language : rules.personalData;

/** The active profile's content rules, its own clauses cited from its own text; the defaults where it has none. */
export function contentRulesOf(profile: RegulationProfile | null): ContentRules {
  const own = profile?.contentCheck;
  if (!profile || !own) return DEFAULT_CONTENT_RULES;
  const provisions = [...profile.rules, ...profile.prohibitions, ...profile.roles.flatMap((r) => r.duties)];
  // A clause often lists several rules: the one about language, or about personal data, is cited.
  const cite = (clause: string, about: RegExp, fallback: Citation): Citation => {
    const under = provisions.filter((p) => p.clause === clause);
    const text = (under.find((p) => about.test(p.text)) ?? under[0])?.text;
    return text ? { document: documentLabel(profile), clause, text } : fallback;
  };
  return {
    language: cite(own.languageClause, /вежлив|лексик|оскорбл|нецензур/i, DEFAULT_CONTENT_RULES.language),
    personalData: cite(own.personalDataClause, /персональн/i, DEFAULT_CONTENT_RULES.personalData),
    categories: own.checks ?? [...CHECK_CATEGORIES],
    allowedPhones: own.allowedPhones ?? [],
    allowedEmails: own.allowedEmails ?? [],
    allowedAddresses: own.allowedAddresses ?? [],
    watch: own.watch ?? DEFAULT_WATCH,
  };
}
