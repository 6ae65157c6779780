import { max } from './max';
import type { SiteAdapter } from './site-adapter';
import { vk } from './vk';

const ADAPTERS: SiteAdapter[] = [max, vk];

export function adapterFor(url: URL): SiteAdapter | null {
  return ADAPTERS.find((a) => a.serves(url)) ?? null;
}

let last: { href: string; adapter: SiteAdapter | null } | null = null;
/** The adapter for the page's address now; asked for every message the page adds, so kept per address. */
export function adapterHere(): SiteAdapter | null {
  if (last?.href !== location.href) last = { href: location.href, adapter: adapterFor(new URL(location.href)) };
  return last.adapter;
}

export type { SiteAdapter };
