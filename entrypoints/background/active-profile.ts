import type { RegulationProfile } from '@/core/regulation/profile';
import type { Settings } from '@/core/settings';
import { findProfile } from '@/core/regulation/profiles';
import { loadImportedProfiles, loadSettings } from '../shared/storage';

/** The user's settings and the regulation they chose (built in or imported), null when none is chosen. */
export async function activeProfile(): Promise<{ settings: Settings; profile: RegulationProfile | null }> {
  const [settings, imported] = await Promise.all([loadSettings(), loadImportedProfiles()]);
  return { settings, profile: findProfile(settings.profileId, imported) };
}
