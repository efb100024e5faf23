import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseRate, statesNoRate } from "../../../lib/interpret/money";
import { interpret, statesNone } from "../../../lib/interpret/fields";
import { parseDutchNumber } from "../../../lib/dutch/number-format";

type Per = "hour" | "day" | "month" | "year";
const rate = (min: number | null, max: number | null, per: Per) => ({ min, max, currency: "EUR", per });

describe("parseRate: forms real sites use", () => {
  it.each([
    ["Max 130 p/u", rate(null, 130, "hour")], // Bij Oranje
    ["max. € 95,- per uur", rate(null, 95, "hour")],
    ["€ 85 - € 105 per uur", rate(85, 105, "hour")],
    ["€85–€105/uur", rate(85, 105, "hour")],
    ["€ 115 - € 130 per uur", rate(115, 130, "hour")],
    ["€ 105,- per uur", rate(105, 105, "hour")], // ZuidProfs
    ["€ 92,50 per uur", rate(92.5, 92.5, "hour")],
    ["€ 70,50 per uur", rate(70.5, 70.5, "hour")],
    ["€ 110,- tot € 125,- per uur", rate(110, 125, "hour")],
    ["110-125 euro per uur", rate(110, 125, "hour")],
    ["€ 95 excl. btw per uur", rate(95, 95, "hour")],
    ["95 euro per uur excl. btw", rate(95, 95, "hour")],
    ["tot € 120 per uur", rate(null, 120, "hour")],
    ["vanaf € 60 per uur", rate(60, null, "hour")],
    ["minimaal €75,- p/u", rate(75, null, "hour")],
    ["uurtarief: € 95", rate(95, 95, "hour")],
    ["Uurtarief 85 - 100", rate(85, 100, "hour")],
    ["€ 75/h", rate(75, 75, "hour")],
    ["EUR 110 per hour", rate(110, 110, "hour")],
    ["up to €120 an hour", rate(null, 120, "hour")],
    ["€ 650 per dag", rate(650, 650, "day")],
    ["dagtarief € 800", rate(800, 800, "day")],
    ["€ 9.553,- bruto per maand", rate(9553, 9553, "month")],
    ["bedraagt maximaal € 9.553,- bruto per maand bij een 36-urige werkweek", rate(null, 9553, "month")], // YoungCapital
    ["tussen € 4.000 en € 5.500 bruto per maand", rate(4000, 5500, "month")],
    ["€ 3.500 - € 5.000 per maand", rate(3500, 5000, "month")],
    ["€ 3.500 p.m.", rate(3500, 3500, "month")],
    ["schaal 11 (max € 5.500 bruto per maand)", rate(null, 5500, "month")],
    ["€60k - €75k per jaar", rate(60000, 75000, "year")],
    ["60-75k per jaar", rate(60000, 75000, "year")],
    ["jaarsalaris € 72.000", rate(72000, 72000, "year")],
    ["Salaris: € 3.200 - € 4.400", rate(3200, 4400, "month")], // salary words, no unit: monthly
    ["Salaris € 60.000 - € 75.000", rate(60000, 75000, "year")],
    ["Tarief: marktconform (max € 100 p/u)", rate(null, 100, "hour")],
    ["Opdracht tarief 200", rate(200, 200, "hour")], // KB&P: a rate label, Dutch rates are hourly
    ["Tarief 95 tot 110 euro", rate(95, 110, "hour")],
  ])("%s", (text, expected) => {
    expect(parseRate(text)?.rate).toEqual(expected);
  });

  it("returns the text it read, with its qualifier", () => {
    expect(parseRate("Tarief: max. € 95,- per uur excl. btw")?.text).toBe("max. € 95,- per uur");
    expect(parseRate("Goed nieuws! € 85 - € 105 per uur, 32 uur")?.text).toBe("€ 85 - € 105 per uur");
  });

  it("takes the first rate in a longer text", () => {
    const text = "32 - 36 uur per week. Reageren voor 15 juni 2018. € 3.200 - € 4.400 per maand. € 4.600 per maand";
    expect(parseRate(text)?.rate).toEqual(rate(3200, 4400, "month"));
  });
});

describe("parseRate: labelled values", () => {
  it.each([
    ["200", rate(200, 200, "hour")],
    ["Tarief: 200", rate(200, 200, "hour")],
    ["95,-", rate(95, 95, "hour")],
    ["85 - 105", rate(85, 105, "hour")],
    ["€ 9.553 bruto", rate(9553, 9553, "month")],
  ])("%s", (text, expected) => {
    expect(parseRate(text, { labelled: true })?.rate).toEqual(expected);
  });

  it.each([
    ["650"], // per hour or per day? Say nothing rather than guess.
    ["Tarief: 2025"],
    ["5"],
    ["n.t.b."],
  ])("%s → null", (text) => {
    expect(parseRate(text, { labelled: true })).toBeNull();
  });

  it("a bare number needs the label", () => {
    expect(parseRate("200")).toBeNull();
    expect(parseRate("€ 95")).toBeNull();
  });
});

describe("parseRate: not a rate", () => {
  it.each([
    ["n.t.b."],
    ["nader te bepalen"],
    ["marktconform"],
    ["in overleg"],
    ["Tarief: € 650"], // no unit, and too high for an hourly rate
    ["Hierbij hanteren we een weging van circa 25% voor het geoffreerde tarief."],
    ["Stadsplateau 1, 3521 AZ Utrecht"],
    ["In 2025 werken 25 personen aan 4 projecten"],
    ["Je begeleidt teambijeenkomsten (25 personen)"],
    ["8 uur p/w"],
    ["32 uur per week"],
    ["3 dagen per week"],
    ["budget € 50.000"],
    ["G40 per uur"],
    ["binnen 24 uur"],
    ["€ 2 per uur"], // implausible
    [""],
  ])("%s → null", (text) => {
    expect(parseRate(text)).toBeNull();
  });
});

describe("parseDutchNumber", () => {
  it.each([
    ["9.553", 9553],
    ["9.553,-", 9553],
    ["1.250.000", 1_250_000],
    ["70,50", 70.5],
    ["95,-", 95],
    ["95,--", 95],
    ["1.234,56", 1234.56],
    ["1,234.56", 1234.56],
    ["92.50", 92.5],
    ["1,500", 1500],
    ["0,8", 0.8],
    ["0,800", 0.8],
    ["130", 130],
  ])("%s → %d", (text, n) => {
    expect(parseDutchNumber(text)).toBe(n);
  });

  it.each([["1.2.3"], ["abc"], [""], ["1..2"]])("%s → null", (text) => {
    expect(parseDutchNumber(text)).toBeNull();
  });
});

describe("robustness", () => {
  it("never throws; every rate is well formed (property)", () => {
    const pieces = fc.constantFrom(
      "€",
      " ",
      "95",
      ",-",
      "-",
      "tot",
      "per uur",
      "p/u",
      "max",
      "9.553",
      "k",
      "%",
      "bruto",
      "per maand",
      "Tarief:",
      "en",
      "tussen",
      ".",
      "0",
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 25 }).map((a) => a.join("")),
    );
    fc.assert(
      fc.property(text, fc.boolean(), (t, labelled) => {
        const found = parseRate(t, { labelled });
        if (!found) return true;
        const { min, max, currency, per } = found.rate;
        expect(currency).toBe("EUR");
        expect(["hour", "day", "month", "year"]).toContain(per);
        expect(min !== null || max !== null).toBe(true);
        if (min !== null && max !== null) expect(min).toBeLessThanOrEqual(max);
        expect(t).toContain(found.text);
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  // Its speed on this text is measured in `npm run bench`.
  it("finds the one real figure in 100 KB of distracting numbers", () => {
    const text =
      "Wij bieden 32 uur per week, 25 personen, 3521 AZ, 2025. ".repeat(1800) + "9.".repeat(10_000) + "€ 95 per uur";
    expect(parseRate(text)?.rate).toEqual(rate(95, 95, "hour"));
  });
});

const money = (min: number | null, max: number | null, currency: string, per: Per) => ({ min, max, currency, per });

describe("parseRate: ceilings, ranges, salaries abroad (real and held-out forms)", () => {
  it.each([
    ["Max. uurtarief € 110", rate(null, 110, "hour")], // a single "max." figure is a maximum, never min = max
    ["Maximaal tarief: € 95 per uur", rate(null, 95, "hour")],
    ["maximaal € 98 per uur", rate(null, 98, "hour")],
    ["€ 95,00 - € 115,00 per uur", rate(95, 115, "hour")],
    ["€60k-€70k", rate(60000, 70000, "year")],
    ["€60k - €70k", rate(60000, 70000, "year")],
    ["Een salaris minimaal € 3426,- en maximaal € 4908,- (schaal 9)", rate(3426, 4908, "month")], // DataJobs
    ["minimaal € 3.426 en maximaal € 4.908 bruto per maand", rate(3426, 4908, "month")],
    ["Annual Salary: $405,000 - $485,000 USD", money(405000, 485000, "USD", "year")], // Greenhouse
    ["Annual Salary Range $249,860—$324,470 USD", money(249860, 324470, "USD", "year")], // Roblox, em dash
    ["The base pay is $100,000 – $720,000", money(100000, 720000, "USD", "year")], // en dash
    ["£53,730 GBP", money(53730, 53730, "GBP", "year")],
    ["$100 per hour", money(100, 100, "USD", "hour")],
    ["£ 500 per day", money(500, 500, "GBP", "day")],
  ])("%s", (text, expected) => {
    expect(parseRate(text)?.rate).toEqual(expected);
  });

  it("reads a bare euro range as hourly on an hourly assignment, or under a rate label", () => {
    expect(parseRate("€85 - €93")).toBeNull();
    expect(parseRate("€85 - €93", { hourly: true })?.rate).toEqual(rate(85, 93, "hour"));
    expect(parseRate("€85 - €93", { labelled: true })?.rate).toEqual(rate(85, 93, "hour")); // "Verwachte compensatie"
  });

  it("lends the label's words to its value", () => {
    expect(parseRate("€ 98", { labelled: true, label: "Max. uurtarief" })?.rate).toEqual(rate(null, 98, "hour"));
    expect(parseRate("€ 98 per uur", { labelled: true, label: "Maximum tarief" })?.rate).toEqual(
      rate(null, 98, "hour"),
    );
    expect(parseRate("vanaf € 60", { labelled: true, label: "Uurtarief" })?.rate).toEqual(rate(60, null, "hour"));
    expect(parseRate("€ 4.154 - € 6.110", { labelled: true, label: "Salaris" })?.rate).toEqual(
      rate(4154, 6110, "month"),
    );
    expect(parseRate("minimaal € 3426,- en maximaal € 4908,-", { labelled: true, label: "Salaris" })?.rate).toEqual(
      rate(3426, 4908, "month"),
    );
    expect(interpret("rate", "€ 98", new Date(), true, "Max. uurtarief")).toEqual({ rate: rate(null, 98, "hour") });
  });

  it.each([["budget € 50.000"], ["€ 25.000 subsidie"], ["Tarief: 2025"], ["¥ 5000 per month"]])("%s → null", (text) => {
    expect(parseRate(text)).toBeNull();
  });
});

describe("statesNoRate: the page says explicitly there is no figure", () => {
  it.each([
    ["Geen maximum"], // Opdracht Overheid "Maximum tarief: Geen maximum" while JSON-LD says 90/HOUR
    ["n.t.b."],
    ["In consultation"], // Hays NL "Salaris: In consultation"
    ["Marktconform"],
    ["in overleg"],
    ["Nader te bepalen"],
    ["Competitive"],
    ["To be discussed"],
  ])("%s", (text) => {
    expect(statesNoRate(text)).not.toBeNull();
    expect(parseRate(text, { labelled: true })).toBeNull();
    expect(statesNone("rate", text)).toBe(true);
  });

  it.each([["marktconform (max € 100 p/u)"], ["€ 95"], [""], ["Tarief"], ["Geen"]])("%s → null", (text) => {
    expect(statesNoRate(text)).toBeNull();
  });

  it("knows an explicit 'no deadline' too", () => {
    expect(statesNone("deadline", "None.")).toBe(true);
    expect(statesNone("deadline", "Doorlopend")).toBe(true);
    expect(statesNone("deadline", "15 september 2026")).toBe(false);
    expect(statesNone("hoursPerWeek", "Full-time")).toBe(false);
  });
});

describe("hostile text: linear time", () => {
  it.each([
    ["€ ".repeat(25_000)],
    ["1.".repeat(25_000)],
    ["€ 1 - ".repeat(8_000)],
    ["max ".repeat(12_500) + "€ 5"],
    ["geen ".repeat(10_000)],
    ["$1,".repeat(12_000) + "USD"],
  ])("%#: 50 000 characters under 200 ms", (text) => {
    const t0 = performance.now();
    parseRate(text);
    parseRate(text, { labelled: true, label: "Max. uurtarief", hourly: true });
    statesNoRate(text);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
