// A reason's values in the user's language (issue 16 item 8): decimal commas and grouping in
// Dutch, euros with both cent digits or none, spans with an en dash, days as the panel writes them.
import { describe, expect, it } from "vitest";
import { reasonText, subText } from "../../../lib/match/reason-text";

describe("a reason's values", () => {
  it("writes numbers, money, spans and days as the panel does, per language", () => {
    expect(subText(2.5, "nl")).toBe("2,5");
    expect(subText(2.5, "en")).toBe("2.5");
    expect(subText({ money: 97.5, per: "hour" }, "nl")).toBe("€\u00a097,50 per uur");
    expect(subText({ money: 9553, per: "month" }, "nl")).toMatch(/^€\u00a09\.553 /);
    expect(subText({ money: 9553, per: "month" }, "en")).toMatch(/^€9,553 /);
    expect(subText({ span: { min: 4, max: 16 } }, "nl")).toBe("4–16");
    expect(subText({ day: "2025-11-15" }, "nl")).toBe("15 nov 2025");
    expect(subText({ day: "2025-09-15" }, "en")).toBe("15 Sept 2025");
  });

  it("says '1 year', not '1 years', in English", () => {
    const text = reasonText("en", "match_ev_role", ["procesbegeleider", 1]);
    expect(text).toMatch(/\b1 year\b/);
    expect(text).not.toMatch(/\b1 years\b/);
  });
});
