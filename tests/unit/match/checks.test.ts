import { formatDay } from "../../../lib/format/facts";
import { t } from "../../../lib/i18n/t";
import { describe, expect, it } from "vitest";
import {
  deadlineCheck,
  hoursCheck,
  locationCheck,
  rateCheck,
  startCheck,
  type MatchInput,
} from "../../../lib/match/checks";
import { profileWith } from "./helpers";

const listing = (parts: Partial<MatchInput>): MatchInput => ({
  requirements: [],
  rate: null,
  hoursPerWeek: null,
  startDate: null,
  deadline: null,
  location: null,
  ...parts,
});
const rate = (min: number | null, max: number | null, per: "hour" | "day" | "month" | "year") => ({
  min,
  max,
  currency: "EUR",
  per,
});

describe("rate", () => {
  const p = profileWith({ minRate: { amount: 100, per: "hour" } });
  it("compares per hour with 8 h a day and 160 h a month", () => {
    expect(rateCheck(listing({ rate: rate(null, 130, "hour") }), p, "nl").verdict).toBe("ok");
    expect(rateCheck(listing({ rate: rate(null, 90, "hour") }), p, "nl").verdict).toBe("problem");
    expect(rateCheck(listing({ rate: rate(null, 800, "day") }), p, "nl").verdict).toBe("ok");
    expect(rateCheck(listing({ rate: rate(null, 792, "day") }), p, "nl").verdict).toBe("problem");
    expect(rateCheck(listing({ rate: rate(null, 9553, "month") }), p, "nl").verdict).toBe("problem");
    expect(rateCheck(listing({ rate: rate(null, 16000, "month") }), p, "nl").verdict).toBe("ok");
  });
  it("reads a floor only as ok when it reaches the minimum, else unknown", () => {
    expect(rateCheck(listing({ rate: rate(110, null, "hour") }), p, "nl").verdict).toBe("ok");
    expect(rateCheck(listing({ rate: rate(80, null, "hour") }), p, "nl").verdict).toBe("unknown");
  });
  it("is unknown without a rate on either side", () => {
    expect(rateCheck(listing({}), p, "nl").verdict).toBe("unknown");
    expect(rateCheck(listing({ rate: rate(null, 90, "hour") }), profileWith({}), "nl").verdict).toBe("unknown");
  });
  it("says the amounts in the user's language", () => {
    expect(rateCheck(listing({ rate: rate(null, 90, "hour") }), p, "en").subs).toContain("€90 per hour");
    expect(rateCheck(listing({ rate: rate(null, 97.5, "hour") }), p, "nl").subs).toContain("€\u00a097,50 per uur");
    expect(rateCheck(listing({ rate: rate(null, 9553, "month") }), p, "nl").subs).toContain("€\u00a09.553 per maand");
  });
});

describe("hours, start, deadline", () => {
  const p = profileWith({ hoursPerWeek: { min: 16, max: 24 }, availableFrom: "2025-12-01" });
  it("accepts any overlap of hours", () => {
    expect(hoursCheck(listing({ hoursPerWeek: { min: 24, max: 36 } }), p).verdict).toBe("ok");
    expect(hoursCheck(listing({ hoursPerWeek: { min: 32, max: 40 } }), p).verdict).toBe("problem");
    expect(hoursCheck(listing({ hoursPerWeek: { min: 8, max: 8 } }), p).verdict).toBe("problem");
  });
  it("flags a start before the user is free", () => {
    expect(startCheck(listing({ startDate: "2025-11-15" }), p).verdict).toBe("problem");
    expect(startCheck(listing({ startDate: "2025-12-01" }), p).verdict).toBe("ok");
    expect(startCheck(listing({ startDate: "2025-12-01" }), profileWith({})).verdict).toBe("unknown");
  });
  it("keeps a deadline open until the end of that Dutch day", () => {
    const l = listing({ deadline: "2025-11-12" });
    expect(deadlineCheck(l, new Date("2025-11-12T22:30:00Z")).verdict).toBe("ok");
    expect(deadlineCheck(l, new Date("2025-11-12T23:00:01Z")).verdict).toBe("problem");
    expect(deadlineCheck(listing({ deadline: "2025-11-12T12:00" }), new Date("2025-11-12T11:30:00Z")).verdict).toBe(
      "problem",
    );
    expect(deadlineCheck(listing({}), new Date("2025-11-12T00:00:00Z")).verdict).toBe("unknown");
  });
  it("words the dates in its reasons as people read them, not as ISO dates", () => {
    const early = startCheck(listing({ startDate: "2025-11-15" }), p, "nl");
    expect(t("nl", early.key, ...early.subs)).toContain("15 nov 2025");
    expect(t("nl", early.key, ...early.subs)).toContain("1 dec 2025");
    expect(t("en", early.key, ...startCheck(listing({ startDate: "2025-11-15" }), p, "en").subs)).toContain(
      "15 Nov 2025",
    );
    const timed = deadlineCheck(listing({ deadline: "2025-11-12T12:00" }), new Date("2025-11-01T10:00:00Z"), "nl");
    expect(t("nl", timed.key, ...timed.subs)).toContain("12 nov 2025 12:00");
    expect(t("nl", timed.key, ...timed.subs)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
  it("writes every day as formatDay does, without Intl", () => {
    const now = new Date("2025-11-01T10:00:00Z");
    for (const lang of ["nl", "en"] as const)
      for (let month = 1; month <= 12; month++)
        for (const day of [
          `2025-${String(month).padStart(2, "0")}-01`,
          `2024-${String(month).padStart(2, "0")}-29T09:05`,
        ]) {
          expect(deadlineCheck(listing({ deadline: day }), now, lang).subs).toEqual([formatDay(day, lang)]);
          expect(startCheck(listing({ startDate: day.slice(0, 10) }), profileWith({}), lang).subs).toEqual([
            formatDay(day.slice(0, 10), lang),
          ]);
        }
    // An impossible day rolls over as the Date behind formatDay does.
    expect(deadlineCheck(listing({ deadline: "2025-02-30" }), now, "nl").subs).toEqual([formatDay("2025-02-30", "nl")]);
  });
});

describe("location", () => {
  const p = profileWith({ regions: ["Zuid-Holland", "Utrecht", "Zwolle"] });
  it.each([
    ["Zoetermeer", "ok"],
    ["Amersfoort", "ok"],
    ["Stadsplateau 1, 3521 AZ Utrecht", "ok"],
    ["Zwolle", "ok"],
    ["Deventer", "problem"],
    ["Dronten", "problem"],
    ["Ommen", "unknown"],
    ["Remote", "ok"],
  ])("%s → %s", (where, want) => expect(locationCheck(listing({ location: where }), p).verdict).toBe(want));
  it("reads the longest place name that stands as a word", () => {
    const q = profileWith({ regions: ["Noord-Brabant", "Den Haag", "Sittard"] });
    for (const [where, want] of [
      ["'s-Hertogenbosch", "ok"],
      ["\u2019s-Hertogenbosch", "ok"],
      ["Den Bosch", "ok"],
      ["Kantoor Eindhoven/Helmond", "ok"],
      ["Den Haag of Rotterdam", "ok"],
      // "sittard-geleen" is the place here, not "sittard"; "utrechtseweg" is no place.
      ["Sittard-Geleen", "problem"],
      ["Utrechtseweg 12, Zeist", "problem"],
      ["3521AZUtrecht", "unknown"],
      ["Gravenhage", "unknown"],
    ] as const)
      expect(locationCheck(listing({ location: where }), q).verdict, where).toBe(want);
  });
  it("is unknown without regions or location", () => {
    expect(locationCheck(listing({ location: "Utrecht" }), profileWith({})).verdict).toBe("unknown");
    expect(locationCheck(listing({}), p).verdict).toBe("unknown");
  });
});
