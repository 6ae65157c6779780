import { max } from './max';
import type { SiteAdapter } from './site-adapter';
import { vk } from './vk';

const ADAPTERS: SiteAdapter[] = [max, vk];

export function adapterFor(url: URL): SiteAdapter | null {
  return ADAPTERS.find((a) => a.serves(url)) ?? null;
}

export type { SiteAdapter };
