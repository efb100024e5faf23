import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseHoursPerWeek } from "../../../lib/extract/hours";

const hours = (min: number, max: number = min) => ({ min, max });

describe("parseHoursPerWeek: forms real sites use", () => {
  it.each([
    ["8 uur p/w", hours(8)], // Bij Oranje
    ["32 uur p/w", hours(32)],
    ["32-36 uur per week", hours(32, 36)],
    ["32 - 36 uur per week", hours(32, 36)], // YoungCapital
    ["24 - 32 uur per week", hours(24, 32)],
    ["32 tot 36 uur per week", hours(32, 36)],
    ["32 à 36 uur per week", hours(32, 36)],
    ["16 tot max. 24 uur per week", hours(16, 24)],
    ["36-urige werkweek", hours(36)],
    ["bedraagt maximaal € 9.553,- bruto per maand bij een 36-urige werkweek", hours(36)],
    ["32-36-urige werkweek", hours(32, 36)],
    ["24 uur/week", hours(24)],
    ["gemiddeld 20 uur in de week", hours(20)],
    ["7,5 uur per week", hours(7.5)],
    ["32u p/w", hours(32)],
    ["Uren per week: 2", hours(2)], // KB&P, label inside the text
    ["Uren per week:\n\n16", hours(16)],
    ["40 hours per week", hours(40)],
    ["40 hrs/week", hours(40)],
    ["maximaal 40 uur per week", hours(40)],
    ["0,8 fte (1 fte = 36 uur)", hours(28.8)],
    ["0,6 - 0,8 fte, waarbij 1 fte = 36 uur", hours(21.6, 28.8)],
    ["1,0 fte (fte = 38 uur)", hours(38)],
    ["3 dagen per week à 8 uur", hours(24)],
    ["4 dagen van 9 uur", hours(36)],
  ])("%s", (text, expected) => {
    expect(parseHoursPerWeek(text)?.hours).toEqual(expected);
  });

  it("returns the text it read", () => {
    expect(parseHoursPerWeek("Utrecht · 32 - 36 uur per week · Hybride")?.text).toBe("32 - 36 uur per week");
  });

  it("takes the earliest statement", () => {
    expect(parseHoursPerWeek("Wij vragen 20 uur per week; fulltime is een 36-urige werkweek")?.hours).toEqual(
      hours(20),
    );
    expect(parseHoursPerWeek("Een 36-urige werkweek, of 32 uur per week in overleg")?.hours).toEqual(hours(36));
  });
});

describe("parseHoursPerWeek: labelled values", () => {
  it.each([
    ["2", hours(2)],
    ["32 - 36", hours(32, 36)],
    ["32 tot 36 uur", hours(32, 36)],
    ["36 uur", hours(36)],
    ["Opdracht uren 2", hours(2)],
    ["Aantal uren: 24", hours(24)],
  ])("%s", (text, expected) => {
    expect(parseHoursPerWeek(text, { labelled: true })?.hours).toEqual(expected);
  });

  it.each([["24 maanden"], ["3 dagen"], ["09.00 – 18.00 uur"], ["fulltime"], ["0,8 fte"], ["100"], ["n.t.b."]])(
    "%s → null",
    (text) => {
      expect(parseHoursPerWeek(text, { labelled: true })).toBeNull();
    },
  );

  it("a bare number needs the label", () => {
    expect(parseHoursPerWeek("2")).toBeNull();
    expect(parseHoursPerWeek("32 tot 36 uur")).toBeNull();
  });
});

describe("parseHoursPerWeek: not hours per week", () => {
  it.each([
    ["fulltime"],
    ["Fulltime (startersfunctie)"],
    ["0,8 fte"], // the page does not say how many hours one fte is
    ["24-uursbijeenkomst (start 15.00 uur)"],
    ["bij twijfel laten we dit binnen 1 werkdag weten"],
    ["09.00 – 18.00 uur"],
    ["van 9 tot 17 uur"], // office hours
    ["Gesprekken van 12:45 uur tot 16:30 uur"],
    ["3 dagen per week"],
    ["24 uur per dag bereikbaar"],
    ["binnen 2 uur contact"],
    ["G40 uur per week"],
    ["200 uur per week"],
    [""],
  ])("%s → null", (text) => {
    expect(parseHoursPerWeek(text)).toBeNull();
  });
});

describe("robustness", () => {
  it("never throws; every result is well formed (property)", () => {
    const pieces = fc.constantFrom(
      "32",
      " ",
      "-",
      "36",
      "uur",
      "per week",
      "p/w",
      "fte",
      "0,8",
      "1 fte = 36 uur",
      "urige",
      "werkweek",
      "tot",
      ".",
      ":",
      "dagen",
      "à",
      "8",
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 25 }).map((a) => a.join("")),
    );
    fc.assert(
      fc.property(text, fc.boolean(), (t, labelled) => {
        const found = parseHoursPerWeek(t, { labelled });
        if (!found) return true;
        expect(found.hours.min).toBeGreaterThan(0);
        expect(found.hours.min).toBeLessThanOrEqual(found.hours.max);
        expect(found.hours.max).toBeLessThanOrEqual(80);
        expect(t).toContain(found.text);
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  // Its speed on this text is measured in `npm run bench`.
  it("finds the one real figure in 100 KB of distracting numbers", () => {
    const text =
      "Bijeenkomsten 09.00 – 18.00 uur, 24-uurs, 3 dagen, 0,8 fte, 12 12 12 ".repeat(1400) + "32 uur per week";
    expect(parseHoursPerWeek(text)?.hours).toEqual(hours(32));
  });
});
