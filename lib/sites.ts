// The broker sites, as data: the one place that says which sites the extension knows. The
// manifest's host permissions, the content script's matches, the popup's "is this a broker
// page", the content script's first stage and the adapter lookup are all derived from this list.
// Plain data, no code: the first stage, which runs on every page of these sites, bundles it
// (the adapters themselves are looked up in lib/read/site-adapters.ts).

export interface Site {
  /** The registrable host; its subdomains (www.) belong to the site too. */
  host: string;
  /** The broker's name as shown to the user ("KB&P"). */
  name: string;
  /** The site's own reader (lib/adapters/<id>.ts), when we know its layout; null: the generic reader. */
  adapter: AdapterId | null;
  /** The paths of the site's listing pages, when we know them: there the page is always read. */
  listingPath: RegExp | null;
}

export type AdapterId = "kbenp" | "bijoranje" | "youngcapital" | "zuidprofs";

export const sites: readonly Site[] = [
  { host: "kbenp.nl", name: "KB&P", adapter: "kbenp", listingPath: /^\/opdrachten\/[^/]+\/?$/ },
  { host: "bijoranje.nl", name: "Bij Oranje", adapter: "bijoranje", listingPath: /^\/opdrachten\/[^/]+\/?$/ },
  {
    host: "youngcapital.nl",
    name: "YoungCapital",
    adapter: "youngcapital",
    listingPath: /^\/vacatures\/\d+-[^/]+\/?$/,
  },
  { host: "zuidprofs.nl", name: "ZuidProfs", adapter: "zuidprofs", listingPath: /^\/opdrachten\/[^/]+\/?$/ },
  { host: "striive.com", name: "Striive", adapter: null, listingPath: null },
  { host: "flextender.nl", name: "Flextender", adapter: null, listingPath: null },
  { host: "freelance.nl", name: "Freelance.nl", adapter: null, listingPath: null },
  { host: "werkzoeken.nl", name: "Werkzoeken", adapter: null, listingPath: null },
  { host: "hoofdkraan.nl", name: "Hoofdkraan", adapter: null, listingPath: null },
  { host: "indeed.com", name: "Indeed", adapter: null, listingPath: /^\/(?:viewjob|rc\/clk|m\/viewjob)\b/ },
  { host: "indeed.nl", name: "Indeed", adapter: null, listingPath: /^\/(?:viewjob|rc\/clk|m\/viewjob)\b/ },
  { host: "linkedin.com", name: "LinkedIn", adapter: null, listingPath: /^\/jobs\/view\// },
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

/**
 * The built-in site of this address, or one of `userSites` (the sites the user added, as
 * lib/user-sites.ts gives them as Sites): one lookup serves both.
 */
export function siteOf(url: URL, userSites: readonly Site[] = []): Site | null {
  const onSite = (site: Site) => onHost(url.hostname, site.host);
  return sites.find(onSite) ?? userSites.find(onSite) ?? null;
}

/**
 * A page the content script reads on its own: the manifest's host permissions cover it, or the
 * user added its site ("Altijd op deze site", a registered content script).
 */
export function isSiteUrl(url: string | undefined, userSites: readonly Site[] = []): boolean {
  return !!url && URL.canParse(url) && siteOf(new URL(url), userSites) !== null;
}

/** The site when this address is one of its known listing pages (its `listingPath`); else null. */
export function siteListingOf(url: URL, userSites: readonly Site[] = []): Site | null {
  const site = siteOf(url, userSites);
  return site?.listingPath?.test(url.pathname) ? site : null;
}
