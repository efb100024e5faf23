// The plain formatters write what Intl writes (nl-NL, en-GB), over many values: the panel uses
// them in the page, where a first Intl formatter costs 20-60 ms.
import { describe, expect, it } from "vitest";
import { plainDay, plainEuro, plainNumber, plainWrites } from "../../../lib/format/plain-intl";
import { formatDay, formatMoney, formatNumber } from "../../../lib/format/facts";
import type { Lang } from "../../../lib/i18n/t";

const locale: Record<Lang, string> = { nl: "nl-NL", en: "en-GB" };
const langs: Lang[] = ["nl", "en"];

/** Deterministic values: integers around group boundaries, halves, binary near-halves, negatives, tiny and large. */
function values(): number[] {
  const out = [0, -0, 0.05, 0.15, 0.25, 1.005, 2.675, 1.45, 1.55, 999.95, 9999.95, 1e14 + 0.5, 123456789.125];
  for (let n = 0; n < 20000; n += 7) out.push(n, -n, n + 0.5, n / 100, n / 1000, n * 1234.567);
  let seed = 42;
  for (let i = 0; i < 3000; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    out.push((seed / 2 ** 31 - 0.3) * 10 ** ((i % 12) - 2));
  }
  return out;
}

describe("plain formatters equal to Intl", () => {
  it("numbers, 0 to 3 decimals, both languages", () => {
    for (const lang of langs)
      for (const digits of [0, 1, 2, 3]) {
        const intl = new Intl.NumberFormat(locale[lang], { maximumFractionDigits: digits });
        for (const v of values()) expect([v, plainNumber(v, lang, digits)]).toEqual([v, intl.format(v)]);
      }
  });

  it("euros, whole without cents and others with both cent digits, both languages", () => {
    for (const lang of langs) {
      const whole = new Intl.NumberFormat(locale[lang], {
        style: "currency",
        currency: "EUR",
        maximumFractionDigits: 0,
      });
      const cents = new Intl.NumberFormat(locale[lang], {
        style: "currency",
        currency: "EUR",
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      });
      for (const v of values()) {
        const intl = Number.isInteger(v) ? whole : cents;
        expect([v, plainEuro(v, lang)]).toEqual([v, intl.format(v)]);
      }
    }
  });

  it("days over several years, both languages", () => {
    for (const lang of langs) {
      const intl = new Intl.DateTimeFormat(locale[lang], {
        day: "numeric",
        month: "short",
        year: "numeric",
        timeZone: "UTC",
      });
      for (let d = Date.UTC(2023, 0, 1, 12); d < Date.UTC(2029, 0, 1); d += 86400000) {
        const date = new Date(d);
        expect(plainDay(date, lang)).toBe(intl.format(date));
      }
    }
  });

  it("formatNumber, formatMoney and formatDay go through them, and leave the rest to Intl", () => {
    expect(formatNumber(28.8, "nl")).toBe("28,8");
    expect(formatMoney(9553, "EUR", "nl")).toBe("€\u00a09.553");
    expect(formatMoney(97.5, "EUR", "en")).toBe("€97.50");
    expect(formatDay("2025-09-15T12:00", "en")).toBe("15 Sept 2025 12:00");
    expect(formatDay("2025-02-30", "nl")).toBe("2 mrt 2025");
    expect(() => formatDay("2025-13-45", "nl")).toThrow(RangeError);
    expect(plainWrites(Infinity)).toBe(false);
    expect(formatNumber(Infinity, "nl")).toBe(new Intl.NumberFormat("nl-NL").format(Infinity));
    expect(formatMoney(12.5, "USD", "en")).toBe(
      new Intl.NumberFormat("en-GB", { style: "currency", currency: "USD", minimumFractionDigits: 2 }).format(12.5),
    );
  });
});
