// The user's own sites in the browser (issue 17): the list in storage (read through
// lib/user-sites.ts, written through the one writer), and the content script registered on each
// (scripting.registerContentScripts), so the extension runs there by itself. Chrome keeps the
// registrations across restarts (persistAcrossSessions); Firefox may not, and an update may
// drop them: the worker calls `ensureUserSiteScripts` on start-up and install/update.
import { browser } from "wxt/browser";
import { storage } from "wxt/utils/storage";
import { planSetAside } from "../storage/set-aside";
import {
  MAX_USER_SITES,
  hasUserSite,
  originPattern,
  readUserSites,
  registrationPlan,
  scriptIdOf,
  withUserSite,
  withoutUserSite,
  type UserSite,
} from "../user-sites";
import { currentTime } from "./clock";
import { oneWriter } from "./one-writer";

export const USER_SITES_KEY = "userSites";
const userSitesItem = storage.defineItem<unknown>(`local:${USER_SITES_KEY}`, { fallback: null });

/**
 * The content script's first stage as the build names it: the file the manifest's content
 * script (entrypoints/listing) is built to, and the popup's "Analyseer deze pagina" injects.
 */
export const LISTING_SCRIPT_FILE = "listing.js";

/** The user's sites (bad entries left out, and reported as problems; nothing is written). */
export async function loadUserSites(): Promise<{ sites: UserSite[]; problems: string[] }> {
  const { sites, setAside } = readUserSites(await userSitesItem.getValue());
  return { sites, problems: setAside.map((s) => s.problem) };
}

/**
 * Read, change, write, under the lock. Entries that cannot be read are set aside (kept, with
 * their problem, in the same write), never dropped.
 */
function updateUserSites(change: (sites: UserSite[]) => UserSite[]): Promise<UserSite[]> {
  return oneWriter(async () => {
    const snapshot = await browser.storage.local.get(null);
    const read = readUserSites(snapshot[USER_SITES_KEY]);
    const next = change(read.sites);
    const setAside = read.setAside.length > 0 ? planSetAside(snapshot, read.setAside, await currentTime()).set : {};
    await browser.storage.local.set({ ...setAside, [USER_SITES_KEY]: next });
    return next;
  });
}

/**
 * The list an import writes (the caller holds the lock): the backup's sites (replace), or these
 * with the backup's added (merge). A site not granted in this browser is listed but not
 * registered until the user grants it (the options page offers that).
 */
export async function importedUserSites(incoming: readonly UserSite[], mode: "replace" | "merge"): Promise<UserSite[]> {
  const base = mode === "replace" ? [] : (await loadUserSites()).sites;
  const merged = [...base];
  for (const site of incoming) if (!hasUserSite(merged, site.origin)) merged.push(site);
  return merged.slice(-MAX_USER_SITES);
}

/** Calls back when the user's sites change (from any page). */
export function watchUserSites(callback: () => void): () => void {
  return userSitesItem.watch(() => callback());
}

/** Whether the browser grants this origin now (a site from a backup may not be granted here yet). */
export async function granted(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false);
}

function registration(site: UserSite) {
  return {
    id: scriptIdOf(site.origin),
    matches: [originPattern(site.origin)],
    js: [LISTING_SCRIPT_FILE],
    runAt: "document_idle" as const,
    persistAcrossSessions: true,
  };
}

/** The ids of the content scripts registered now. */
async function registeredIds(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.map((s) => s.id);
}

/**
 * Adds a site the browser just granted (the popup asked, in the user's click): stored, and the
 * content script registered there. Throws when the browser does not grant the origin.
 */
export async function addUserSite(origin: string): Promise<void> {
  if (!(await granted(origin))) throw new Error(`no permission for ${origin}`);
  const now = await currentTime();
  await updateUserSites((sites) => withUserSite(sites, origin, now));
  await ensureUserSiteScripts();
}

/**
 * Takes a site away: its content script unregistered, the list without it, and the browser's
 * permission given back. A permission the manifest holds (the browser-test build's https://*)
 * cannot be given back: the browser says so, and the site is gone all the same.
 */
export async function removeUserSite(origin: string): Promise<void> {
  await updateUserSites((sites) => withoutUserSite(sites, origin));
  const id = scriptIdOf(origin);
  if ((await registeredIds()).includes(id)) await unregister(id);
  await browser.permissions.remove({ origins: [originPattern(origin)] }).catch((error: unknown) => {
    console.warn("[opdrachtradar] permission kept", origin, error);
  });
}

/**
 * Brings the registrations in line with the list: one for each site the browser still grants,
 * none for a site no longer listed (or whose permission the user withdrew in the browser).
 */
export function ensureUserSiteScripts(): Promise<void> {
  // One at a time in this context: two at once would both register a missing script (a duplicate id).
  const run = ensuring.then(ensureNow, ensureNow);
  ensuring = run.catch(() => undefined);
  return run;
}
let ensuring: Promise<unknown> = Promise.resolve();

async function ensureNow(): Promise<void> {
  const { sites } = await loadUserSites();
  const allowed = new Set<string>();
  for (const site of sites) if (await granted(site.origin)) allowed.add(site.origin);
  const plan = registrationPlan(sites, (origin) => allowed.has(origin), await registeredIds());
  // One by one, each failure alone: the options page may be unregistering the same script now
  // (another context), and one bad registration must not keep the others away.
  for (const id of plan.unregister) await unregister(id);
  for (const site of plan.register) {
    await browser.scripting.registerContentScripts([registration(site)]).catch((error: unknown) => {
      console.warn("[opdrachtradar] register", site.origin, error);
    });
  }
}

function unregister(id: string): Promise<void> {
  return browser.scripting.unregisterContentScripts({ ids: [id] }).catch((error: unknown) => {
    console.warn("[opdrachtradar] unregister", id, error);
  });
}

/** Whether this origin is one of the user's sites (the worker's check before it registers). */
export async function isUserSite(origin: string): Promise<boolean> {
  return hasUserSite((await loadUserSites()).sites, origin);
}
