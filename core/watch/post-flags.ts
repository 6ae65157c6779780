import type { Finding } from './check-post';

/** What the background found in one participant's message (only messages with findings are answered). */
export interface PostFlags {
  id: string;
  findings: Finding[];
}
