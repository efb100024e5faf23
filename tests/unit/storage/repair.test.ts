import { describe, expect, it } from "vitest";
import { readSavedListings, readSettings } from "../../../lib/storage/repair";
import { defaultSettings } from "../../../lib/model/settings";
import { makeSaved } from "./make-saved";

const good = makeSaved({ url: "https://a.nl/1" });
const other = makeSaved({ url: "https://a.nl/2" });

describe("readSavedListings", () => {
  it("loads every good record and sets aside a bad one with its problem", () => {
    const broken = { ...makeSaved({ url: "https://a.nl/3" }), listing: { ...good.listing, deadline: "12 november" } };
    const { listings, setAside } = readSavedListings({ [good.id]: good, broken, [other.id]: other });
    expect(listings.map((l) => l.id)).toEqual([good.id, other.id]);
    expect(setAside).toHaveLength(1);
    expect(setAside[0]?.raw).toBe(broken);
    expect(setAside[0]?.problem).toMatch(/^saved\.broken\.listing\.deadline: /);
  });

  it("sets aside a half-written record (listing cut off)", () => {
    const half = { id: "https://a.nl/9", savedAt: good.savedAt, lastSeenAt: good.savedAt, listing: { title: "x" } };
    const { listings, setAside } = readSavedListings([good, half]);
    expect(listings).toHaveLength(1);
    expect(setAside[0]?.problem).toContain("saved[1].listing");
  });

  it("keeps the first of two records with the same id", () => {
    const twin = { ...good, note: "tweede" };
    const { listings, setAside } = readSavedListings([good, twin]);
    expect(listings).toEqual([good]);
    expect(setAside[0]?.problem).toContain("duplicate id");
  });

  it.each([
    ["null", null],
    ["a number", 42],
    ["bad JSON text", '{"a": '],
    ["a JSON text of a number", "17"],
  ])("never throws on %s: zero listings and one problem", (_name, raw) => {
    const result = readSavedListings(raw);
    expect(result.listings).toEqual([]);
    expect(result.setAside).toHaveLength(1);
  });

  it("reads a JSON text of a record", () => {
    expect(readSavedListings(JSON.stringify({ [good.id]: good })).listings).toEqual([good]);
  });

  it("treats nothing stored yet as empty without a problem", () => {
    expect(readSavedListings(undefined)).toEqual({ listings: [], setAside: [] });
  });
});

describe("readSettings", () => {
  it("keeps readable fields and resets unreadable ones, field by field", () => {
    const { settings, problems } = readSettings({
      badgeWindowDays: 5,
      leadTimes: [{ kind: "before", days: "drie" }],
      notifications: "ja",
      disabledSites: ["www.striive.com"],
      lang: "en",
      colour: "blue",
    });
    const defaults = defaultSettings();
    expect(settings).toEqual({
      ...defaults,
      badgeWindowDays: 5,
      disabledSites: ["www.striive.com"],
      lang: "en",
    });
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toMatch(/settings\.leadTimes\[0\]\.days/);
    expect(problems.join("\n")).toMatch(/settings\.notifications/);
    expect(problems.join("\n")).toMatch(/settings\.colour: unknown field/);
  });

  it("fills fields added in a later version from the defaults without complaint", () => {
    expect(readSettings({ badgeWindowDays: 2 })).toEqual({
      settings: { ...defaultSettings(), badgeWindowDays: 2 },
      problems: [],
    });
  });

  it.each([
    ["bad JSON", "{oops"],
    ["an array", [1, 2]],
    ["a number", 3],
  ])("falls back to the defaults on %s, with one problem", (_name, raw) => {
    const { settings, problems } = readSettings(raw);
    expect(settings).toEqual(defaultSettings());
    expect(problems).toHaveLength(1);
  });
});
