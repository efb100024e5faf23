import { describe, expect, it } from "vitest";
import { listingKey } from "../../../lib/model/listing-key";
import { newSavedListing, type SavedListing } from "../../../lib/model/saved";
import {
  overrideVerdict,
  removeListing,
  restoreRecord,
  saveListing,
  setNote,
  setStatus,
  toggleSaved,
} from "../../../lib/saved/commands";
import { makeListing, makeSaved } from "../storage/make-saved";

const first = new Date("2025-11-01T09:00:00Z");
const later = new Date("2025-11-03T14:30:00Z");
const listing = makeListing({
  requirements: [{ id: "must-0", text: "HBO werk- en denkniveau", kind: "must", label: null, weight: null }],
});

/** A record the user has worked on: every field that a command must keep. */
const kept: SavedListing = {
  ...newSavedListing(listing, first),
  status: "reageren",
  note: "bellen met Anne",
  overrides: { "must-0": "met" },
};

describe("toggleSaved", () => {
  it("saves a listing not saved yet, as of now, under its key", () => {
    const next = toggleSaved(null, listing, later);
    expect(next).toEqual({
      id: listingKey(listing),
      listing,
      savedAt: later.toISOString(),
      lastSeenAt: later.toISOString(),
      status: "bewaard",
      note: "",
      overrides: {},
    });
  });

  it("unsaves a saved listing, whatever the user kept with it", () => {
    expect(toggleSaved(kept, listing, later)).toBeNull();
  });

  it("twice is where it started", () => {
    expect(toggleSaved(toggleSaved(null, listing, first), listing, later)).toBeNull();
  });
});

describe("saveListing", () => {
  it("saves a listing not saved yet", () => {
    expect(saveListing(null, listing, later)).toMatchObject({ id: listingKey(listing), savedAt: later.toISOString() });
  });

  it("leaves a saved one as it is: the same object, so nothing is written", () => {
    const newer = makeListing({ deadline: "2025-11-20" });
    expect(saveListing(kept, newer, later)).toBe(kept);
  });
});

describe("overrideVerdict", () => {
  it("sets the user's verdict on a saved listing, keeping status, note and dates", () => {
    const next = overrideVerdict(kept, listing, "nice-1", "unmet", later);
    expect(next).toEqual({ ...kept, overrides: { "must-0": "met", "nice-1": "unmet" } });
  });

  it("replaces an earlier verdict", () => {
    expect(overrideVerdict(kept, listing, "must-0", "unmet", later)?.overrides).toEqual({ "must-0": "unmet" });
  });

  it("null takes the verdict back", () => {
    expect(overrideVerdict(kept, listing, "must-0", null, later)?.overrides).toEqual({});
  });

  it("on a listing not saved yet saves it, so the verdict is kept", () => {
    const next = overrideVerdict(null, listing, "must-0", "met", later);
    expect(next).toEqual({ ...newSavedListing(listing, later), overrides: { "must-0": "met" } });
  });

  it("does not change the record it was given", () => {
    const before = structuredClone(kept);
    overrideVerdict(kept, listing, "must-0", null, later);
    expect(kept).toEqual(before);
  });
});

describe("setStatus and setNote", () => {
  it("change only their own field", () => {
    expect(setStatus(kept, "gereageerd")).toEqual({ ...kept, status: "gereageerd" });
    expect(setNote(kept, "")).toEqual({ ...kept, note: "" });
  });

  it("leave a listing removed meanwhile (another window) removed", () => {
    expect(setStatus(null, "gegund")).toBeNull();
    expect(setNote(null, "nog doen")).toBeNull();
  });
});

describe("removeListing and restoreRecord", () => {
  it("remove unsaves", () => {
    expect(removeListing(kept)).toBeNull();
    expect(removeListing(null)).toBeNull();
  });

  it("restore brings the record back exactly as it was", () => {
    expect(restoreRecord(null, kept)).toBe(kept);
  });

  it("restore wins over a record saved again meanwhile (undo means: as it was)", () => {
    const again = makeSaved({}, {}, later);
    expect(restoreRecord(again, kept)).toBe(kept);
  });
});
