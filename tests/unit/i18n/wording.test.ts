// One word for the closing moment, the sites' own: "sluitingsdatum" / "closing date", never
// "deadline" or "reageren kan tot"; the save button's words shared by panel and popup.
import { describe, expect, it } from "vitest";
import { messageKeys, t } from "../../../lib/i18n/t";

describe("the wording of the i18n texts", () => {
  it("calls the closing moment 'sluitingsdatum' (nl) and 'closing date' (en) throughout", () => {
    for (const lang of ["nl", "en"] as const) {
      const offending = messageKeys(lang).filter((key) =>
        /deadline|reageren kan tot|respond until/i.test(t(lang, key)),
      );
      expect(offending, lang).toEqual([]);
    }
    expect(t("nl", "panel_deadline")).toBe("Sluitingsdatum");
    expect(t("en", "panel_deadline")).toBe("Closing date");
  });

  it("says the unit of hours the profile allows", () => {
    expect(t("nl", "match_hours_ok", "32", "4–16")).toBe("32 uur per week; jij kunt 4–16 uur");
    expect(t("en", "match_hours_outside", "40", "4–16")).toBe("40 hours a week; you can do 4–16 hours");
  });

  it("has short words for the saved button, for the panel and the popup alike", () => {
    expect(t("nl", "panel_saved")).toBe("Bewaard ✓");
    expect(t("en", "panel_saved").length).toBeLessThanOrEqual(12);
  });
});
