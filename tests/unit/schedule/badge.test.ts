import { describe, expect, it } from "vitest";
import { computeBadge, nextBadgeChange } from "../../../lib/schedule/badge";
import { reminderNotification } from "../../../lib/schedule/notification-text";
import { computeSchedule } from "../../../lib/schedule/reminders";
import { defaultSettings } from "../../../lib/model/settings";
import { makeSaved } from "../storage/make-saved";

const nl = { ...defaultSettings(), lang: "nl" as const };
const now = new Date("2025-11-10T09:00:00Z"); // Monday 10:00 Dutch time

describe("computeBadge", () => {
  it("is empty with nothing closing soon, and says so", () => {
    const badge = computeBadge([makeSaved({ deadline: "2025-11-20" })], nl, now);
    expect(badge.text).toBe("");
    expect(badge.color).toBe("none");
    expect(badge.tooltip).toContain("3");
  });

  it("counts saved, open, not-applied listings that close within the window", () => {
    const saved = [
      makeSaved({ url: "https://a.nl/1", deadline: "2025-11-13", title: "Later" }),
      makeSaved({ url: "https://a.nl/2", deadline: "2025-11-12T12:00", title: "Eerst" }),
      makeSaved({ url: "https://a.nl/3", deadline: "2025-11-14T08:00" }), // 4 Dutch days away, under 96 h
      makeSaved({ url: "https://a.nl/4", deadline: "2025-11-11" }, { status: "gereageerd" }),
      makeSaved({ url: "https://a.nl/5", deadline: "2025-11-11", status: "closed" }),
      makeSaved({ url: "https://a.nl/6", deadline: "2025-11-09" }), // passed
      makeSaved({ url: "https://a.nl/7", deadline: null }),
    ];
    const badge = computeBadge(saved, nl, now);
    expect(badge).toEqual({ text: "2", color: "soon", tooltip: "“Eerst” sluit over 2 dagen (en nog 1)" });
    // Thursday's date-only deadline counts on Monday although it is more than 72 hours away.
    expect(computeBadge([saved[0]!], nl, now).text).toBe("1");
  });

  it("follows the window setting", () => {
    const saved = [makeSaved({ deadline: "2025-11-14T12:00" })];
    expect(computeBadge(saved, nl, now).text).toBe("");
    expect(computeBadge(saved, { ...nl, badgeWindowDays: 5 }, now).text).toBe("1");
  });

  it("turns urgent within 24 hours and names the time", () => {
    const badge = computeBadge([makeSaved({ deadline: "2025-11-11T09:30", title: "Adviseur" })], nl, now);
    expect(badge).toEqual({ text: "1", color: "urgent", tooltip: "“Adviseur” sluit morgen om 09:30" });
  });

  it("is urgent on a listing's last day", () => {
    const badge = computeBadge([makeSaved({ deadline: "2025-11-10", title: "Adviseur" })], nl, now);
    expect(badge).toEqual({ text: "1", color: "urgent", tooltip: "“Adviseur” sluit vandaag" });
  });

  it("is not urgent for a deadline more than a day away", () => {
    expect(computeBadge([makeSaved({ deadline: "2025-11-11T12:00" })], nl, now).color).toBe("soon");
  });

  it("speaks English when the user or the browser asks for it", () => {
    const saved = [makeSaved({ deadline: "2025-11-11T09:30", title: "Adviser" })];
    const expected = "“Adviser” closes tomorrow at 09:30";
    expect(computeBadge(saved, { ...nl, lang: "en" }, now).tooltip).toBe(expected);
    expect(computeBadge(saved, { ...nl, lang: "auto" }, now, "en-GB").tooltip).toBe(expected);
    expect(computeBadge(saved, { ...nl, lang: "auto" }, now, "nl-NL").tooltip).toContain("sluit");
  });

  it("caps the badge text at 99+", () => {
    const many = Array.from({ length: 120 }, (_, i) => makeSaved({ url: `https://a.nl/${i}`, deadline: "2025-11-12" }));
    expect(computeBadge(many, nl, now).text).toBe("99+");
  });

  it("counts Dutch calendar days, not 24-hour spans, in the tooltip", () => {
    // 23:30 Dutch time; the deadline tomorrow 08:00 is less than 9 hours away but "morgen".
    const late = new Date("2025-11-10T22:30:00Z");
    expect(computeBadge([makeSaved({ deadline: "2025-11-11T08:00", title: "X" })], nl, late).tooltip).toBe(
      "“X” sluit morgen om 08:00",
    );
  });
});

describe("nextBadgeChange", () => {
  it("is when the next listing enters the window", () => {
    const saved = [makeSaved({ deadline: "2025-11-20T12:00" })];
    expect(nextBadgeChange(saved, nl, now)?.toISOString()).toBe("2025-11-16T23:00:00.000Z"); // 17 Nov 00:00 Dutch
  });

  it("is at most the next Dutch midnight while a listing is counted", () => {
    const saved = [makeSaved({ deadline: "2025-11-12T12:00" })];
    expect(nextBadgeChange(saved, nl, now)?.toISOString()).toBe("2025-11-10T23:00:00.000Z");
  });

  it("is null with nothing to watch", () => {
    expect(nextBadgeChange([makeSaved({ deadline: null })], nl, now)).toBeNull();
  });
});

describe("reminderNotification", () => {
  it("names the listing, the client and when it closes", () => {
    const saved = makeSaved({ deadline: "2025-11-11T12:00", title: "Adviseur", client: "Gemeente Delft" });
    const [reminder] = computeSchedule([saved], nl, now).due;
    expect(reminder).toBeDefined();
    expect(reminderNotification(reminder!, now, "nl")).toEqual({
      title: "Sluitingsdatum nadert",
      message: "“Adviseur” (Gemeente Delft) sluit morgen om 12:00.",
    });
    expect(reminderNotification(reminder!, now, "en").message).toBe(
      "“Adviseur” (Gemeente Delft) closes tomorrow at 12:00.",
    );
  });
});

describe("many listings (#13)", () => {
  it("small: nextBadgeChange of 40,000 listings does not overflow the stack (no Math.min(...future))", () => {
    const base = makeSaved({ deadline: "2025-11-20" });
    const many = Array.from({ length: 40_000 }, (_, i) => ({ ...base, id: `${base.id}/${i}` }));
    expect(nextBadgeChange(many, nl, now)).toEqual(nextBadgeChange([base], nl, now));
  });
});
