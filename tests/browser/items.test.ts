// The storage items (lib/browser/items.ts) on WXT's fakeBrowser: what each function leaves in
// storage, read back from the fake storage itself.
import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import {
  dismissSetAside,
  loadProfile,
  loadSaved,
  loadSavedHeads,
  loadSavedRecord,
  loadSettings,
  loadSetAside,
  saveProfile,
  updateSettings,
  updateSavedRecord,
} from "../../lib/browser/items";
import { emptyProfile, type Profile } from "../../lib/model/profile";
import { defaultSettings } from "../../lib/model/settings";
import type { SavedListing } from "../../lib/model/saved";
import { BACKUP_KEY, INDEX_KEY, readSavedIndex, recordKey } from "../../lib/storage/saved-layout";
import { makeSaved } from "../unit/storage/make-saved";

/** Everything the fake browser holds in storage.local. */
const stored = (): Promise<Record<string, unknown>> => fakeBrowser.storage.local.get(null);

/** The ids the stored index lists, sorted. */
async function indexIds(): Promise<string[] | null> {
  const heads = readSavedIndex((await stored())[INDEX_KEY]);
  return heads === null ? null : heads.map((h) => h.id).sort();
}

const a = makeSaved({ url: "https://www.striive.com/opdracht/a", title: "A" });
const b = makeSaved({ url: "https://www.striive.com/opdracht/b", title: "B" });

/** Stores records the way the v3 layout does (JSON text per record, index of heads). */
async function seed(...records: SavedListing[]): Promise<void> {
  for (const record of records) await updateSavedRecord(record.id, () => record);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe("profile", () => {
  it("is null before the user gives one, and reads back as saved", async () => {
    expect(await loadProfile()).toEqual({ profile: null, problems: [] });
    const profile: Profile = { ...emptyProfile(), skills: ["Java", "Scrum"], regions: ["Utrecht"] };
    await saveProfile(profile);
    expect(await loadProfile()).toEqual({ profile, problems: [] });
  });

  it("a corrupt stored profile keeps what can be read, reports the rest, and stays stored as it was", async () => {
    const raw = { roles: [], education: [], skills: ["Java"], regions: ["Utrecht"], hoursPerWeek: "veel" };
    await fakeBrowser.storage.local.set({ profile: raw });
    const { profile, problems } = await loadProfile();
    expect(profile).toMatchObject({ skills: ["Java"], regions: ["Utrecht"], hoursPerWeek: null });
    expect(problems.join("\n")).toMatch(/hoursPerWeek/);
    // Repaired on the read, never wiped: the stored value is untouched until the user saves.
    expect((await stored()).profile).toEqual(raw);
  });
});

describe("settings", () => {
  it("are the defaults before the user changes any, and read back as saved", async () => {
    expect(await loadSettings()).toEqual({ settings: defaultSettings(), problems: [] });
    const settings = { ...defaultSettings(), badgeWindowDays: 5, disabledSites: ["www.striive.com"] };
    await updateSettings(() => settings);
    expect(await loadSettings()).toEqual({ settings, problems: [] });
  });

  it("a corrupt field falls back to its default; the good fields are kept and storage is untouched", async () => {
    const raw = { badgeWindowDays: "drie", notifications: false, disabledSites: ["www.striive.com"] };
    await fakeBrowser.storage.local.set({ settings: raw });
    const { settings, problems } = await loadSettings();
    expect(settings).toEqual({ ...defaultSettings(), notifications: false, disabledSites: ["www.striive.com"] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/badgeWindowDays/);
    expect((await stored()).settings).toEqual(raw);
  });

  it("settings that are not an object at all read as the defaults, with a problem", async () => {
    await fakeBrowser.storage.local.set({ settings: 42 });
    const { settings, problems } = await loadSettings();
    expect(settings).toEqual(defaultSettings());
    expect(problems).toHaveLength(1);
    expect((await stored()).settings).toBe(42);
  });
});

describe("saved records", () => {
  it("an update stores the record under its own key and its head in the index", async () => {
    const result = await updateSavedRecord(a.id, () => a);
    expect(result).toEqual({ before: null, after: a });
    const all = await stored();
    expect(JSON.parse(all[recordKey(a.id)] as string)).toEqual(a);
    expect(await indexIds()).toEqual([a.id]);
    expect(await loadSavedRecord(a.id)).toEqual(a);
    expect((await loadSavedHeads()).heads.map((h) => h.listing.title)).toEqual(["A"]);
  });

  it("a change rewrites that record and its head, leaving the others alone", async () => {
    await seed(a, b);
    const untouched = (await stored())[recordKey(b.id)];
    const { before, after } = await updateSavedRecord(a.id, (s) => (s ? { ...s, status: "gereageerd" } : null));
    expect(before).toEqual(a);
    expect(after?.status).toBe("gereageerd");
    expect((await loadSavedRecord(a.id))?.status).toBe("gereageerd");
    const heads = (await loadSavedHeads()).heads;
    expect(heads.find((h) => h.id === a.id)?.status).toBe("gereageerd");
    expect(heads.find((h) => h.id === b.id)?.status).toBe("bewaard");
    expect((await stored())[recordKey(b.id)]).toBe(untouched);
  });

  it("a change that returns the record as it was writes nothing", async () => {
    await seed(a);
    let writes = 0;
    fakeBrowser.storage.local.onChanged.addListener(() => void writes++);
    await updateSavedRecord(a.id, (s) => s);
    await updateSavedRecord(b.id, (s) => s);
    expect(writes).toBe(0);
  });

  it("a removal deletes the record and its index entry, and hands back the record for undo", async () => {
    await seed(a, b);
    const { before, after } = await updateSavedRecord(a.id, () => null);
    expect(before).toEqual(a);
    expect(after).toBeNull();
    expect(recordKey(a.id) in (await stored())).toBe(false);
    expect(await indexIds()).toEqual([b.id]);
    expect(await loadSavedRecord(a.id)).toBeNull();
  });

  it("the full read adopts a record the index misses and drops an entry without a record", async () => {
    await seed(a, b);
    await fakeBrowser.storage.local.remove(recordKey(b.id));
    await fakeBrowser.storage.local.set({
      [recordKey("https://elders.nl/x")]: JSON.stringify(makeSaved({ url: "https://elders.nl/x" })),
    });
    const { listings, problems } = await loadSaved();
    expect(listings.map((s) => s.id).sort()).toEqual(["https://elders.nl/x", a.id].sort());
    expect(problems).toEqual([]);
    expect(await indexIds()).toEqual(["https://elders.nl/x", a.id].sort());
  });

  it("a damaged record is set aside as it was stored, reported, and taken out of the index", async () => {
    await seed(a, b);
    await fakeBrowser.storage.local.set({ [recordKey(b.id)]: '{"id": "half' });
    const { listings, problems } = await loadSaved();
    expect(listings.map((s) => s.id)).toEqual([a.id]);
    expect(problems).toHaveLength(1);
    const setAside = await loadSetAside();
    expect(setAside).toHaveLength(1);
    expect(setAside[0]?.raw).toBe('{"id": "half');
    expect(await indexIds()).toEqual([a.id]);
    // Read again: the problem is still reported (from the set-aside list), and kept once.
    expect((await loadSaved()).problems).toEqual(problems);
    expect(await loadSetAside()).toHaveLength(1);
    expect((await loadSavedHeads()).problems).toEqual(problems);
  });

  it("a damaged record with a good copy in the backup is set aside and restored from it", async () => {
    await seed(a, b);
    await loadSaved({ refreshBackup: true });
    expect(BACKUP_KEY in (await stored())).toBe(true);
    await fakeBrowser.storage.local.set({ [recordKey(b.id)]: { id: b.id, listing: "kapot" } });
    const { listings } = await loadSaved();
    expect(listings.find((s) => s.id === b.id)).toEqual(b);
    expect(JSON.parse((await stored())[recordKey(b.id)] as string)).toEqual(b);
    expect(await loadSetAside()).toHaveLength(1);
  });

  it("a record that cannot be read, found by loadSavedRecord, starts the repair", async () => {
    await seed(a, b);
    await fakeBrowser.storage.local.set({ [recordKey(b.id)]: "niet eens JSON" });
    expect(await loadSavedRecord(b.id)).toBeNull();
    expect(await loadSetAside()).toHaveLength(1);
    expect(await indexIds()).toEqual([a.id]);
  });

  it("an update of a damaged record sets the damage aside first, then writes the change", async () => {
    await seed(a, b);
    await fakeBrowser.storage.local.set({ [recordKey(b.id)]: "niet eens JSON" });
    const { before, after } = await updateSavedRecord(b.id, (current) => current ?? b);
    expect(before).toBeNull();
    expect(after).toEqual(b);
    expect(await loadSavedRecord(b.id)).toEqual(b);
    expect((await loadSetAside()).map((s) => s.raw)).toEqual(["niet eens JSON"]);
    expect(await indexIds()).toEqual([a.id, b.id].sort());
  });

  describe("two updates at the same time", () => {
    it("on different records: both records are stored", async () => {
      await seed(a);
      const c = makeSaved({ url: "https://www.striive.com/opdracht/c" });
      await Promise.all([updateSavedRecord(b.id, () => b), updateSavedRecord(c.id, () => c)]);
      expect(await loadSavedRecord(b.id)).toEqual(b);
      expect(await loadSavedRecord(c.id)).toEqual(c);
      // The full read (the worker's upkeep) lists all three, whatever the index says.
      expect((await loadSaved()).listings.map((s) => s.id).sort()).toEqual([a.id, b.id, c.id].sort());
    });

    // #13 finding 4: writes raced. Each update read the index, then wrote it back with its own
    // head: the second write dropped the first one's head, so the popup (which lists from the
    // index) missed a saved listing until the worker's upkeep rebuilt it. The one writer runs them in turn.
    it("finding 4: on different records: the index lists both", async () => {
      await seed(a);
      const c = makeSaved({ url: "https://www.striive.com/opdracht/c" });
      await Promise.all([updateSavedRecord(b.id, () => b), updateSavedRecord(c.id, () => c)]);
      expect(await indexIds()).toEqual([a.id, b.id, c.id].sort());
    });

    // #13 finding 4: both changes read the same record and each wrote its own copy: the status
    // set in one window was lost to the note set in the other.
    it("finding 4: on the same record: both changes land", async () => {
      await seed(a);
      await Promise.all([
        updateSavedRecord(a.id, (s) => (s ? { ...s, status: "reageren" } : null)),
        updateSavedRecord(a.id, (s) => (s ? { ...s, note: "bellen" } : null)),
      ]);
      expect(await loadSavedRecord(a.id)).toMatchObject({ status: "reageren", note: "bellen" });
    });
  });
});

describe("set-aside records (#13)", () => {
  /** A record this version cannot read: a status it does not know (after a rollback, say). */
  const unknownStatus = (i: number) => {
    const record = makeSaved({ url: `https://www.striive.com/opdracht/nieuw-${i}` });
    return [recordKey(record.id), JSON.stringify({ ...record, status: "ingetrokken" })] as const;
  };

  it("finding 2: 300 set-aside records are all kept", async () => {
    await seed(a);
    await fakeBrowser.storage.local.set(Object.fromEntries(Array.from({ length: 300 }, (_, i) => unknownStatus(i))));
    const { listings, problems } = await loadSaved();
    expect(listings.map((s) => s.id)).toEqual([a.id]);
    expect(problems).toHaveLength(300);
    const setAside = await loadSetAside();
    expect(setAside).toHaveLength(300);
    expect(new Set(setAside.map((s) => JSON.parse(s.raw as string).id)).size).toBe(300);
    // One more later: the 300 stay.
    await fakeBrowser.storage.local.set(Object.fromEntries([unknownStatus(300)]));
    await loadSaved();
    expect(await loadSetAside()).toHaveLength(301);
    expect((await loadSavedHeads()).problems).toHaveLength(301);
  });

  it("finding 2: the one-list value of an earlier version is moved, one key per record", async () => {
    await seed(a);
    const list = Array.from({ length: 250 }, (_, i) => ({ raw: `kapot ${i}`, problem: `saved[${i}]: not valid JSON` }));
    await fakeBrowser.storage.local.set({ savedSetAside: list });
    const { heads, problems } = await loadSavedHeads();
    expect(heads.map((h) => h.id)).toEqual([a.id]);
    expect(problems).toHaveLength(250);
    expect("savedSetAside" in (await stored())).toBe(false);
    expect((await loadSetAside()).map((s) => s.raw).sort()).toEqual(list.map((s) => s.raw).sort());
  });

  it("finding 6: savedSetAside = {} of the wrong shape breaks neither list, upkeep, export nor options page", async () => {
    await seed(a, b);
    await fakeBrowser.storage.local.set({ savedSetAside: {} });
    // The popup's list.
    const { heads, problems } = await loadSavedHeads();
    expect(heads.map((h) => h.id).sort()).toEqual([a.id, b.id].sort());
    expect(problems).toEqual([expect.stringContaining("savedSetAside: not a list")]);
    // Upkeep and the exports (the full read).
    expect((await loadSaved({ refreshBackup: true })).listings).toHaveLength(2);
    // The options page: the odd value is kept, as found, for the user to download.
    expect(await loadSetAside()).toMatchObject([{ raw: {}, problem: expect.stringContaining("not a list") }]);
  });

  it("a set-aside key of another shape is itself kept and reported, and the odd cache is rebuilt", async () => {
    await seed(a);
    await fakeBrowser.storage.local.set({ "setAside:handwerk": 42, setAsideList: { niet: "een lijst" } });
    const { heads, problems } = await loadSavedHeads();
    expect(heads.map((h) => h.id)).toEqual([a.id]);
    expect(problems).toEqual([expect.stringContaining("not a set-aside record")]);
    expect(await loadSetAside()).toMatchObject([{ key: "setAside:handwerk", raw: 42 }]);
  });

  it("discarding removes the records the user saw, not one set aside since", async () => {
    await seed(a);
    await fakeBrowser.storage.local.set(Object.fromEntries([unknownStatus(1)]));
    await loadSaved();
    const seen = await loadSetAside();
    await fakeBrowser.storage.local.set(Object.fromEntries([unknownStatus(2)]));
    await loadSaved();
    await dismissSetAside(seen.map((s) => s.key));
    expect(await loadSetAside()).toHaveLength(1);
    expect((await loadSavedHeads()).problems).toHaveLength(1);
    await dismissSetAside();
    expect(await loadSetAside()).toEqual([]);
    expect((await loadSavedHeads()).problems).toEqual([]);
  });
});
