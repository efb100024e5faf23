// Money, hours and numbers in the user's language (Intl): Dutch decimal commas and thousands
// points, two cent digits or none, an en dash between two numbers, the unit always said.
import { describe, expect, it } from "vitest";
import { formatHourSpan, formatHours, formatMoney, formatNumber, formatRate } from "../../../lib/format/facts";

/** Intl puts a no-break space between "€" and the amount in Dutch; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatMoney", () => {
  it("writes Dutch amounts with a decimal comma and two cent digits, or none when whole", () => {
    expect(plain(formatMoney(97.5, "EUR", "nl"))).toBe("€ 97,50");
    expect(plain(formatMoney(200, "EUR", "nl"))).toBe("€ 200");
    expect(plain(formatMoney(9553, "EUR", "nl"))).toBe("€ 9.553");
    expect(plain(formatMoney(1234.567, "EUR", "nl"))).toBe("€ 1.234,57");
  });

  it("writes English amounts the English way", () => {
    expect(formatMoney(97.5, "EUR", "en")).toBe("€97.50");
    expect(formatMoney(9553, "EUR", "en")).toBe("€9,553");
  });
});

describe("formatNumber and hours", () => {
  it("uses the decimal comma in Dutch and the point in English", () => {
    expect(formatNumber(28.8, "nl")).toBe("28,8");
    expect(formatNumber(28.8, "en")).toBe("28.8");
    expect(formatNumber(1250, "nl")).toBe("1.250");
  });

  it("says hours with their unit, a span with an en dash", () => {
    expect(formatHours({ min: 28.8, max: 28.8 }, "nl")).toBe("28,8 uur per week");
    expect(formatHours({ min: 4, max: 16 }, "nl")).toBe("4–16 uur per week");
    expect(formatHours({ min: 4, max: 16 }, "en")).toBe("4–16 hours per week");
    expect(formatHourSpan({ min: 2.5, max: 36 }, "nl")).toBe("2,5–36");
  });
});

describe("formatRate", () => {
  const rate = (min: number | null, max: number | null, per: "hour" | "month" = "hour") =>
    ({ min, max, currency: "EUR", per }) as const;

  it("never shows a decimal point in Dutch", () => {
    expect(plain(formatRate(rate(null, 97.5), "nl"))).toBe("max € 97,50 per uur");
    expect(plain(formatRate(rate(null, 9553, "month"), "nl"))).toBe("max € 9.553 per maand");
    expect(plain(formatRate(rate(85.5, 97.5), "nl"))).toBe("€ 85,50 – € 97,50 per uur");
    expect(plain(formatRate(rate(90, null), "nl"))).toBe("vanaf € 90 per uur");
  });
});
