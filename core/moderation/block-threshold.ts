import type { RegulationProfile } from '../regulation/profile';

/** "More than three" (4.5 of 004) wherever a regulation sets no threshold of its own. */
export const DEFAULT_VIOLATIONS_BEFORE_BLOCK = 3;

/** How many violations a participant may have before a block: the regulation's, or the default. */
export const violationsBeforeBlock = (profile: Pick<RegulationProfile, 'moderation'> | null) => profile?.moderation?.violationsBeforeBlock ?? DEFAULT_VIOLATIONS_BEFORE_BLOCK;
