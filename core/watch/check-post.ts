import { checkMessage } from '../content-check/check';
import { CHECK_CATEGORIES, type Hit } from '../content-check/hits';
import { citationFor, type ContentRules } from '../content-check/rules';
import { activeWindow, type Citation, type QuietPolicy } from '../quiet-hours/windows';
import { groupOf, type FindingKind, type WatchGroup } from './categories';
import { FLOOD_REPEATS } from './flood';
import { isShouting } from './shouting';
import { allowKey } from './allowed';

/** A participant's message as the tab read it. */
export interface WatchedPost {
  /** The message's id (the page's own, or derived from what it shows). */
  id: string;
  text: string;
  /** When it was sent, from the page; null when the page does not say. */
  at: number | null;
  /** How many times in a row its author has now written this text. */
  repeats: number;
}

export interface Finding {
  kind: FindingKind;
  /** Where in the text (the content check's findings); empty for what concerns the whole message. */
  hits: Array<Pick<Hit, 'start' | 'end'>>;
  citation: Citation;
}

export interface WatchRules {
  content: ContentRules;
  quiet: QuietPolicy;
  groups: readonly WatchGroup[];
  /** Phrases the school let through after a false alarm, as `allowKey` folds them. */
  allowed: ReadonlySet<string>;
}


/** The regulation allows messages at night in emergencies; a post that says it is one is not flagged as a night post. */
const EMERGENCY = /срочн|экстренн|чрезвычайн|(?<!\p{L})ЧП(?!\p{L})|авари|пожар|скорая|пропал|потерял(?:ся|ась)|urgent|emergency/iu;

/** What in one participant's message goes against the school's rules, each finding with its clause. */
export function checkPost(post: WatchedPost, rules: WatchRules): Finding[] {
  const on = new Set(rules.groups);
  const findings: Finding[] = [];
  const categories = CHECK_CATEGORIES.filter((c) => on.has(groupOf(c)) && rules.content.categories.includes(c));
  const hits = categories.length ? checkMessage(post.text, { ...rules.content, categories }).filter((h) => !rules.allowed.has(allowKey(post.text.slice(h.start, h.end)))) : [];
  for (const hit of hits) {
    const same = findings.find((f) => f.kind === hit.category);
    if (same) same.hits.push({ start: hit.start, end: hit.end });
    else findings.push({ kind: hit.category, hits: [{ start: hit.start, end: hit.end }], citation: citationFor(rules.content, hit.category) });
  }
  if (on.has('night') && post.at !== null && activeWindow(post.at, rules.quiet) && !EMERGENCY.test(post.text)) {
    findings.push({ kind: 'night', hits: [], citation: rules.quiet.rule });
  }
  if (on.has('caps') && isShouting(post.text)) findings.push({ kind: 'caps', hits: [], citation: rules.content.language });
  if (on.has('flood') && post.repeats >= FLOOD_REPEATS) findings.push({ kind: 'flood', hits: [], citation: rules.content.language });
  return findings;
}
