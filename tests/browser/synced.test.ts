// Profile and settings in storage.sync (issue 19, lib/browser/synced.ts through ./items.ts) on
// WXT's fakeBrowser, which has a sync area: migration from today's local values without loss,
// last write wins, the other browser's write recognised, "keep local", parts of a large value,
// and corrupt or half-arrived sync data never wiping the copy here.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import {
  loadProfile,
  loadSettings,
  saveProfile,
  updateSettings,
  importBackup,
  loadAppState,
} from "../../lib/browser/items";
import { instanceId, migrateToSync, profileOrigin, setKeepLocal } from "../../lib/browser/synced";
import { emptyProfile, type Profile } from "../../lib/model/profile";
import { defaultSettings, MAX_PANEL_SITES, withPanelPlace } from "../../lib/model/settings";
import { planSyncedWrite, readSynced, PART_CHARS } from "../../lib/storage/synced";

const local = (): Promise<Record<string, unknown>> => fakeBrowser.storage.local.get(null);
const sync = (): Promise<Record<string, unknown>> => fakeBrowser.storage.sync.get(null);
const profileWith = (skills: string[]): Profile => ({ ...emptyProfile(), skills });

/** Another browser's write of `key`, as its synced.ts would make it. */
async function otherBrowserWrites(key: string, value: unknown, at: string): Promise<void> {
  const plan = planSyncedWrite(key, value, "other-browser-0000", at, Object.keys(await sync()));
  await fakeBrowser.storage.sync.set(plan.set);
  if (plan.remove.length) await fakeBrowser.storage.sync.remove(plan.remove);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useRealTimers();
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});

describe("migration from local storage", () => {
  it("moves today's local profile and settings into sync, keeping the local copy", async () => {
    const profile = profileWith(["Scrum"]);
    const settings = { ...defaultSettings(), badgeWindowDays: 9 };
    await fakeBrowser.storage.local.set({ profile, settings });
    await migrateToSync();
    const snapshot = await sync();
    const me = await instanceId();
    expect(readSynced("profile", snapshot)).toMatchObject({ kind: "value", value: profile, head: { by: me } });
    expect(readSynced("settings", snapshot)).toMatchObject({ kind: "value", value: settings });
    expect((await local()).profile).toEqual(profile);
    expect((await loadProfile()).profile?.skills).toEqual(["Scrum"]);
    expect((await loadSettings()).settings.badgeWindowDays).toBe(9);
  });

  it("reads the local values before any migration ran (nothing in sync yet)", async () => {
    await fakeBrowser.storage.local.set({ profile: profileWith(["Lean"]) });
    expect((await loadProfile()).profile?.skills).toEqual(["Lean"]);
  });

  it("leaves a value sync already holds (another browser's) alone", async () => {
    await otherBrowserWrites("profile", profileWith(["Van thuis"]), "2025-11-01T10:00:00.000Z");
    await fakeBrowser.storage.local.set({ profile: profileWith(["Van werk"]) });
    await migrateToSync();
    expect((await loadProfile()).profile?.skills).toEqual(["Van thuis"]);
    // Nothing here was lost: the local copy is still there.
    expect((await local()).profile).toMatchObject({ skills: ["Van werk"] });
  });
});

describe("last write wins per item", () => {
  it("a write goes to both, stamped with this browser; another browser's later write wins", async () => {
    await saveProfile(profileWith(["A"]));
    expect(await profileOrigin()).toMatchObject({ fromOtherBrowser: false, keepLocal: false });
    await updateSettings((s) => ({ ...s, badgeWindowDays: 5 }));
    await otherBrowserWrites("profile", profileWith(["B"]), "2030-01-01T00:00:00.000Z");
    expect((await loadProfile()).profile?.skills).toEqual(["B"]);
    // Per item: the settings written here stay.
    expect((await loadSettings()).settings.badgeWindowDays).toBe(5);
    expect(await profileOrigin()).toEqual({ fromOtherBrowser: true, at: "2030-01-01T00:00:00.000Z", keepLocal: false });
    // Written here again: this browser's again.
    await saveProfile(profileWith(["C"]));
    expect((await loadProfile()).profile?.skills).toEqual(["C"]);
    expect((await profileOrigin()).fromOtherBrowser).toBe(false);
  });

  it("a change written straight into local storage (a tool, a test) counts while no other browser wrote later", async () => {
    await updateSettings((s) => ({ ...s, badgeWindowDays: 5 }));
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), badgeWindowDays: 8 } });
    expect((await loadSettings()).settings.badgeWindowDays).toBe(8);
  });

  it("a replace-import goes to sync too (else sync's older values would win)", async () => {
    await saveProfile(profileWith(["Oud"]));
    const state = await loadAppState();
    await importBackup(
      { ...state, profile: profileWith(["Uit de backup"]), settings: { ...defaultSettings(), badgeWindowDays: 7 } },
      "replace",
    );
    expect((await loadProfile()).profile?.skills).toEqual(["Uit de backup"]);
    expect(readSynced("settings", await sync())).toMatchObject({ value: { badgeWindowDays: 7 } });
  });
});

describe("corrupt or half-arrived sync data", () => {
  it("corrupt: the copy here serves, the problem is reported, nothing is wiped", async () => {
    await saveProfile(profileWith(["Hier"]));
    await fakeBrowser.storage.sync.set({ profile: "kapot" });
    const read = await loadProfile();
    expect(read.profile?.skills).toEqual(["Hier"]);
    expect(read.problems[0]).toMatch(/sync profile: not a value this extension wrote/);
    expect((await local()).profile).toMatchObject({ skills: ["Hier"] });
    // Reading wrote nothing to sync either: the damaged value is left for the user's next write.
    expect((await sync()).profile).toBe("kapot");
  });

  it("a part of another moment (still arriving): the copy here, no problem", async () => {
    await saveProfile(profileWith(["Hier"]));
    await fakeBrowser.storage.sync.set({ profile: { by: "x", at: "2031-01-01T00:00:00.000Z", parts: 1 } });
    expect(await loadProfile()).toEqual({
      profile: expect.objectContaining({ skills: ["Hier"] }) as unknown,
      problems: [],
    });
  });

  it("a sync write that fails (quota): kept here, and sync's older value no longer wins", async () => {
    await saveProfile(profileWith(["Oud"]));
    vi.spyOn(fakeBrowser.storage.sync, "set").mockRejectedValueOnce(new Error("QUOTA_BYTES quota exceeded"));
    await saveProfile(profileWith(["Nieuw"]));
    expect((await loadProfile()).profile?.skills).toEqual(["Nieuw"]);
  });
});

describe("keep local", () => {
  it("writes and reads this browser only; turned back on, this browser's values go to sync", async () => {
    await saveProfile(profileWith(["Gedeeld"]));
    await setKeepLocal(true);
    await saveProfile(profileWith(["Alleen hier"]));
    expect(readSynced("profile", await sync())).toMatchObject({ value: { skills: ["Gedeeld"] } });
    await otherBrowserWrites("profile", profileWith(["Van elders"]), "2030-01-01T00:00:00.000Z");
    expect((await loadProfile()).profile?.skills).toEqual(["Alleen hier"]);
    expect(await profileOrigin()).toMatchObject({ keepLocal: true, fromOtherBrowser: false });
    await setKeepLocal(false);
    expect((await loadProfile()).profile?.skills).toEqual(["Alleen hier"]);
    expect(readSynced("profile", await sync())).toMatchObject({ value: { skills: ["Alleen hier"] } });
  });
});

describe("a large value in parts", () => {
  it("settings with the most panel places fit sync's 8 KB per item, and shrink without stale parts", async () => {
    let settings = defaultSettings();
    for (let i = 0; i < MAX_PANEL_SITES; i++)
      settings = withPanelPlace(settings, `site-${i}.example.com`, { open: true });
    await updateSettings(() => settings);
    const snapshot = await sync();
    const keys = Object.keys(snapshot).filter((k) => k.startsWith("settings"));
    expect(keys.length).toBeGreaterThan(3);
    for (const key of keys) {
      const bytes = new TextEncoder().encode(key + JSON.stringify(snapshot[key])).length;
      expect(bytes).toBeLessThan(8192);
    }
    expect(Object.keys((await loadSettings()).settings.panelSites)).toHaveLength(MAX_PANEL_SITES);
    await updateSettings(() => defaultSettings());
    expect(Object.keys(await sync()).filter((k) => k.startsWith("settings#"))).toEqual(["settings#0"]);
  });

  it("parts of the worst characters stay under 8 KB", () => {
    const plan = planSyncedWrite("profile", { text: '"\\😀'.repeat(PART_CHARS) }, "me", "2025-11-01T00:00:00.000Z", []);
    for (const [key, value] of Object.entries(plan.set)) {
      expect(new TextEncoder().encode(key + JSON.stringify(value)).length).toBeLessThan(8192);
    }
  });
});
