// The site readers by id. lib/sites.ts says which site uses which (as data, so the content
// script's first stage can bundle the site list without them); the reader looks them up here.
import { bijoranje } from "../adapters/bijoranje";
import { kbenp } from "../adapters/kbenp";
import type { SiteAdapter } from "../adapters/types";
import { youngcapital } from "../adapters/youngcapital";
import { zuidprofs } from "../adapters/zuidprofs";
import { siteListingOf, type AdapterId, type Site } from "../sites";

export const siteAdapters: Record<AdapterId, SiteAdapter> = { kbenp, bijoranje, youngcapital, zuidprofs };

/** The site and its adapter when this address is one of its listing pages; else null (generic). */
export function adapterFor(url: URL): { site: Site; adapter: SiteAdapter } | null {
  const site = siteListingOf(url);
  return site?.adapter ? { site, adapter: siteAdapters[site.adapter] } : null;
}
