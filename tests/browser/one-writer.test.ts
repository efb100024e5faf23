// The one writer (lib/browser/one-writer.ts, #13 finding 4) on WXT's fakeBrowser: writes from
// the popup, the options page and the worker at the same moment all land, and an import that
// fails halfway changes nothing. Vitest runs on Node, which has no navigator.locks: the
// in-process queue is tested as it is, the Web Locks path with a fake lock manager.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import {
  importBackup,
  loadProfile,
  loadSaved,
  loadSavedHeads,
  loadSavedRecord,
  loadSettings,
  saveProfile,
  updateSavedRecord,
  updateSettings,
} from "../../lib/browser/items";
import { oneWriter, STORAGE_LOCK, type LockManagerLike } from "../../lib/browser/one-writer";
import { listingKey } from "../../lib/model/listing-key";
import { emptyProfile } from "../../lib/model/profile";
import { defaultSettings, withPanelPlace } from "../../lib/model/settings";
import type { SavedListing, SavedListings } from "../../lib/model/saved";
import { overrideVerdict } from "../../lib/saved/commands";
import type { AppState } from "../../lib/storage/backup";
import { removeSaved, saveListing, setNote, setStatus } from "../../entrypoints/popup/actions";
import { makeListing, makeSaved } from "../unit/storage/make-saved";

const stored = (): Promise<Record<string, unknown>> => fakeBrowser.storage.local.get(null);
const indexIds = async () => (await loadSavedHeads()).heads.map((h) => h.id).sort();

const a = makeSaved({ url: "https://www.striive.com/opdracht/a", title: "A" });
const b = makeSaved({ url: "https://www.striive.com/opdracht/b", title: "B" });
const c = makeSaved({ url: "https://www.striive.com/opdracht/c", title: "C" });

async function seed(...records: SavedListing[]): Promise<void> {
  for (const record of records) await updateSavedRecord(record.id, () => record);
}

const byId = (...records: SavedListing[]): SavedListings => Object.fromEntries(records.map((s) => [s.id, s]));

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2025-11-05T10:00:00Z"));
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("the in-process queue (no navigator.locks)", () => {
  it("runs tasks one at a time, in the order given, and a failure does not stop the next", async () => {
    expect((globalThis as { navigator?: { locks?: unknown } }).navigator?.locks ?? null).toBeNull();
    const log: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        log.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, 1));
        log.push(`${name} out`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([oneWriter(task("1")), oneWriter(task("2", true)), oneWriter(task("3"))]);
    expect(log).toEqual(["1 in", "1 out", "2 in", "2 out", "3 in", "3 out"]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
  });
});

describe("the Web Locks path", () => {
  /** A lock manager like the browser's: one holder per name, the others wait in turn. */
  function fakeLocks(): LockManagerLike & { names: string[] } {
    const tails = new Map<string, Promise<unknown>>();
    const names: string[] = [];
    return {
      names,
      request<T>(name: string, callback: () => Promise<T>): Promise<T> {
        names.push(name);
        const run = (tails.get(name) ?? Promise.resolve()).then(() => callback());
        tails.set(
          name,
          run.catch(() => undefined),
        );
        return run;
      },
    };
  }

  it("finding 4: every write takes the one storage lock, and two changes of one record both land", async () => {
    const locks = fakeLocks();
    vi.stubGlobal("navigator", { locks });
    await seed(a);
    await Promise.all([
      updateSavedRecord(a.id, (s) => (s ? { ...s, status: "reageren" } : null)),
      updateSavedRecord(a.id, (s) => (s ? { ...s, note: "bellen" } : null)),
      updateSettings((s) => ({ ...s, badgeWindowDays: 5 })),
      updateSettings((s) => withPanelPlace(s, "www.kbenp.nl", { open: true })),
    ]);
    expect(await loadSavedRecord(a.id)).toMatchObject({ status: "reageren", note: "bellen" });
    expect((await loadSettings()).settings).toMatchObject({
      badgeWindowDays: 5,
      panelSites: { "www.kbenp.nl": { open: true } },
    });
    expect(locks.names.length).toBeGreaterThanOrEqual(5);
    expect(new Set(locks.names)).toEqual(new Set([STORAGE_LOCK]));
  });
});

describe("popup, options page and worker at the same moment (#13 finding 4)", () => {
  it("finding 4: popup and worker writing at the same moment lose nothing", async () => {
    const listing = makeListing({ url: "https://www.flextender.nl/opdracht/42", title: "Adviseur inkoop" });
    const id = listingKey(listing);
    await seed(a, b);
    const now = new Date();
    await Promise.all([
      // The popup: save the current listing, a note and a status on others, a removal.
      saveListing(listing),
      setNote(a.id, "cv sturen"),
      setStatus(a.id, "reageren"),
      removeSaved(b.id),
      // The worker (the in-page panel's buttons): an override on the listing and on another one.
      updateSavedRecord(id, (current) => overrideVerdict(current, listing, "must-0", "met", now)),
      updateSavedRecord(c.id, (current) => overrideVerdict(current, c.listing, "must-1", "unmet", now)),
      // The worker's upkeep.
      loadSaved({ refreshBackup: true }),
    ]);
    expect(await loadSavedRecord(id)).toMatchObject({ overrides: { "must-0": "met" } });
    expect(await loadSavedRecord(a.id)).toMatchObject({ note: "cv sturen", status: "reageren" });
    expect(await loadSavedRecord(b.id)).toBeNull();
    expect(await loadSavedRecord(c.id)).toMatchObject({ overrides: { "must-1": "unmet" } });
    expect(await indexIds()).toEqual([a.id, c.id, id].sort());
    expect((await loadSaved()).listings.map((s) => s.id).sort()).toEqual([a.id, c.id, id].sort());
  });

  it("finding 4: settings changed by the panel and by the options page at the same moment both land", async () => {
    await Promise.all([
      updateSettings((s) => withPanelPlace(s, "www.kbenp.nl", { open: true })),
      updateSettings((s) => ({ ...s, disabledSites: [...s.disabledSites, "www.striive.com"] })),
      updateSettings((s) => ({ ...s, disabledSites: [...s.disabledSites, "www.flextender.nl"] })),
      updateSettings((s) => ({ ...s, badgeWindowDays: 7 })),
    ]);
    expect((await loadSettings()).settings).toMatchObject({
      panelSites: { "www.kbenp.nl": { open: true } },
      badgeWindowDays: 7,
      disabledSites: ["www.striive.com", "www.flextender.nl"],
    });
  });
});

describe("import (#13 finding 4)", () => {
  const profile = { ...emptyProfile(), skills: ["Java"] };
  const imported: AppState = {
    profile: { ...emptyProfile(), skills: ["Scrum"] },
    saved: byId({ ...b, note: "uit de backup" }, c),
    settings: { ...defaultSettings(), badgeWindowDays: 9 },
  };

  beforeEach(async () => {
    await seed(a, b);
    await saveProfile(profile);
    await updateSettings((s) => ({ ...s, lang: "en" }));
    await loadSaved({ refreshBackup: true });
  });

  it("finding 4: an import that fails halfway changes nothing", async () => {
    const before = await stored();
    vi.spyOn(fakeBrowser.storage.local, "set").mockRejectedValueOnce(new Error("QUOTA_BYTES quota exceeded"));
    await expect(importBackup(imported, "replace")).rejects.toThrow(/quota/);
    expect(await stored()).toEqual(before);
    vi.spyOn(fakeBrowser.storage.local, "set").mockRejectedValueOnce(new Error("QUOTA_BYTES quota exceeded"));
    await expect(importBackup(imported, "merge")).rejects.toThrow(/quota/);
    expect(await stored()).toEqual(before);
  });

  it("replace: profile, settings and saved listings become the backup's, in one write", async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, "set");
    await importBackup(imported, "replace");
    expect(set).toHaveBeenCalledTimes(1);
    expect((await loadProfile()).profile?.skills).toEqual(["Scrum"]);
    expect((await loadSettings()).settings.badgeWindowDays).toBe(9);
    expect(await indexIds()).toEqual([b.id, c.id].sort());
    expect((await loadSavedRecord(b.id))?.note).toBe("uit de backup");
    expect(await loadSavedRecord(a.id)).toBeNull();
    expect("savedReplacing" in (await stored())).toBe(false);
  });

  it("replace cut off after its write: the next read finishes it, a removed listing does not come back", async () => {
    vi.spyOn(fakeBrowser.storage.local, "remove").mockRejectedValueOnce(new Error("worker stopped"));
    await expect(importBackup(imported, "replace")).rejects.toThrow(/stopped/);
    expect((await stored())[`savedRecord:${a.id}`]).toBeDefined();
    expect((await loadSavedHeads()).heads.map((h) => h.id).sort()).toEqual([b.id, c.id].sort());
    expect((await loadSaved()).listings.map((s) => s.id).sort()).toEqual([b.id, c.id].sort());
    const after = await stored();
    expect(after[`savedRecord:${a.id}`]).toBeUndefined();
    expect("savedReplacing" in after).toBe(false);
  });

  it("merge: the backup's listings added, the backup's winning per id, profile and settings left alone", async () => {
    const result = await importBackup(imported, "merge");
    expect(result).toMatchObject({ added: 1, replaced: 1, kept: 1 });
    expect(await indexIds()).toEqual([a.id, b.id, c.id].sort());
    expect((await loadSavedRecord(b.id))?.note).toBe("uit de backup");
    expect((await loadProfile()).profile?.skills).toEqual(["Java"]);
    expect((await loadSettings()).settings).toMatchObject({ lang: "en", badgeWindowDays: 3 });
  });

  it("an import while the popup writes: the popup's change is not lost to the merge", async () => {
    await Promise.all([setNote(a.id, "tijdens de import"), importBackup(imported, "merge")]);
    expect((await loadSavedRecord(a.id))?.note).toBe("tijdens de import");
    expect(await indexIds()).toEqual([a.id, b.id, c.id].sort());
  });
});
