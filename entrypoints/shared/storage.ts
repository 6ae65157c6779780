import { storage } from 'wxt/utils/storage';
import type { z } from 'zod';
import { savedDraftListSchema, type SavedDraft } from '@/core/drafts';
import { quietOverrideListSchema, type QuietOverride } from '@/core/quiet-override';
import { readSettings, type Settings } from '@/core/settings';

// Everything lives in the extension's own storage, never in the messenger page's.
const settingsItem = storage.defineItem<unknown>('local:settings');
const draftsItem = storage.defineItem<unknown>('local:drafts');
const overridesItem = storage.defineItem<unknown>('local:quietOverrides');
const panelCollapsedItem = storage.defineItem<boolean>('local:panelCollapsed', { fallback: false });

export async function loadSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => onChange(readSettings(raw)));
}

/** Invalid stored entries are dropped on read rather than breaking every reader. */
function validList<T>(raw: unknown, schema: z.ZodType<T[]>): T[] {
  const parsed = schema.safeParse(raw ?? []);
  return parsed.success ? parsed.data : [];
}

export async function loadDrafts(): Promise<SavedDraft[]> {
  return validList(await draftsItem.getValue(), savedDraftListSchema);
}

export async function saveDrafts(drafts: SavedDraft[]): Promise<void> {
  await draftsItem.setValue(drafts);
}

export function watchDrafts(onChange: (drafts: SavedDraft[]) => void): () => void {
  return draftsItem.watch((raw) => onChange(validList(raw, savedDraftListSchema)));
}

export async function loadOverrides(): Promise<QuietOverride[]> {
  return validList(await overridesItem.getValue(), quietOverrideListSchema);
}

export async function saveOverrides(overrides: QuietOverride[]): Promise<void> {
  await overridesItem.setValue(overrides);
}

export const panelCollapsed = panelCollapsedItem;
