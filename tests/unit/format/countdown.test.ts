// A listing the page marks closed says "gesloten" in its countdown too, whatever its date.
import { describe, expect, it } from "vitest";
import { countdown, countdownText, listingCountdown, urgency } from "../../../lib/format/countdown";

const now = new Date("2025-11-01T10:00:00+01:00");

describe("countdown of a closed listing", () => {
  it("says closed, not 'no closing date known', when the page says closed and gives no date", () => {
    const c = listingCountdown({ deadline: null, status: "closed" }, now);
    expect(c).toEqual({ state: "closed" });
    expect(countdownText(c, "nl")).toBe("gesloten");
    expect(countdownText(c, "en")).toBe("closed");
    expect(urgency(c)).toBe("closed");
  });

  it("says closed when the page says closed before its date", () => {
    expect(countdown("2025-11-20", now, "closed")).toEqual({ state: "closed" });
  });

  it("keeps the date-only behaviour for callers that pass no status (components/Countdown)", () => {
    expect(countdown(null, now)).toEqual({ state: "none" });
    expect(countdownText(countdown(null, now), "nl")).toBe("geen sluitingsdatum bekend");
    expect(countdownText(countdown("2025-11-12", now), "nl")).toBe("nog 11 dagen");
    expect(listingCountdown({ deadline: "2025-11-12", status: "open" }, now)).toEqual(countdown("2025-11-12", now));
    expect(listingCountdown({ deadline: null, status: "unknown" }, now)).toEqual({ state: "none" });
  });
});
