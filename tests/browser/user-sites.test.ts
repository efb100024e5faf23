// The user's own sites on WXT's fakeBrowser (lib/browser/user-sites.ts and the worker's part,
// entrypoints/background/user-sites.ts): storage, registration, re-registration after a restart
// that lost them (Firefox), unregistration and the permission given back; scripting and
// permissions faked in ./fake-scripting.ts.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import {
  addUserSite,
  ensureUserSiteScripts,
  loadUserSites,
  removeUserSite,
  LISTING_SCRIPT_FILE,
} from "../../lib/browser/user-sites";
import { importBackup, loadAppState, loadSetAside } from "../../lib/browser/items";
import { handlePopupMessage, onPermissionsAdded, onPermissionsRemoved } from "../../entrypoints/background/user-sites";
import { defaultSettings } from "../../lib/model/settings";
import { fakeScriptingAndPermissions, type FakeScript } from "./fake-scripting";

let registered: Map<string, FakeScript>;
let granted: Set<string>;

const origin = "https://www.yacht.nl";
const pattern = "https://www.yacht.nl/*";
const popupSender = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL("/popup.html") });

beforeEach(() => {
  fakeBrowser.reset();
  ({ registered, granted } = fakeScriptingAndPermissions());
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});

describe("adding a site", () => {
  it("stores it and registers the content script's first stage there, kept across sessions", async () => {
    granted.add(pattern);
    expect(await handlePopupMessage({ type: "add-site", origin }, popupSender())).toEqual({ ok: true });
    expect((await loadUserSites()).sites.map((s) => s.origin)).toEqual([origin]);
    expect([...registered.values()]).toEqual([
      {
        id: `user-site:${origin}`,
        matches: [pattern],
        js: [LISTING_SCRIPT_FILE],
        runAt: "document_idle",
        persistAcrossSessions: true,
      },
    ]);
    // Twice: still one site, one script.
    await handlePopupMessage({ type: "add-site", origin }, popupSender());
    expect((await loadUserSites()).sites).toHaveLength(1);
    expect(registered.size).toBe(1);
  });

  it("refuses without the browser's permission, storing nothing", async () => {
    expect(await handlePopupMessage({ type: "add-site", origin }, popupSender())).toEqual({
      ok: false,
      reason: "no-permission",
    });
    expect((await loadUserSites()).sites).toEqual([]);
    expect(registered.size).toBe(0);
  });

  it("refuses a message from a web page or one that does not validate", async () => {
    granted.add(pattern);
    const page = { id: fakeBrowser.runtime.id, url: "https://evil.example/", tab: { id: 3 } };
    await expect(handlePopupMessage({ type: "add-site", origin }, page)).rejects.toThrow(/no popup/);
    await expect(handlePopupMessage({ type: "add-site", origin: "https://x.nl/a" }, popupSender())).rejects.toThrow();
    // A built-in site is no site of the user's.
    expect(await handlePopupMessage({ type: "add-site", origin: "https://www.kbenp.nl" }, popupSender())).toEqual({
      ok: false,
      reason: "failed",
    });
    expect((await loadUserSites()).sites).toEqual([]);
  });

  it("adds a site granted while the popup was gone (Firefox closes it at the prompt); ignores wildcards", async () => {
    granted.add(pattern);
    granted.add("https://*/*");
    await onPermissionsAdded({ origins: [pattern, "https://*/*", "<all_urls>"] });
    expect((await loadUserSites()).sites.map((s) => s.origin)).toEqual([origin]);
    expect([...registered.keys()]).toEqual([`user-site:${origin}`]);
  });
});

describe("keeping the registrations", () => {
  it("registers again on start-up what the browser lost (Firefox, an update), and only that", async () => {
    granted.add(pattern);
    await addUserSite(origin);
    registered.clear();
    await ensureUserSiteScripts();
    expect([...registered.keys()]).toEqual([`user-site:${origin}`]);
    // Already there: nothing registered twice.
    await ensureUserSiteScripts();
    expect(registered.size).toBe(1);
  });

  it("two at once register once", async () => {
    granted.add(pattern);
    await addUserSite(origin);
    registered.clear();
    await Promise.all([ensureUserSiteScripts(), ensureUserSiteScripts(), ensureUserSiteScripts()]);
    expect(registered.size).toBe(1);
  });

  it("drops the registration of a site whose permission the user withdrew in the browser", async () => {
    granted.add(pattern);
    await addUserSite(origin);
    granted.delete(pattern);
    await onPermissionsRemoved();
    expect(registered.size).toBe(0);
    // Still listed: the options page offers to grant it again.
    expect((await loadUserSites()).sites).toHaveLength(1);
  });
});

describe("removing a site", () => {
  it("unregisters, forgets it and gives the permission back", async () => {
    granted.add(pattern);
    await addUserSite(origin);
    await removeUserSite(origin);
    expect(registered.size).toBe(0);
    expect(granted.has(pattern)).toBe(false);
    expect((await loadUserSites()).sites).toEqual([]);
  });

  it("still removes it when the browser keeps the permission (one the manifest holds)", async () => {
    granted.add(pattern);
    await addUserSite(origin);
    (fakeBrowser.permissions as unknown as Record<string, unknown>).remove = vi.fn(async () => {
      throw new Error("You cannot remove required permissions.");
    });
    await removeUserSite(origin);
    expect(registered.size).toBe(0);
    expect((await loadUserSites()).sites).toEqual([]);
  });
});

describe("storage", () => {
  it("reports a bad entry and keeps it: set aside on the next write, never wiped", async () => {
    const bad = { origin: "javascript:alert(1)", addedAt: "2025-11-01T10:00:00.000Z" };
    await fakeBrowser.storage.local.set({ userSites: [bad] });
    const read = await loadUserSites();
    expect(read.sites).toEqual([]);
    expect(read.problems[0]).toMatch(/userSites\[0\]\.origin/);
    // Nothing written by reading.
    expect((await fakeBrowser.storage.local.get("userSites")).userSites).toEqual([bad]);
    granted.add(pattern);
    await addUserSite(origin);
    expect((await loadUserSites()).problems).toEqual([]);
    expect((await loadSetAside()).map((s) => s.raw)).toEqual([bad]);
  });

  it("goes out with the backup and comes back with it (replace and merge)", async () => {
    granted.add(pattern);
    await addUserSite(origin);
    const state = await loadAppState();
    expect(state.userSites?.map((s) => s.origin)).toEqual([origin]);
    await removeUserSite(origin);
    const other = { origin: "https://www.hays.nl", addedAt: "2025-11-02T10:00:00.000Z" };
    await importBackup({ ...state, userSites: [other] }, "replace");
    expect((await loadUserSites()).sites).toEqual([other]);
    await importBackup({ ...state, settings: defaultSettings() }, "merge");
    expect((await loadUserSites()).sites.map((s) => s.origin)).toEqual([other.origin, origin]);
    // Neither is granted in this browser (yacht's permission went with its removal): listed,
    // not registered, until the user grants it (the options page's button).
    await ensureUserSiteScripts();
    expect(registered.size).toBe(0);
    granted.add(pattern);
    await ensureUserSiteScripts();
    expect([...registered.keys()]).toEqual([`user-site:${origin}`]);
  });
});
