import { describe, expect, it } from "vitest";
import { migrate, SAVED_VERSION, savedV1ToV2 } from "../../../lib/storage/migrations";
import { readSavedListings } from "../../../lib/storage/repair";
import { makeListing } from "./make-saved";

/** A v1 record: what the first release stored (no id, overrides or lastSeenAt). */
function v1Record(url: string, savedAt: string, note = "") {
  return { listing: makeListing({ url }), savedAt, status: "bewaard", note };
}

describe("saved listings v1 → v2", () => {
  it("turns the array into a record keyed by listing id and fills the new fields", () => {
    const v1 = [
      v1Record("https://www.a.nl/opdracht/1/", "2025-10-01T08:00:00.000Z", "eerste"),
      v1Record("https://b.nl/opdracht/2", "2025-10-02T08:00:00.000Z"),
    ];
    const v2 = savedV1ToV2(v1) as Record<string, Record<string, unknown>>;
    expect(Object.keys(v2)).toEqual(["https://a.nl/opdracht/1", "https://b.nl/opdracht/2"]);
    expect(v2["https://a.nl/opdracht/1"]).toMatchObject({
      id: "https://a.nl/opdracht/1",
      note: "eerste",
      overrides: {},
      lastSeenAt: "2025-10-01T08:00:00.000Z",
    });
  });

  it("loads after migration, with a broken v1 entry set aside instead of lost", () => {
    const v1 = [v1Record("https://a.nl/1", "2025-10-01T08:00:00.000Z"), { listing: { title: "half" } }, "garbage"];
    const { value, version } = migrate(v1, 1);
    expect(version).toBe(SAVED_VERSION);
    const { listings, setAside } = readSavedListings(value);
    expect(listings.map((l) => l.id)).toEqual(["https://a.nl/1"]);
    expect(setAside).toHaveLength(2);
    expect(setAside.map((s) => s.raw)).toContainEqual("garbage");
  });

  it("leaves a current value alone", () => {
    const current = { x: { id: "x" } };
    expect(migrate(current, SAVED_VERSION)).toEqual({ value: current, version: SAVED_VERSION });
  });

  it("leaves a value from a newer version alone", () => {
    expect(migrate({ a: 1 }, SAVED_VERSION + 1)).toEqual({ value: { a: 1 }, version: SAVED_VERSION + 1 });
  });

  it("passes a v1 value that is not an array on to repair", () => {
    expect(migrate(null, 1).value).toBeNull();
  });
});
