import type { RoleId } from '../kinds';
import { chatKindsIn } from './chat-kinds';
import { readClauses, type Clause, type Structure } from './clauses';
import type { DraftLine, LineKind, ReaderNote, RegulationDraft } from './draft';
import { readPlatforms, readSchool, readTitle, readYear } from './heading';
import { BULLET_MARK, headerRow, slice, splitClause, titleOnly, type Segment } from './items';
import { readModeration } from './moderation';
import { normalizeText } from './normalize';
import { readQuietHours } from './quiet-hours';
import { byRoleSubheads, roleLed, subjectOf, type Subject } from './roles';
import { textProblem, type TextProblem } from './text-quality';
import { mendEncoding } from './encoding';

export type ReadResult = { ok: true; draft: RegulationDraft } | { ok: false; problem: TextProblem | 'no-clauses' };

const PROHIBITION = /запрещ\p{L}*|не допуска\p{L}*|не рекомендуется|недопустим\p{L}*|не вправе|не разрешается|не име\p{L}+ права|не следует|не должн\p{L}*/iu;
const RIGHT = /вправе|име\p{L}+ право|име\p{L}+ возможность|(?<!\p{L})мо(?:жет|гут)(?!\p{L})|разрешается/iu;
const OBLIGATION = /обязан\p{L}*|должн\p{L}*|необходимо|следует|соблюда\p{L}*|принцип/iu;

/** What kind of provision a sentence is, by its words, else by its section's heading. */
function kindOf(text: string, section: string): LineKind | null {
  if (PROHIBITION.test(text)) return 'prohibition';
  if (RIGHT.test(text)) return 'right';
  if (OBLIGATION.test(text)) return 'rule';
  if (/запрет/iu.test(section)) return 'prohibition';
  // «Права и обязанности …» heads duties: neither rights nor rules for all.
  if (/прав[ао] и обязанност/iu.test(section)) return null;
  if (/^прав[аo](?!\p{L})/iu.test(section)) return 'right';
  if (/обязанност|правила/iu.test(section)) return 'rule';
  return null;
}

/** The role a sentence opens with («Модератор чата удаляет…», «Классному руководителю необходимо…»), not one named further on. */
const openingRole = (text: string) => subjectOf(text.split(/\s+/).slice(0, 4).join(' '));
const provisionsOf = (structure: Structure) => structure.clauses.filter((c) => !c.heading || c.text.includes('\n'));
const firstSentence = (text: string) => /^[\s\S]*?(?:[.!?](?=\s+\p{Lu}|\s*\n|$)|\n|$)/u.exec(text)![0];

/** Reads a regulation's text into a draft profile: clauses, roles and their duties, rules, quiet hours, moderation. */
export function readRegulation(given: string, fileName: string): ReadResult {
  const mended = mendEncoding(given);
  const raw = mended ?? given;
  const problem = textProblem(raw);
  if (problem) return { ok: false, problem };
  let text = normalizeText(raw);
  let structure = readClauses(text);
  // Short rules numbered «1)», «2)» throughout have those for clauses (a «)» read as a «.», in place).
  if (provisionsOf(structure).length < 2) structure = readClauses(text.replace(/^(\d{1,2})\)(?= )/gmu, '$1.'));
  // Rules with no numbers at all, a bullet each: numbered in order, and said, so the citations are understood.
  const numberedInOrder = provisionsOf(structure).length < 2 ? numberBullets(text) : null;
  if (numberedInOrder) [text, structure] = [numberedInOrder, readClauses(numberedInOrder)];
  const provisions = provisionsOf(structure);
  if (provisions.length < 2) return { ok: false, problem: 'no-clauses' };

  const lines: DraftLine[] = [];
  const roleTitles: Partial<Record<RoleId, string>> = {};
  const headingOf = new Map<string, Clause>();
  for (const c of structure.clauses) if (c.heading) headingOf.set(`${c.part}|${c.number}`, c);
  /** The headings a clause sits under, nearest first. */
  const ancestors = (c: Clause) => {
    const numbers = c.number.split('.');
    return numbers
      .slice(0, -1)
      .map((_, i) => headingOf.get(`${c.part}|${numbers.slice(0, i + 1).join('.')}`))
      .filter((h): h is Clause => Boolean(h))
      .reverse();
  };

  /** «Модератор чата — удаляет рекламу» under the moderator (a table's row with its clause number): the duty's own words. */
  const withoutOwnRole = (item: Segment, subject: Subject): Segment => {
    const led = roleLed(item.text);
    return led && led.subject.roles.every((role) => subject.roles.includes(role)) ? slice(item, led.from, item.text.length) : item;
  };

  const add = (clause: Clause, segment: Segment, kind: LineKind, roles: RoleId[]) =>
    lines.push(...(roles.length ? roles : [null]).map((role) => ({
      id: `l${lines.length + 1}-${role ?? 'all'}`,
      kind,
      role,
      chatKinds: chatKindsIn(segment.text),
      clause: clause.number,
      part: clause.part,
      text: segment.text.replace(/\s+/g, ' '),
      source: { start: segment.start, end: segment.end },
    })));

  /**
   * Items that each say who acts: an item naming a role is that role's duty (from `from` on), and
   * so are the items after it on its line («Модератор — удаляет рекламу; предупреждает
   * нарушителя», a table row whose duties are one paragraph); of the others, a few words are the
   * section's title or a table's header («Роль — Обязанности»), the rest are said as they are.
   */
  const eachItemsOwn = (clause: Clause, items: Segment[], section: string, whoActs: (item: Segment) => { subject: Subject; from: number } | null) => {
    let lineOwner: { subject: Subject; end: number } | null = null;
    for (const item of items) {
      const onItsLine: Subject | null = lineOwner && !text.slice(lineOwner.end, item.start).includes('\n') ? lineOwner.subject : null;
      const who: { subject: Subject; from: number } | null = whoActs(item) ?? (onItsLine && { subject: onItsLine, from: 0 });
      lineOwner = who ? { subject: who.subject, end: item.end } : null;
      if (!who) {
        if (!titleOnly(item.text)) add(clause, item, kindOf(item.text, section) ?? 'general', []);
        continue;
      }
      for (const role of who.subject.roles) roleTitles[role] ??= who.subject.titles[role];
      add(clause, slice(item, who.from, item.text.length), 'duty', who.subject.roles);
    }
  };

  /** One provision of a clause (the whole clause, or the part under one role's sub-heading). */
  const readProvision = (clause: Clause, own: Segment, parents: Clause[], section: string) => {
    const split = splitClause(own);
    const lead = split.lead?.text ?? firstSentence(split.afterLabel ?? own.text);
    let subject: Subject = subjectOf(lead);
    // «2. Классный руководитель:» then «2.1. создаёт чат и является его администратором»: the clause
    // finishes its heading's sentence, so the heading says who acts, whatever role the clause names.
    const finishesHeading = /^\p{Ll}/u.test(own.text) && /:\s*$/.test(parents[0]?.text.split('\n')[0] ?? '');
    if (finishesHeading || (!subject.roles.length && !subject.everyone)) {
      const inherited = parents.map((p) => subjectOf(p.text.split('\n')[0])).find((s) => s.roles.length);
      if (inherited) subject = { ...inherited, titles: {} };
    }
    for (const role of subject.roles) roleTitles[role] ??= subject.titles[role];
    const listed = split.lead !== null || split.items.length > 1;
    const leadKind = kindOf(lead, section);
    if (subject.roles.length && leadKind === 'right' && /^прав/iu.test(section)) {
      for (const item of split.lead && !split.leadIsProvision ? split.items : [own]) add(clause, item, 'right', subject.roles);
    } else if (subject.roles.length) {
      if (split.lead && split.leadIsProvision) add(clause, split.lead, 'duty', subject.roles);
      for (const item of split.items) add(clause, withoutOwnRole(item, subject), 'duty', subject.roles);
    } else if (listed && split.items.some((item) => roleLed(item.text))) {
      // Each item names its own role (a table of roles, «- модератор — …»).
      eachItemsOwn(clause, split.items, section, (item) => roleLed(item.text));
    } else if (listed && (subject.everyone || leadKind !== null)) {
      for (const item of split.items) add(clause, item, kindOf(item.text, '') === 'prohibition' ? 'prohibition' : (leadKind ?? 'rule'), []);
    } else if (listed && !split.lead && split.items.some((item) => openingRole(item.text).roles.length)) {
      // A section's items are sentences of their own («1) Модератор чата удаляет…»): each says who acts.
      eachItemsOwn(clause, split.items, section, (item) => {
        const own = openingRole(item.text);
        return own.roles.length ? { subject: own, from: 0 } : null;
      });
    } else if (!headerRow(own.text)) {
      add(clause, own, leadKind ?? (subject.everyone ? kindOf(own.text, section) ?? 'general' : 'general'), []);
    }
  };
  for (const clause of provisions) {
    const own = clause.heading ? dropFirstLine(clause) : { text: clause.text, start: clause.start, end: clause.end };
    const parents = ancestors(clause);
    const section = parents[0]?.text.split('\n')[0] ?? '';
    for (const part of byRoleSubheads(own)) readProvision(clause, part, parents, section);
  }
  for (const role of Object.keys(roleTitles) as RoleId[]) if (!roleTitles[role]) delete roleTitles[role];

  const notes: ReaderNote[] = mended ? [{ code: 'encoding-mended' }] : [];
  if (numberedInOrder) notes.push({ code: 'numbered-in-order' });
  if (!lines.some((l) => l.kind === 'duty')) notes.push({ code: 'no-roles' });

  let quietHours: RegulationDraft['quietHours'] = null;
  for (const line of lines) {
    const found = readQuietHours(line.text);
    if (!found) continue;
    quietHours = { clause: line.clause, windows: found.windows };
    if (found.endAssumed) notes.push({ code: 'quiet-end-assumed', clause: line.clause });
    if (found.holidays) notes.push({ code: 'quiet-holidays', clause: line.clause });
    if (found.moscowTime) notes.push({ code: 'quiet-moscow-time', clause: line.clause });
    break;
  }
  if (!quietHours) notes.push({ code: 'no-quiet-hours' });

  const moderation = readModeration(lines);
  if (!moderation) notes.push({ code: 'no-moderation' });
  else if (moderation.missing.length) notes.push({ code: 'moderation-missing', clauses: moderation.missing });
  // The content check cites what binds every participant before what a role must do about it.
  const binding = [...lines.filter((l) => l.kind === 'rule' || l.kind === 'prohibition'), ...lines.filter((l) => l.kind === 'duty')];
  const language = binding.find((l) => /вежлив|ненормативн|нецензурн|оскорбл|бранн/iu.test(l.text));
  const personal = binding.find((l) => /персональн\p{L}* данн/iu.test(l.text));
  if (!language || !personal) notes.push({ code: 'no-content-clauses' });

  const title = readTitle(structure.header) ?? readTitle(structure.parts[0]?.heading ?? '') ?? fileName.replace(/\.[^.]+$/, '');
  return {
    ok: true,
    draft: {
      text,
      fileName,
      school: readSchool(title, structure.header, text) ?? '',
      title,
      place: '',
      year: readYear(structure.header),
      platforms: readPlatforms(text),
      parts: structure.parts.map((p) => ({ id: p.id, title: `Приложение ${p.id}`, heading: p.heading })),
      roleTitles,
      lines,
      quietHours,
      moderation: moderation?.rules ?? null,
      contentCheck: language && personal ? { languageClause: language.clause, personalDataClause: personal.clause } : null,
      notes,
    },
  };
}

/** A bullet opening a line: «- », «• », «— ». */
const BULLET = new RegExp(`^${BULLET_MARK}\\s+(?=\\S)`, 'u');

/** The text with its bulleted lines numbered 1, 2, 3… in order, when it has at least three; null otherwise. */
function numberBullets(text: string): string | null {
  const lines = text.split('\n');
  if (lines.filter((l) => BULLET.test(l)).length < 3) return null;
  let n = 0;
  return lines.map((l) => (BULLET.test(l) ? l.replace(BULLET, () => `${++n}. `) : l)).join('\n');
}

/** A heading clause's own words beyond its heading line. */
function dropFirstLine(clause: Clause): Segment {
  const cut = clause.text.indexOf('\n');
  const rest = clause.text.slice(cut + 1);
  const lead = rest.length - rest.trimStart().length;
  return { text: rest.trim(), start: clause.start + cut + 1 + lead, end: clause.end };
}
