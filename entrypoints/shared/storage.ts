import { teamSharedSchema, type TeamShared } from '@/core/team/shared';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import { savedDraftListSchema, type SavedDraft } from '@/core/quiet-hours/drafts';
import { chatKindSchema, regulationProfileSchema, rolesNamedBy, type ChatKind, type RegulationProfile } from '@/core/regulation/profile';
import { withChatKind } from '@/core/regulation/kinds';
import type { Settings } from '@/core/settings';
import { readSettings, settingsSchema } from '@/core/settings-schema';
import { STORAGE_KEYS } from './storage-keys';
import { learnedBySiteSchema, type LearnedBySite, type LearnedSelectors } from '@/core/page-messages/learned';
import type { SiteId } from '@/core/chat';
import { quietFromProfile } from '@/core/regulation/quiet-from-profile';
import { findProfile } from '@/core/regulation/profiles';
import type { RoleId } from '@/core/regulation/kinds';
import { readStoredDraft } from '@/core/regulation/reader/draft-schema';
import type { RegulationDraft } from '@/core/regulation/reader/draft';
import type { SyncProgress } from '@/core/team/sync-progress';

// Everything lives in the extension's own storage, never in the messenger page's.
const settingsItem = storage.defineItem<unknown>(`local:${STORAGE_KEYS.settings}`);
const draftsItem = storage.defineItem<unknown>(`local:${STORAGE_KEYS.drafts}`);
const importedProfilesItem = storage.defineItem<unknown>(`local:${STORAGE_KEYS.importedProfiles}`);
const chatKindsItem = storage.defineItem<unknown>(`local:${STORAGE_KEYS.chatKinds}`);
const panelCollapsedItem = storage.defineItem<unknown>(`local:${STORAGE_KEYS.panelCollapsed}`);
/** When co-moderators' records last arrived: written by the background, watched by the panel and options. */
const learnedItem = storage.defineItem<unknown>(`local:${STORAGE_KEYS.learnedSelectors}`);
const regulationDraftItem = storage.defineItem<unknown>(`local:${STORAGE_KEYS.regulationDraft}`);
const teamChangedItem = storage.defineItem<number>(`local:${STORAGE_KEYS.teamChangedAt}`, { fallback: 0 });

export async function loadSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

/** Changes some settings, keeping the rest as stored (two forms on one page must not undo each other). */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await loadSettings()), ...patch });
  await saveSettings(next);
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => onChange(readSettings(raw)));
}

/** Invalid stored entries are dropped on read rather than breaking every reader. */
function validList<T>(raw: unknown, schema: z.ZodMiniType<T[]>): T[] {
  const parsed = schema.safeParse(raw ?? []);
  return parsed.success ? parsed.data : [];
}

export async function loadDrafts(): Promise<SavedDraft[]> {
  return validList(await draftsItem.getValue(), savedDraftListSchema);
}

export async function saveDrafts(drafts: SavedDraft[]): Promise<void> {
  await draftsItem.setValue(drafts);
}

export async function loadImportedProfiles(): Promise<RegulationProfile[]> {
  return validList(await importedProfilesItem.getValue(), z.array(regulationProfileSchema));
}

/**
 * A regulation chosen, with the user's roles under it: its quiet hours (where it sets them) become
 * the send guard's, cited to it; the time zone stays the user's.
 */
export async function chooseProfile(profileId: string | null, roles: RoleId[]): Promise<void> {
  const settings = await loadSettings();
  const chosen = profileId && profileId !== settings.profileId ? findProfile(profileId, await loadImportedProfiles()) : null;
  const quiet = chosen ? quietFromProfile(chosen) : null;
  await updateSettings({ profileId, roles, ...(quiet ? { quiet: { ...settings.quiet, ...quiet } } : {}) });
}

/**
 * A school's own regulation, imported: kept (replacing one with the same id) and chosen; the
 * user keeps the roles it names too.
 */
export async function adoptImportedProfile(profile: RegulationProfile): Promise<void> {
  await keepImportedProfile(profile);
  const settings = await loadSettings();
  const quiet = quietFromProfile(profile);
  await updateSettings({
    profileId: profile.id,
    roles: rolesNamedBy(profile, settings.roles),
    ...(quiet ? { quiet: { ...settings.quiet, ...quiet } } : {}),
  });
}

/** A school's own regulation kept among the imported ones (replacing one with the same id), not chosen. */
export async function keepImportedProfile(profile: RegulationProfile): Promise<void> {
  const imported = await loadImportedProfiles();
  await importedProfilesItem.setValue([...imported.filter((p) => p.id !== profile.id), profile]);
}

/** The regulation being reviewed, kept so that nothing is lost when the page is closed. */
export const loadRegulationDraft = async () => readStoredDraft(await regulationDraftItem.getValue());
export const saveRegulationDraft = (draft: RegulationDraft | null) => (draft ? regulationDraftItem.setValue(draft) : regulationDraftItem.removeValue());

const chatKindMapSchema = z.record(z.string(), chatKindSchema);

/** Chat kinds as the user tagged them, by "site:chatId". */
export async function loadChatKinds(): Promise<Record<string, ChatKind>> {
  const parsed = chatKindMapSchema.safeParse((await chatKindsItem.getValue()) ?? {});
  return parsed.success ? parsed.data : {};
}

export async function tagChat(key: string, kind: ChatKind | null): Promise<void> {
  await chatKindsItem.setValue(withChatKind(await loadChatKinds(), key, kind));
}

export const collapsePanel = (collapsed: boolean) => panelCollapsedItem.setValue(collapsed);
export const loadCollapsed = async () => (await panelCollapsedItem.getValue()) === true;

export const markTeamChanged = () => teamChangedItem.setValue(Date.now());

const syncProgressItem = storage.defineItem<SyncProgress>(`local:${STORAGE_KEYS.teamSyncProgress}`);

/** A long sync moved on; removed when it ends. */
export const keepSyncProgress = (done: number, total: number) =>
  done >= total ? syncProgressItem.removeValue() : syncProgressItem.setValue({ done, total, at: Date.now() });

export function watchSyncProgress(onChange: (value: unknown) => void): () => void {
  void syncProgressItem.getValue().then(onChange);
  return syncProgressItem.watch(onChange);
}

export function watchTeamChanges(onChange: () => void): () => void {
  return teamChangedItem.watch(onChange);
}

/** Selectors the user taught, per messenger; a broken entry is dropped rather than used. */
export async function loadLearned(): Promise<LearnedBySite> {
  const parsed = learnedBySiteSchema.safeParse((await learnedItem.getValue()) ?? {});
  return parsed.success ? parsed.data : {};
}

export async function learnSelectors(site: SiteId, learned: LearnedSelectors | null): Promise<void> {
  const { [site]: _old, ...rest } = await loadLearned();
  await learnedItem.setValue(learned ? { ...rest, [site]: learned } : rest);
}

const teamSharedItem = storage.defineItem<unknown>(`local:${STORAGE_KEYS.teamShared}`);

/** The team's signed settings (allowlist, shared selectors) as the background copied them; null outside a team. */
export async function loadTeamShared(): Promise<TeamShared | null> {
  const parsed = teamSharedSchema.safeParse(await teamSharedItem.getValue());
  return parsed.success ? parsed.data : null;
}

export const keepTeamShared = (shared: TeamShared | null) => (shared ? teamSharedItem.setValue(shared) : teamSharedItem.removeValue());
