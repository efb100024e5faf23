import { afterEach, describe, expect, it } from "vitest";
import { computeSchedule, pruneNotified, remindersFor } from "../../../lib/schedule/reminders";
import { type SavedListing } from "../../../lib/model/saved";
import { defaultSettings, type LeadTime } from "../../../lib/model/settings";
import { makeSaved } from "../storage/make-saved";

const settings = defaultSettings();
const iso = (d: Date | null | undefined) => d?.toISOString();
const fireTimes = (saved: SavedListing, leads: LeadTime[] = settings.leadTimes) =>
  Object.fromEntries(remindersFor(saved, leads).map((r) => [r.key.split("#")[1], iso(r.fireAt)]));

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("reminder times", () => {
  it("counts N × 24 hours back from a deadline across the spring DST change", () => {
    // 2025-03-31 12:00 CEST = 10:00 UTC; clocks went forward on 2025-03-30 at 02:00.
    const saved = makeSaved({ deadline: "2025-03-31T12:00" });
    expect(fireTimes(saved)).toEqual({
      "before-3d": "2025-03-28T10:00:00.000Z",
      "before-1d": "2025-03-30T10:00:00.000Z", // 12:00 Dutch time on 30 March
      "dayOf-09:00": "2025-03-31T07:00:00.000Z",
    });
  });

  it("counts the autumn DST change the same way", () => {
    // 2025-10-27 09:30 CET = 08:30 UTC; clocks went back on 2025-10-26.
    const saved = makeSaved({ deadline: "2025-10-27T09:30" });
    expect(fireTimes(saved)).toMatchObject({
      "before-1d": "2025-10-26T08:30:00.000Z",
      "dayOf-09:00": "2025-10-27T08:00:00.000Z",
    });
  });

  it("reminds a deadline without a time at 09:00 Dutch time, N days before that day", () => {
    const saved = makeSaved({ deadline: "2025-11-12" });
    expect(fireTimes(saved)).toEqual({
      "before-3d": "2025-11-09T08:00:00.000Z",
      "before-1d": "2025-11-11T08:00:00.000Z",
      "dayOf-09:00": "2025-11-12T08:00:00.000Z",
    });
  });

  it("skips a day-of reminder that would come after the deadline", () => {
    const saved = makeSaved({ deadline: "2025-11-12T08:30" });
    expect(Object.keys(fireTimes(saved))).toEqual(["before-3d", "before-1d"]);
  });

  it("keys reminders by listing and lead time", () => {
    const saved = makeSaved({ url: "https://a.nl/9" });
    expect(remindersFor(saved, settings.leadTimes).map((r) => r.key)).toEqual([
      "https://a.nl/9#before-3d",
      "https://a.nl/9#before-1d",
      "https://a.nl/9#dayOf-09:00",
    ]);
  });
});

describe("computeSchedule", () => {
  const saved = makeSaved({ url: "https://a.nl/1", deadline: "2025-11-12T12:00", title: "Adviseur" });

  it("lists future reminders in order and wakes up at the first", () => {
    const schedule = computeSchedule([saved], settings, new Date("2025-11-01T09:00:00Z"));
    expect(schedule.due).toEqual([]);
    expect(schedule.upcoming.map((r) => iso(r.fireAt))).toEqual([
      "2025-11-09T11:00:00.000Z",
      "2025-11-11T11:00:00.000Z",
      "2025-11-12T08:00:00.000Z",
    ]);
    expect(iso(schedule.nextAlarmAt)).toBe("2025-11-09T11:00:00.000Z");
    expect(schedule.upcoming[0]).toMatchObject({
      listingId: saved.id,
      title: "Adviseur",
      deadline: "2025-11-12T12:00",
    });
  });

  it("delivers a reminder that fired while the browser was closed, once", () => {
    const now = new Date("2025-11-10T07:00:00Z");
    const first = computeSchedule([saved], settings, now);
    expect(first.due.map((r) => r.key)).toEqual([`${saved.id}#before-3d`]);
    const again = computeSchedule([saved], settings, now, first.settle);
    expect(again.due).toEqual([]);
    expect(iso(again.nextAlarmAt)).toBe("2025-11-11T11:00:00.000Z");
  });

  it("shows one reminder per listing when several fired meanwhile, and settles them all", () => {
    const now = new Date("2025-11-12T10:00:00Z");
    const schedule = computeSchedule([saved], settings, now);
    expect(schedule.due.map((r) => r.key)).toEqual([`${saved.id}#dayOf-09:00`]);
    expect(schedule.settle.sort()).toEqual(
      [`${saved.id}#before-3d`, `${saved.id}#before-1d`, `${saved.id}#dayOf-09:00`].sort(),
    );
    expect(schedule.nextAlarmAt).toBeNull();
  });

  it("says nothing once the deadline has passed", () => {
    const schedule = computeSchedule([saved], settings, new Date("2025-11-12T11:00:00Z"));
    expect(schedule).toEqual({ due: [], settle: [], upcoming: [], nextAlarmAt: null });
  });

  it.each(["gereageerd", "afgewezen", "gegund"] as const)("does not remind of a listing marked %s", (status) => {
    const schedule = computeSchedule([{ ...saved, status }], settings, new Date("2025-11-10T07:00:00Z"));
    expect(schedule).toEqual({ due: [], settle: [], upcoming: [], nextAlarmAt: null });
  });

  it("does not remind of closed listings or listings without a deadline", () => {
    const closed = makeSaved({ url: "https://a.nl/c", status: "closed" });
    const none = makeSaved({ url: "https://a.nl/n", deadline: null });
    const schedule = computeSchedule([closed, none], settings, new Date("2025-11-01T09:00:00Z"));
    expect(schedule.upcoming).toEqual([]);
  });

  it("shows nothing with notifications off, but settles what fired", () => {
    const off = { ...settings, notifications: false };
    const schedule = computeSchedule([saved], off, new Date("2025-11-10T07:00:00Z"));
    expect(schedule.due).toEqual([]);
    expect(schedule.upcoming).toEqual([]);
    expect(schedule.nextAlarmAt).toBeNull();
    expect(schedule.settle).toEqual([`${saved.id}#before-3d`]);
  });

  it("handles 1,000 saved listings, in order", () => {
    const base = Date.parse("2025-11-02T00:00:00Z");
    const many = Array.from({ length: 1000 }, (_, i) => {
      const day = new Date(base + (i % 60) * 86_400_000).toISOString().slice(0, 10);
      const time = i % 2 ? `T${String(8 + (i % 10)).padStart(2, "0")}:00` : "";
      return makeSaved({ url: `https://a.nl/${i}`, deadline: day + time });
    });
    const now = new Date("2025-11-01T09:00:00Z");
    const schedule = computeSchedule(many, settings, now);
    const times = schedule.upcoming.map((r) => r.fireAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(schedule.upcoming.map((r) => r.key)).size).toBe(schedule.upcoming.length);
    const expected = many.flatMap((s) => remindersFor(s, settings.leadTimes)).filter((r) => r.fireAt > now);
    expect(schedule.upcoming).toHaveLength(expected.length);
    expect(schedule.nextAlarmAt?.getTime()).toBe(Math.min(...expected.map((r) => r.fireAt.getTime())));
    expect(schedule.due.length).toBeGreaterThan(0); // those closing within 3 days already passed a lead time
  });

  it("gives the same schedule whatever the machine's time zone", () => {
    const listings = [
      makeSaved({ url: "https://a.nl/1", deadline: "2025-03-31T12:00" }),
      makeSaved({ url: "https://a.nl/2", deadline: "2025-10-27" }),
    ];
    const now = new Date("2025-03-20T12:00:00Z");
    const run = () => JSON.stringify(computeSchedule(listings, settings, now));
    process.env.TZ = "Pacific/Auckland";
    const auckland = run();
    const offset = new Date(2025, 0, 1).getTimezoneOffset();
    process.env.TZ = "America/New_York";
    expect(new Date(2025, 0, 1).getTimezoneOffset()).not.toBe(offset);
    expect(run()).toBe(auckland);
  });
});

describe("pruneNotified (#13 finding 7)", () => {
  const now = new Date("2025-11-10T09:00:00Z");
  const open = makeSaved({ url: "https://a.nl/open", deadline: "2025-11-12" });
  const lately = makeSaved({ url: "https://a.nl/lately", deadline: "2025-11-01" });
  const longAgo = makeSaved({ url: "https://a.nl/long-ago", deadline: "2025-09-01" });

  it("finding 7: keeps the keys of listings still saved, per listing, not the newest 2,000", () => {
    const keys = [
      `${open.id}#before-3d`,
      `${open.id}#before-3d`,
      `${lately.id}#before-1d`,
      `${longAgo.id}#before-1d`,
      "https://a.nl/removed#before-3d",
    ];
    expect(pruneNotified(keys, [open, lately, longAgo], now)).toEqual([
      `${open.id}#before-3d`,
      `${lately.id}#before-1d`,
    ]);
    // 700 listings with three keys each: all 2,100 kept.
    const many = Array.from({ length: 700 }, (_, i) => makeSaved({ url: `https://a.nl/${i}`, deadline: "2025-11-14" }));
    const all = many.flatMap((s) => [`${s.id}#before-3d`, `${s.id}#before-1d`, `${s.id}#dayOf-09:00`]);
    expect(pruneNotified(all, many, now)).toHaveLength(2100);
  });
});
