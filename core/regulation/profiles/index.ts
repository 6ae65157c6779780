import { regulationProfileSchema, type RegulationProfile } from '../profile';
import balakhta from './balakhta.json';
import omsk13 from './omsk-13.json';
import school31 from './school-31-max.json';
import togliatti from './togliatti-tipk.json';
import vorotynsk from './vorotynsk.json';
import model from './model.json';

/** The five regulations in shared/seeds, shipped as built-in profiles (checked against the schema on load). */
export const BUILT_IN_PROFILES: RegulationProfile[] = [omsk13, vorotynsk, togliatti, balakhta, school31].map((p) =>
  regulationProfileSchema.parse(p),
);

/** Model rules, from what the five regulations share, for a school with no document at hand. */
export const MODEL_PROFILE: RegulationProfile = regulationProfileSchema.parse(model);

/** The profile with this id, built-in first, then the school's own imports. */
export function findProfile(id: string | null, imported: RegulationProfile[]): RegulationProfile | null {
  if (!id) return null;
  return [...BUILT_IN_PROFILES, MODEL_PROFILE].find((p) => p.id === id) ?? imported.find((p) => p.id === id) ?? null;
}
