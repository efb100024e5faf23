// The v3 storage layout of saved listings (one record per key + an index of heads), read and
// written as pure functions over a snapshot of the storage area. `applyTo` does what
// lib/browser/items.ts does with the browser's storage, so sequences (and cut-off writes) can
// be played out on a plain object.
import { describe, expect, it } from "vitest";
import { headOf, isPackedHead, packHead, unpackHead } from "../../../lib/storage/saved-head";
import { savedListingSchema } from "../../../lib/model/saved";
import {
  BACKUP_KEY,
  INDEX_KEY,
  LEGACY_KEY,
  LEGACY_META_KEY,
  hasChanges,
  planRecordWrite,
  planSavedWrite,
  readSavedIndex,
  readSavedSnapshot,
  recordKey,
  type StorageChanges,
} from "../../../lib/storage/saved-layout";
import type { SavedListing } from "../../../lib/model/saved";
import { makeSaved } from "./make-saved";

type Snapshot = Record<string, unknown>;

/** A JSON round trip, as the browser's storage stores values. */
const stored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function applyTo(snapshot: Snapshot, changes: StorageChanges, stopAfter?: "removeFirst" | "set"): Snapshot {
  const next = { ...snapshot };
  for (const key of changes.removeFirst) delete next[key];
  if (stopAfter === "removeFirst") return next;
  for (const [key, value] of Object.entries(changes.set)) next[key] = stored(value);
  if (stopAfter === "set") return next;
  for (const key of changes.removeAfter) delete next[key];
  return next;
}

const a = makeSaved({ url: "https://www.kbenp.nl/opdrachten/a", title: "Adviseur A", deadline: "2025-11-10" });
const b = makeSaved({ url: "https://www.kbenp.nl/opdrachten/b", title: "Adviseur B", deadline: "2025-11-12" });
const c = makeSaved({ url: "https://bijoranje.nl/opdracht/c", title: "Adviseur C", deadline: null });

/** Storage as the layout writes it for these records. */
function v3(...records: SavedListing[]): Snapshot {
  return applyTo({}, planSavedWrite([], records));
}

const ids = (listings: readonly SavedListing[]) => listings.map((s) => s.id).sort();

describe("reading the v3 layout", () => {
  it("reads every record and changes nothing when storage is consistent", () => {
    const read = readSavedSnapshot(v3(a, b, c));
    expect(ids(read.listings)).toEqual(ids([a, b, c]));
    expect(read.listings.find((s) => s.id === a.id)).toEqual(a);
    expect(read.setAside).toEqual([]);
    expect(hasChanges(read.repair)).toBe(false);
  });

  it("sets a record of the wrong shape aside, removes its key and loads the others", () => {
    const snapshot = { ...v3(a, b), [recordKey(c.id)]: { id: c.id, listing: { title: 42 } } };
    const read = readSavedSnapshot(snapshot);
    expect(ids(read.listings)).toEqual(ids([a, b]));
    expect(read.setAside).toHaveLength(1);
    expect(read.setAside[0]!.problem).toContain(c.id);
    expect(read.setAside[0]!.raw).toEqual({ id: c.id, listing: { title: 42 } });
    expect(read.repair.removeAfter).toEqual([recordKey(c.id)]);
    const after = applyTo(snapshot, read.repair);
    expect(readSavedIndex(after[INDEX_KEY])!.map((h) => h.id)).toEqual(ids([a, b]));
  });

  it("restores a record that fails validation from the backup when the backup holds it", () => {
    const withBackup = applyTo(v3(a, b), readSavedSnapshot(v3(a, b), { refreshBackup: true }).repair);
    const damaged = { ...withBackup, [recordKey(b.id)]: '{"id": "half-writ' };
    const read = readSavedSnapshot(damaged);
    expect(read.setAside.map((s) => s.problem)).toEqual([`saved["${b.id}"]: not valid JSON`]);
    expect(read.listings.find((s) => s.id === b.id)).toEqual(b);
    expect(applyTo(damaged, read.repair)[recordKey(b.id)]).toBe(JSON.stringify(b));
  });

  it("sets aside a record kept under another listing's key", () => {
    const read = readSavedSnapshot({ ...v3(a), [recordKey(c.id)]: stored(b) });
    expect(ids(read.listings)).toEqual([a.id]);
    expect(read.setAside[0]!.problem).toContain(`holds the listing "${b.id}"`);
  });

  it("rebuilds a missing or damaged index from the records", () => {
    for (const index of [undefined, "kapot", { [a.id]: { id: a.id } }, [1, 2], "[[1]]"]) {
      const snapshot = { ...v3(a, b), [INDEX_KEY]: index };
      const read = readSavedSnapshot(snapshot);
      expect(ids(read.listings)).toEqual(ids([a, b]));
      expect(readSavedIndex(applyTo(snapshot, read.repair)[INDEX_KEY])).toEqual([a, b].map(headOf));
    }
  });

  it("adopts a record the index does not list and drops an entry without a record", () => {
    const snapshot = { ...v3(a, b), [recordKey(c.id)]: stored(c) }; // an object (a hand edit) reads too
    delete snapshot[recordKey(a.id)];
    const read = readSavedSnapshot(snapshot);
    expect(ids(read.listings)).toEqual(ids([b, c]));
    const index = readSavedIndex(applyTo(snapshot, read.repair)[INDEX_KEY])!;
    expect(index.map((h) => h.id).sort()).toEqual(ids([b, c]));
  });

  it("a second read after the repair finds nothing left to repair", () => {
    const snapshot = { ...v3(a, b), [recordKey(c.id)]: 7, [INDEX_KEY]: null };
    const repaired = applyTo(snapshot, readSavedSnapshot(snapshot).repair);
    const again = readSavedSnapshot(repaired);
    expect(hasChanges(again.repair)).toBe(false);
    expect(again.setAside).toEqual([]);
  });
});

describe("moving the v1/v2 value (WXT's versioned item) into records", () => {
  it("moves a v2 record keyed by id and removes the old value after the records are written", () => {
    const snapshot = { [LEGACY_KEY]: stored({ [a.id]: a, [b.id]: b }), [LEGACY_META_KEY]: { v: 2 } };
    const read = readSavedSnapshot(snapshot);
    expect(ids(read.listings)).toEqual(ids([a, b]));
    expect(read.repair.removeAfter).toEqual([LEGACY_KEY, LEGACY_META_KEY]);
    const after = applyTo(snapshot, read.repair);
    expect(after[LEGACY_KEY]).toBeUndefined();
    // Stored as JSON text: Chrome hands one string over much faster than nested objects.
    expect(after[recordKey(a.id)]).toBe(JSON.stringify(a));
    expect(readSavedIndex(after[INDEX_KEY])).toEqual([a, b].map(headOf));
  });

  it("migrates a v1 array (no version record) on the way", () => {
    const v1 = [a, b].map(({ listing, savedAt, status, note }) => ({ listing, savedAt, status, note }));
    const read = readSavedSnapshot({ [LEGACY_KEY]: stored(v1) });
    expect(read.listings.map((s) => s.id)).toEqual([a.id, b.id]);
    expect(read.listings[0]).toMatchObject({ overrides: {}, lastSeenAt: a.savedAt });
  });

  it("sets a bad legacy record aside and moves the others", () => {
    const read = readSavedSnapshot({ [LEGACY_KEY]: { [a.id]: stored(a), broken: { id: "broken" } }, saved$: { v: 2 } });
    expect(ids(read.listings)).toEqual([a.id]);
    expect(read.setAside).toHaveLength(1);
  });

  it("falls back to the backup when the whole legacy value is unreadable", () => {
    const read = readSavedSnapshot({ [LEGACY_KEY]: "{not json", [BACKUP_KEY]: stored({ [a.id]: a, [b.id]: b }) });
    expect(ids(read.listings)).toEqual(ids([a, b]));
    expect(read.setAside.map((s) => s.problem)).toEqual(["saved: not valid JSON"]);
  });

  it("keeps the newer v3 record when a move was cut off and the legacy value is read again", () => {
    const legacy = { [LEGACY_KEY]: stored({ [a.id]: a, [b.id]: b }), [LEGACY_META_KEY]: { v: 2 } };
    const halfMoved = applyTo(legacy, readSavedSnapshot(legacy).repair, "set");
    expect(halfMoved[LEGACY_KEY]).toBeDefined();
    // Meanwhile the user changed a status in the new layout.
    const changed = { ...b, status: "gereageerd" as const };
    const edited = applyTo(halfMoved, planRecordWrite(readSavedIndex(halfMoved[INDEX_KEY])!, b.id, changed));
    const read = readSavedSnapshot(edited);
    expect(read.listings.find((s) => s.id === b.id)?.status).toBe("gereageerd");
    expect(read.listings).toHaveLength(2);
    expect(applyTo(edited, read.repair)[LEGACY_KEY]).toBeUndefined();
  });
});

describe("the backup", () => {
  it("is written by refreshBackup when it differs from the records, and not again when it matches", () => {
    const first = readSavedSnapshot(v3(a, b), { refreshBackup: true });
    expect(JSON.parse(first.repair.set[BACKUP_KEY] as string)).toEqual(stored({ [a.id]: a, [b.id]: b }));
    const backedUp = applyTo(v3(a, b), first.repair);
    expect(hasChanges(readSavedSnapshot(backedUp, { refreshBackup: true }).repair)).toBe(false);
    expect(readSavedSnapshot(backedUp).repair.set[BACKUP_KEY]).toBeUndefined();
  });
});

describe("writing", () => {
  it("writes only what changed: one record and the index for a status change", () => {
    const changed = { ...b, status: "reageren" as const };
    const changes = planSavedWrite([a, b, c], [a, changed, c]);
    expect(Object.keys(changes.set).sort()).toEqual([INDEX_KEY, recordKey(b.id)].sort());
    expect(changes.removeFirst).toEqual([]);
    expect(hasChanges(planSavedWrite([a, b], [a, { ...b }]))).toBe(false);
  });

  it("removes a record before it rewrites the index, so a cut-off removal stays removed", () => {
    const before = v3(a, b);
    const changes = planSavedWrite([a, b], [a]);
    expect(changes.removeFirst).toEqual([recordKey(b.id)]);
    const cutOff = applyTo(before, changes, "removeFirst");
    const read = readSavedSnapshot(cutOff);
    expect(ids(read.listings)).toEqual([a.id]);
    expect(readSavedIndex(applyTo(cutOff, read.repair)[INDEX_KEY])!.map((h) => h.id)).toEqual([a.id]);
  });

  it("changes one record against the index: save, change, remove", () => {
    let snapshot = v3(a);
    const index = () => readSavedIndex(snapshot[INDEX_KEY])!;
    snapshot = applyTo(snapshot, planRecordWrite(index(), b.id, b));
    expect(index().map((h) => h.id)).toEqual(ids([a, b]));
    snapshot = applyTo(snapshot, planRecordWrite(index(), b.id, { ...b, note: "bellen" }));
    expect(index().find((h) => h.id === b.id)?.note).toBe("bellen");
    snapshot = applyTo(snapshot, planRecordWrite(index(), a.id, null));
    expect(snapshot[recordKey(a.id)]).toBeUndefined();
    expect(index().map((h) => h.id)).toEqual([b.id]);
    expect(hasChanges(readSavedSnapshot(snapshot).repair)).toBe(false);
  });
});

describe("the index", () => {
  it("holds heads without requirements or provenance, a fraction of a record's size", () => {
    const full = makeSaved({
      requirements: Array.from({ length: 12 }, (_, i) => ({
        id: `must-${i}`,
        text: `Minimaal ${i + 2} jaar aantoonbare werkervaring als adviseur in het sociaal domein bij een gemeente`,
        kind: "must" as const,
        label: null,
        weight: null,
      })),
      provenance: { title: { tier: "adapter", source: "Adviseur sociaal domein, 32 uur per week" } },
    });
    const head = headOf(full);
    expect(head.listing).not.toHaveProperty("requirements");
    expect(head.listing).not.toHaveProperty("provenance");
    expect(JSON.stringify(head).length).toBeLessThan(JSON.stringify(full).length / 3);
  });

  it("packs a head into a tuple and back without losing a field", () => {
    for (const saved of [a, c, makeSaved({ rate: null, canonicalUrl: "https://x.example/c", site: null })]) {
      const head = headOf(saved);
      expect(unpackHead(packHead(head))).toEqual(head);
    }
    expect(readSavedIndex(v3(a, b, c)[INDEX_KEY])).toEqual(
      [a, b, c].map(headOf).sort((x, y) => (x.id < y.id ? -1 : 1)),
    );
  });

  it("checks a packed head as the zod schemas check the record it comes from", () => {
    const head = packHead(headOf(b));
    expect(isPackedHead(head)).toBe(true);
    // Each change breaks the record's zod schema, and the packed head's check alike.
    const breakages: Array<[number, unknown, (s: SavedListing) => unknown]> = [
      [0, "", (s) => ({ ...s, id: "" })],
      [1, "gisteren", (s) => ({ ...s, savedAt: "gisteren" })],
      [2, "zomaar", (s) => ({ ...s, status: "zomaar" })],
      [3, null, (s) => ({ ...s, note: null })],
      [4, 42, (s) => ({ ...s, listing: { ...s.listing, title: 42 } })],
      [
        7,
        [null, 110, "EURO", "hour"],
        (s) => ({ ...s, listing: { ...s.listing, rate: { ...s.listing.rate, currency: "EURO" } } }),
      ],
      [
        7,
        [null, 110, "EUR", "week"],
        (s) => ({ ...s, listing: { ...s.listing, rate: { ...s.listing.rate, per: "week" } } }),
      ],
      [8, "1-11-2025", (s) => ({ ...s, listing: { ...s.listing, startDate: "1-11-2025" } })],
      [10, "2025-11-12 17:00", (s) => ({ ...s, listing: { ...s.listing, deadline: "2025-11-12 17:00" } })],
      [11, "misschien", (s) => ({ ...s, listing: { ...s.listing, status: "misschien" } })],
      [12, null, (s) => ({ ...s, listing: { ...s.listing, url: null } })],
    ];
    for (const [at, value, breakRecord] of breakages) {
      expect(savedListingSchema.safeParse(breakRecord(b)).success, `record, field ${at}`).toBe(false);
      expect(isPackedHead((head as unknown[]).with(at, value)), `packed, field ${at}`).toBe(false);
    }
    expect(isPackedHead(head.slice(0, 14))).toBe(false);
  });

  it("is unreadable as a whole when one entry is, so the reader falls back to the records", () => {
    const packed = JSON.parse(v3(a, b)[INDEX_KEY] as string) as unknown[][];
    expect(readSavedIndex(packed)).toHaveLength(2); // an array written by hand reads the same
    const badStatus = packed.map((entry, i) => (i === 1 ? entry.with(2, "zomaar") : entry));
    expect(readSavedIndex(JSON.stringify(badStatus))).toBeNull();
    expect(readSavedIndex(JSON.stringify([...packed, packed[0]!.slice(0, 5)]))).toBeNull();
    expect(readSavedIndex({ [a.id]: headOf(a) })).toBeNull();
    expect(readSavedIndex(null)).toBeNull();
  });
});
