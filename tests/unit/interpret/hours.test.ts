import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseHoursPerWeek } from "../../../lib/interpret/hours";

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

  it.each([["24 maanden"], ["3 dagen"], ["09.00 – 18.00 uur"], ["fulltime"], ["Full-time"], ["100"], ["n.t.b."]])(
    "%s → null",
    (text) => {
      expect(parseHoursPerWeek(text, { labelled: true })).toBeNull();
    },
  );

  it("a bare number needs the label; a range of hours does not", () => {
    expect(parseHoursPerWeek("2")).toBeNull();
    expect(parseHoursPerWeek("32-36")).toBeNull();
    expect(parseHoursPerWeek("32 tot 36 uur")?.hours).toEqual(hours(32, 36));
  });
});

describe("parseHoursPerWeek: not hours per week", () => {
  it.each([
    ["fulltime"],
    ["Fulltime (startersfunctie)"],
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
      "Bijeenkomsten 09.00 – 18.00 uur, 24-uurs, 3 dagen, 0,8 f, binnen 24 uur, 12 12 12 ".repeat(1400) +
      "32 uur per week";
    expect(parseHoursPerWeek(text)?.hours).toEqual(hours(32));
  });
});

describe("parseHoursPerWeek: ranges, bounds and fte (real and held-out forms)", () => {
  it.each([
    ["16 - 24 uur", hours(16, 24)], // a range is {min, max}, never its upper end
    ["24-36 uur per week", hours(24, 36)],
    ["24-36 uur", hours(24, 36)], // DataJobs "Uren 24-36 uur"
    ["Privacy officer 24-36 uur | Almkerk | €3426 - €4908", hours(24, 36)],
    ["32 tot 36 uur", hours(32, 36)],
    ["max 40 uur", hours(40)], // a bound on hours is the figure
    ["maximaal 36 uur", hours(36)],
    ["36 uur", hours(36)], // a fact-list item with an unlabelled icon (HHNK)
    ["Heerhugowaard · 32 - 36 uur · € 3.674 - € 5.150", hours(32, 36)],
    ["0,8 fte", hours(28.8)], // no size on the page: 1 fte = 36 uur (Dutch public-sector CAOs)
    ["1 fte", hours(36)],
    ["0,8 - 1,0 fte", hours(28.8, 36)],
    ["0,8 fte (1 fte = 40 uur)", hours(32)], // the page's own size wins
  ])("%s", (text, expected) => {
    expect(parseHoursPerWeek(text)?.hours).toEqual(expected);
  });

  it.each([["16 - 24 uur"], ["32 tot 36 uur"], ["max 40 uur"], ["1 fte"]])("labelled %s", (text) => {
    expect(parseHoursPerWeek(text, { labelled: true })).toEqual(parseHoursPerWeek(text));
  });

  it.each([
    ["Full-time"],
    ["Fulltime"],
    ["binnen 24 tot 48 uur reageren"],
    ["max 8 uur per dag"],
    ["na 2 tot 3 uur"],
    ["team van 12 fte"],
    ["van 9 tot 17 uur"],
  ])("%s → null", (text) => {
    expect(parseHoursPerWeek(text)).toBeNull();
  });

  it("binnen 24 uur is no week, also under a label", () => {
    expect(parseHoursPerWeek("binnen 24 uur", { labelled: true })).toBeNull();
  });

  it("stays fast on 50 000 characters of near-misses", () => {
    for (const text of [
      "1".repeat(50_000),
      "1 - ".repeat(12_500),
      "max ".repeat(12_500),
      "0,8 ".repeat(12_500) + "fte",
      "1-".repeat(25_000) + "uur!",
      "binnen ".repeat(7_000) + "24 uur",
    ]) {
      const t0 = performance.now();
      parseHoursPerWeek(text);
      parseHoursPerWeek(text, { labelled: true });
      expect(performance.now() - t0).toBeLessThan(200);
    }
  });
});
