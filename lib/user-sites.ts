// The user's own sites ("Altijd op deze site", issue 17): sites the user added in the popup, beside
// the built-in list of lib/sites.ts. Each is an origin (scheme and host) the browser granted; the
// worker registers the content script's first stage there. As Sites (`asSites`) they go through
// the same lookups as the built-in ones (siteOf, isSiteUrl, siteListingOf).
//
// Read leniently, like everything stored: each entry is checked on its own, a bad one is
// reported and left out, the others load (lib/browser/user-sites.ts keeps the stored value).
import { z } from "zod";
import { formatIssues } from "./storage/issues";
import type { SetAside } from "./storage/repair";
import { siteOf, type Site } from "./sites";

/** More would make the options list unreadable; the browser's own limit is far above it. */
export const MAX_USER_SITES = 200;

/** An origin as URL gives it: http(s), a lower-case host (punycode), an optional port, no path. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]{1,253}(?::\d{1,5})?$/;

export const userSiteSchema = z
  .object({
    origin: z.string().max(270).regex(ORIGIN, "an http(s) origin"),
    /** When the user added it (ISO), for the options list's order. */
    addedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type UserSite = z.infer<typeof userSiteSchema>;

/** The origin of a page the user may add, or null (not http(s), or a built-in site already). */
export function addableOrigin(url: string | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const page = new URL(url);
  if (page.protocol !== "https:" && page.protocol !== "http:") return null;
  if (siteOf(page) !== null) return null;
  return ORIGIN.test(page.origin) ? page.origin : null;
}

/** The host permission and the content script's match pattern of an origin (all ports of the host). */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The id of the registered content script of an origin (scripting.registerContentScripts). */
export const SCRIPT_ID_PREFIX = "user-site:";
export function scriptIdOf(origin: string): string {
  return SCRIPT_ID_PREFIX + origin;
}

/** The name shown for a user site: its host without "www.". */
export function userSiteName(site: UserSite): string {
  return new URL(site.origin).hostname.replace(/^www\./, "");
}

/** The user's sites as Sites: no adapter and no known listing pages (the first stage decides). */
export function asSites(userSites: readonly UserSite[]): Site[] {
  return userSites.map((site) => ({
    host: new URL(site.origin).hostname,
    name: userSiteName(site),
    adapter: null,
    listingPath: null,
  }));
}

export function hasUserSite(userSites: readonly UserSite[], origin: string): boolean {
  return userSites.some((site) => site.origin === origin);
}

/** The list with this origin added (once; the oldest go first past the cap). */
export function withUserSite(userSites: readonly UserSite[], origin: string, now: Date): UserSite[] {
  if (hasUserSite(userSites, origin)) return [...userSites];
  return [...userSites, userSiteSchema.parse({ origin, addedAt: now.toISOString() })].slice(-MAX_USER_SITES);
}

export function withoutUserSite(userSites: readonly UserSite[], origin: string): UserSite[] {
  return userSites.filter((site) => site.origin !== origin);
}

/**
 * The stored list, entry by entry: a bad entry or a duplicate is left out and handed back to be
 * set aside (kept, with its problem: lib/storage/set-aside.ts), the others load. Nothing stored
 * (a first run): an empty list.
 */
export function readUserSites(raw: unknown): { sites: UserSite[]; setAside: SetAside[] } {
  if (raw === null || raw === undefined) return { sites: [], setAside: [] };
  if (!Array.isArray(raw)) return { sites: [], setAside: [{ raw, problem: "userSites: not a list of sites" }] };
  const sites: UserSite[] = [];
  const setAside: SetAside[] = [];
  raw.forEach((item: unknown, i) => {
    const parsed = userSiteSchema.safeParse(item);
    if (!parsed.success) setAside.push({ raw: item, problem: formatIssues(parsed.error, ["userSites", i]).join("; ") });
    else if (hasUserSite(sites, parsed.data.origin))
      setAside.push({ raw: item, problem: `userSites[${i}]: duplicate site ${parsed.data.origin}` });
    else sites.push(parsed.data);
  });
  return { sites: sites.slice(-MAX_USER_SITES), setAside };
}

/**
 * The content-script registrations to make and to take away so that exactly the user's sites
 * the browser still grants have one: `registered` are the ids the browser lists now.
 */
export function registrationPlan(
  userSites: readonly UserSite[],
  granted: (origin: string) => boolean,
  registered: readonly string[],
): { register: UserSite[]; unregister: string[] } {
  const wanted = new Map(userSites.filter((s) => granted(s.origin)).map((s) => [scriptIdOf(s.origin), s]));
  const ours = registered.filter((id) => id.startsWith(SCRIPT_ID_PREFIX));
  return {
    register: [...wanted].filter(([id]) => !ours.includes(id)).map(([, site]) => site),
    unregister: ours.filter((id) => !wanted.has(id)),
  };
}
