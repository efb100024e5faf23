// The user's rate against the listing's maximum (lib/response/rate.ts), and its sentence.
import { describe, expect, it } from "vitest";
import { compareRate } from "../../../lib/response/rate";
import { rateText } from "../../../lib/response/response-words";

const hourly = (max: number | null, min: number | null = null) => ({ min, max, currency: "EUR", per: "hour" as const });

describe("rate against the maximum", () => {
  it("within the maximum: the room left, through Intl in each language", () => {
    const rate = compareRate({ amount: 140, per: "hour" }, hourly(200));
    expect(rate).toMatchObject({ kind: "within", room: 60 });
    expect(rateText(rate, "nl").replace(/\u00a0/g, " ")).toBe(
      "Jouw tarief van € 140 per uur valt binnen het maximum van € 200 per uur (€ 60 ruimte).",
    );
    expect(rateText(rate, "en")).toBe(
      "Your rate of €140 per hour is within the maximum of €200 per hour (€60 to spare).",
    );
  });

  it("above the maximum, by how much (cents where the amounts have them)", () => {
    const rate = compareRate({ amount: 120.5, per: "hour" }, hourly(97.5));
    expect(rate.kind).toBe("above");
    expect(rateText(rate, "nl").replace(/\u00a0/g, " ")).toBe(
      "Jouw tarief van € 120,50 per uur ligt € 23 boven het maximum van € 97,50 per uur.",
    );
  });

  it("does not compare what cannot be compared", () => {
    expect(compareRate(null, hourly(200)).kind).toBe("no-own-rate");
    expect(compareRate(null, null).kind).toBe("no-own-rate");
    expect(rateText(compareRate(null, null), "nl")).toBe("Geen tarief in je profiel en geen maximum in de opdracht.");
    expect(compareRate({ amount: 140, per: "hour" }, null).kind).toBe("no-max");
    // "vanaf € 100" is no maximum.
    expect(compareRate({ amount: 140, per: "hour" }, hourly(null, 100)).kind).toBe("no-max");
    expect(compareRate({ amount: 1100, per: "day" }, hourly(200)).kind).toBe("other-unit");
  });
});
