// The matcher's Intl-free number, money and span texts equal lib/format/facts.ts' Intl ones.
import { describe, expect, it } from "vitest";
import { formatHourSpan, formatMoney, formatNumber } from "../../../lib/format/facts";
import { moneyText, numberText, spanText } from "../../../lib/match/reason-text";

// Whole numbers, halves, the awkward binary fractions (0.15, 1.005, 2.675), carries (9.95,
// 999.96), thousands and millions, negatives and -0, and a seeded spread of random values.
const fixed = [
  0, -0, 0.04, 0.05, 0.15, 0.25, 0.35, 0.45, 0.95, 1, 1.005, 1.25, 2.5, 2.675, 9.95, 9.96, 28.8, 97.5, 99.95, 99.99,
  999.95, 999.96, 1000, 1234, 1234.56, 9553, 12345.67, 99999.95, 1e6, 1234567.89, -1, -0.04, -5.25, -999.95,
];
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const spread = Array.from({ length: 3000 }, (_, i) => {
  const r = random();
  if (i % 3 === 0) return Math.round(r * 200000) / 100; // cents
  if (i % 3 === 1) return Math.round(r * 100000) / 10; // tenths
  return r * 10 ** Math.floor(random() * 7);
});
const values = [...fixed, ...spread];

describe("reason numbers without Intl", () => {
  for (const lang of ["nl", "en"] as const) {
    it(`numberText equals formatNumber (${lang}, ${values.length} values)`, () => {
      for (const v of values) expect([v, numberText(v, lang)]).toEqual([v, formatNumber(v, lang)]);
    });
    it(`moneyText equals formatMoney in euros (${lang})`, () => {
      for (const v of values) expect([v, moneyText(v, lang)]).toEqual([v, formatMoney(v, "EUR", lang)]);
    });
    it(`spanText equals formatHourSpan (${lang})`, () => {
      for (const [min, max] of [
        [4, 16],
        [32, 32],
        [28.8, 36],
        [0.5, 1000],
      ])
        expect(spanText({ min: min!, max: max! }, lang)).toBe(formatHourSpan({ min: min!, max: max! }, lang));
    });
  }
  it("writes what the issue asks", () => {
    expect(moneyText(97.5, "nl")).toBe("€\u00a097,50");
    expect(moneyText(9553, "nl")).toBe("€\u00a09.553");
    expect(moneyText(97.5, "en")).toBe("€97.50");
    expect(moneyText(9553, "en")).toBe("€9,553");
    expect(numberText(2.5, "nl")).toBe("2,5");
  });
});
