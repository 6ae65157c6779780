import type { Request } from './messages';

/**
 * Where a request may come from: a messenger tab's content script, one of the extension's own
 * pages, or the sync host (Chrome's offscreen document). A messenger page the extension runs in
 * may be hostile; what it can reach through the content script is only what a tab needs.
 */
export type Side = 'tab' | 'page' | 'host';

const TAB_AND_PAGE: Side[] = ['tab', 'page'];
const PAGE: Side[] = ['page'];
const HOST: Side[] = ['host'];

/** One table: which side may send each request (every request type must be named here). */
export const REQUEST_SIDES: Record<Request['type'], Side[]> = {
  'tab/state': TAB_AND_PAGE,
  'tab/collapse': TAB_AND_PAGE,
  'draft/save': TAB_AND_PAGE,
  'draft/restored': TAB_AND_PAGE,
  'override/record': TAB_AND_PAGE,
  'content/check': TAB_AND_PAGE,
  'content/override': TAB_AND_PAGE,
  'watch/check': TAB_AND_PAGE,
  'watch/allow': TAB_AND_PAGE,
  'site/learn': TAB_AND_PAGE,
  'site/share': TAB_AND_PAGE,
  'chat/tag': TAB_AND_PAGE,
  'chat/participants': TAB_AND_PAGE,
  'action/record': TAB_AND_PAGE,
  'options/open': TAB_AND_PAGE,
  'log/open': TAB_AND_PAGE,
  'page/check': PAGE,
  'log/erase': PAGE,
  'team/create': PAGE,
  'team/join': PAGE,
  'team/prepare': PAGE,
  'team/leave': PAGE,
  'team/restore': PAGE,
  'team/status': PAGE,
  'team/online': PAGE,
  'team/retention': PAGE,
  'team/regulation': PAGE,
  'team/decide': PAGE,
  'team/export': PAGE,
  'team/import': PAGE,
  'team/changed': HOST,
  'team/config': HOST,
  'team/progress': HOST,
};

export const mayAsk = (side: Side, type: Request['type']) => REQUEST_SIDES[type].includes(side);

/** Which side a message came from, by the sender the browser reports (never by what the message says). */
export function sideOf(sender: { id?: string; url?: string; tab?: unknown }, extension: { id: string; root: string }): Side | null {
  if (sender.id !== extension.id || !sender.url) return null;
  if (sender.url.startsWith(`${extension.root}offscreen.html`)) return 'host';
  if (sender.url.startsWith(extension.root)) return 'page';
  return sender.tab ? 'tab' : null;
}
