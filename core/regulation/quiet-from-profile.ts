import type { Citation, QuietWindow } from '../quiet-hours/policy-schema';
import { allProvisions, type RegulationProfile } from './profile';
import { documentLabel } from './citation';

/** The quiet hours a regulation sets, with the provision that sets them, for the send guard to use and cite. */
export function quietFromProfile(profile: RegulationProfile): { windows: QuietWindow[]; rule: Citation } | null {
  const quiet = profile.quietHours;
  if (!quiet) return null;
  const at = allProvisions(profile).filter((p) => p.clause === quiet.clause);
  const provision = at.find((p) => /\d{1,2}\s*[:.\-–]\s*\d{2}|час|выходн/iu.test(p.text)) ?? at[0];
  return { windows: quiet.windows, rule: { document: documentLabel(profile), clause: quiet.clause, text: provision?.text ?? profile.title } };
}
