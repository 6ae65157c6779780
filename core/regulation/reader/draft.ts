import type { QuietWindow } from '../../quiet-hours/policy-schema';
import type { ChatKind, RoleId } from '../kinds';
import { regulationProfileSchema, type ModerationRules, type Provision, type RegulationProfile } from '../profile';
import { DEFAULT_ROLE_TITLES } from './roles';

/** Where a line of the profile sits in the profile; «ignored» is what the user marked as not a rule. */
export const LINE_KINDS = ['duty', 'right', 'prohibition', 'rule', 'general', 'ignored'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/** One statement found in the document, as the review page shows and the user corrects it. */
export interface DraftLine {
  id: string;
  kind: LineKind;
  /** Whose duty (or right) it is; a sentence that binds two roles gives a line for each. */
  role: RoleId | null;
  chatKinds: ChatKind[];
  clause: string;
  part: string | null;
  text: string;
  /** Where it was read in the document's text; null for a line the user added. */
  source: { start: number; end: number } | null;
}

export type ReaderNote =
  /** The text had been garbled by a wrong decoding (see encoding.ts) and was mended: worth a look at the document's text. */
  | { code: 'encoding-mended' }
  | { code: 'no-roles' }
  /** The document's rules had no numbers: the reader numbered its bulleted lines 1, 2, 3… in order. */
  | { code: 'numbered-in-order' }
  | { code: 'no-quiet-hours' }
  | { code: 'quiet-end-assumed'; clause: string }
  | { code: 'quiet-holidays'; clause: string }
  /** The hours are written in Moscow time («по московскому времени», «МСК»), which a school elsewhere keeps differently. */
  | { code: 'quiet-moscow-time'; clause: string }
  | { code: 'no-moderation' }
  | { code: 'moderation-missing'; clauses: string[] }
  | { code: 'no-content-clauses' };

/** A regulation as read from its document, before the user has checked it. */
export interface RegulationDraft {
  /** The document's text as read (line breaks mended), which every line's source points into. */
  text: string;
  fileName: string;
  school: string;
  title: string;
  place: string;
  year?: number;
  platforms: RegulationProfile['platforms'];
  parts: { id: string; title: string; heading: string }[];
  roleTitles: Partial<Record<RoleId, string>>;
  lines: DraftLine[];
  quietHours: { clause: string; windows: QuietWindow[] } | null;
  moderation: ModerationRules | null;
  contentCheck: { languageClause: string; personalDataClause: string } | null;
  notes: ReaderNote[];
}

const sentence = (text: string) => {
  const t = text.replace(/\s+/g, ' ').trim().replace(/[\s:;,]+$/u, '');
  return (t.charAt(0).toUpperCase() + t.slice(1)).replace(/[^.!?…»"]$/u, (c) => `${c}.`);
};

const provision = (line: DraftLine): Provision => ({
  clause: line.clause,
  ...(line.part ? { part: line.part } : {}),
  text: sentence(line.text),
  ...(line.chatKinds.length ? { chatKinds: line.chatKinds } : {}),
});

/** A stable id for an imported profile: the same document read twice replaces itself. */
export function draftId(draft: Pick<RegulationDraft, 'school' | 'title'>): string {
  let hash = 2166136261;
  for (const c of `${draft.school}\n${draft.title}`) hash = Math.imul(hash ^ c.codePointAt(0)!, 16777619) >>> 0;
  return `school-${hash.toString(36)}`;
}

export type CompiledDraft =
  | { ok: true; profile: RegulationProfile }
  | { ok: false; problem: 'no-duties' | 'no-school' | 'no-title' | 'invalid'; detail?: string };

/** The profile the extension uses, from the lines as the user left them. */
export function compileDraft(draft: RegulationDraft): CompiledDraft {
  const lines = draft.lines.filter((l) => l.kind !== 'ignored' && l.text.trim().length >= 3);
  const roles = Object.keys(DEFAULT_ROLE_TITLES)
    .map((role) => role as RoleId)
    .map((role) => ({
      role,
      title: draft.roleTitles[role] ?? DEFAULT_ROLE_TITLES[role],
      duties: lines.filter((l) => l.kind === 'duty' && l.role === role).map(provision),
    }))
    .filter((r) => r.duties.length > 0);
  if (!roles.length) return { ok: false, problem: 'no-duties' };
  if (!draft.school.trim()) return { ok: false, problem: 'no-school' };
  if (!draft.title.trim()) return { ok: false, problem: 'no-title' };
  const of = (kind: LineKind) => lines.filter((l) => l.kind === kind).map(provision);
  const chatKinds = [...new Set(lines.flatMap((l) => l.chatKinds))].map((kind) => {
    const first = lines.find((l) => l.chatKinds.includes(kind))!;
    return { ...provision(first), kind, chatKinds: undefined };
  });
  const candidate = {
    id: draftId(draft),
    ...(draft.place.trim() ? { place: draft.place.trim() } : {}),
    school: draft.school.trim(),
    title: draft.title.trim(),
    document: draft.fileName,
    ...(draft.year ? { year: draft.year } : {}),
    platforms: draft.platforms,
    ...(draft.parts.length ? { parts: draft.parts } : {}),
    chatKinds: chatKinds.map(({ chatKinds: _none, ...rest }) => rest),
    roles,
    rules: of('rule'),
    rights: lines.filter((l) => l.kind === 'right').map((l) => ({ ...provision(l), ...(l.role ? { roles: [l.role] } : {}) })),
    prohibitions: of('prohibition'),
    general: of('general'),
    ...(draft.quietHours ? { quietHours: draft.quietHours } : {}),
    ...(draft.moderation ? { moderation: draft.moderation } : {}),
    ...(draft.contentCheck ? { contentCheck: draft.contentCheck } : {}),
  };
  const parsed = regulationProfileSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, problem: 'invalid', detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { ok: true, profile: parsed.data };
}
