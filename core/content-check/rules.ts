import type { Citation } from '../quiet-hours/windows';
import type { RegulationProfile } from '../regulation/profile';
import { CHECK_CATEGORIES, type CheckCategory } from './hits';
import type { CheckOptions } from './check';

/** What a school's regulation says about what is sent, and what it lets through (the check's options, with the clauses it cites). */
export interface ContentRules extends CheckOptions {
  /** Polite language, no obscenities or insults. */
  language: Citation;
  /** No collecting or passing on other people's personal data. */
  personalData: Citation;
}

const OMSK_13 = '000_953641881fc2da40.txt';

/** 3.2 and 3.3 of the Omsk school No. 13 regulation: what a school without rules of its own is held to. */
export const DEFAULT_CONTENT_RULES: ContentRules = {
  language: { document: OMSK_13, clause: '3.2', text: 'Выражать свои мысли в вежливой форме, исключив использование ненормированной лексики и оскорблений других участников образовательного процесса.' },
  personalData: { document: OMSK_13, clause: '3.3', text: 'Запрещается осуществлять незаконный сбор и обработку персональных данных других лиц.' },
  categories: [...CHECK_CATEGORIES],
  allowedPhones: [],
  allowedEmails: [],
  allowedAddresses: [],
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
    return text ? { document: profile.document, clause, text } : fallback;
  };
  return {
    language: cite(own.languageClause, /вежлив|лексик|оскорбл|нецензур/i, DEFAULT_CONTENT_RULES.language),
    personalData: cite(own.personalDataClause, /персональн/i, DEFAULT_CONTENT_RULES.personalData),
    categories: own.checks ?? [...CHECK_CATEGORIES],
    allowedPhones: own.allowedPhones ?? [],
    allowedEmails: own.allowedEmails ?? [],
    allowedAddresses: own.allowedAddresses ?? [],
  };
}
