// The broker sites, as data: the one place that says which sites the extension knows. The
// manifest's host permissions, the content script's matches, the popup's "is this a broker
// page" and the adapter lookup are all derived from this list.
import { bijoranje } from "./adapters/bijoranje";
import { kbenp } from "./adapters/kbenp";
import type { SiteAdapter } from "./adapters/types";
import { youngcapital } from "./adapters/youngcapital";
import { zuidprofs } from "./adapters/zuidprofs";

export interface Site {
  /** The registrable host; its subdomains (www.) belong to the site too. */
  host: string;
  /** The broker's name as shown to the user ("KB&P"). */
  name: string;
  /** Where the site puts things, when we know its layout; null: the generic reader does it all. */
  adapter: SiteAdapter | null;
}

export const sites: readonly Site[] = [
  { host: "kbenp.nl", name: "KB&P", adapter: kbenp },
  { host: "bijoranje.nl", name: "Bij Oranje", adapter: bijoranje },
  { host: "youngcapital.nl", name: "YoungCapital", adapter: youngcapital },
  { host: "zuidprofs.nl", name: "ZuidProfs", adapter: zuidprofs },
  { host: "striive.com", name: "Striive", adapter: null },
  { host: "flextender.nl", name: "Flextender", adapter: null },
  { host: "freelance.nl", name: "Freelance.nl", adapter: null },
  { host: "werkzoeken.nl", name: "Werkzoeken", adapter: null },
  { host: "hoofdkraan.nl", name: "Hoofdkraan", adapter: null },
  { host: "indeed.com", name: "Indeed", adapter: null },
  { host: "indeed.nl", name: "Indeed", adapter: null },
  { host: "linkedin.com", name: "LinkedIn", adapter: null },
];

/**
 * Match patterns for the manifest (host permissions) and the content script: https only. Every
 * broker serves its pages over https; a page fetched over http could be anyone's (issue 13).
 * `*.` covers the host itself and its subdomains.
 */
export const siteHostPatterns: string[] = sites.map((site) => `https://*.${site.host}/*`);

/** Host is the site or a subdomain of it. */
export function onHost(hostname: string, host: string): boolean {
  return hostname === host || hostname.endsWith("." + host);
}

export function siteOf(url: URL): Site | null {
  return sites.find((site) => onHost(url.hostname, site.host)) ?? null;
}

/** A page the content script reads on its own (the manifest's host permissions cover it). */
export function isSiteUrl(url: string | undefined): boolean {
  return !!url && URL.canParse(url) && siteOf(new URL(url)) !== null;
}

/** The site and its adapter when this address is one of its listing pages; else null (generic). */
export function adapterFor(url: URL): { site: Site; adapter: SiteAdapter } | null {
  const site = siteOf(url);
  const adapter = site?.adapter;
  return site && adapter && adapter.listingPath.test(url.pathname) ? { site, adapter } : null;
}
