import { describe, expect, it } from "vitest";
import { refreshSavedListing, savedListingSchema } from "../../../lib/model/saved";
import { defaultSettings, leadTimeId, settingsSchema } from "../../../lib/model/settings";
import { makeListing, makeSaved } from "./make-saved";

describe("settings", () => {
  it("has the documented defaults", () => {
    expect(defaultSettings()).toEqual({
      badgeWindowDays: 3,
      leadTimes: [
        { kind: "before", days: 3 },
        { kind: "before", days: 1 },
        { kind: "dayOf", time: "09:00" },
      ],
      notifications: true,
      disabledSites: [],
      panelSites: {},
      lang: "auto",
    });
  });

  it("hands out a fresh copy each time", () => {
    const first = defaultSettings();
    first.leadTimes.push({ kind: "before", days: 7 });
    first.disabledSites.push("www.striive.com");
    expect(defaultSettings().leadTimes).toHaveLength(3);
    expect(defaultSettings().disabledSites).toEqual([]);
  });

  it("rejects a day-of time that is not a clock time", () => {
    expect(settingsSchema.safeParse({ leadTimes: [{ kind: "dayOf", time: "25:00" }] }).success).toBe(false);
  });

  it("names lead times stably", () => {
    expect(leadTimeId({ kind: "before", days: 3 })).toBe("before-3d");
    expect(leadTimeId({ kind: "dayOf", time: "09:00" })).toBe("dayOf-09:00");
  });
});

describe("saved listings", () => {
  it("a new saved listing is valid and keyed by its listing", () => {
    const saved = makeSaved({ url: "https://www.site.nl/opdracht/7/" });
    expect(savedListingSchema.parse(saved)).toEqual(saved);
    expect(saved.id).toBe("https://site.nl/opdracht/7");
    expect(saved.status).toBe("bewaard");
  });

  it("fills defaults for fields an older record lacks", () => {
    const { note: _n, overrides: _o, status: _s, ...partial } = makeSaved();
    const parsed = savedListingSchema.parse(partial);
    expect(parsed).toMatchObject({ note: "", overrides: {}, status: "bewaard" });
  });

  it("refreshing keeps the user's own fields", () => {
    const saved = {
      ...makeSaved(),
      note: "bellen",
      status: "reageren" as const,
      overrides: { "must-0": "met" as const },
    };
    const later = new Date("2025-11-05T08:00:00Z");
    const fresh = refreshSavedListing(saved, makeListing({ deadline: "2025-11-14" }), later);
    expect(fresh).toMatchObject({ note: "bellen", status: "reageren", overrides: { "must-0": "met" } });
    expect(fresh.listing.deadline).toBe("2025-11-14");
    expect(fresh.lastSeenAt).toBe(later.toISOString());
    expect(fresh.savedAt).toBe(saved.savedAt);
  });
});
