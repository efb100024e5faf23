import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDutchDays, amsterdamInstant, amsterdamParts, deadlineInstant } from "../../../lib/model/dutch-time";

/** The last Sunday of a month, computed independently of the code under test. */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

describe("amsterdamParts", () => {
  it.each([
    ["2025-11-01T09:00:00Z", "2025-11-01", "10:00"], // CET, +1
    ["2025-07-01T09:00:00Z", "2025-07-01", "11:00"], // CEST, +2
    ["2025-06-30T22:30:00Z", "2025-07-01", "00:30"], // already tomorrow in the Netherlands
    ["2024-12-31T23:00:00Z", "2025-01-01", "00:00"],
    ["2025-03-30T00:59:00Z", "2025-03-30", "01:59"], // just before the spring change
    ["2025-03-30T01:00:00Z", "2025-03-30", "03:00"], // just after: 02:xx does not exist
    ["2025-10-26T00:30:00Z", "2025-10-26", "02:30"], // first 02:30 (CEST)
    ["2025-10-26T01:30:00Z", "2025-10-26", "02:30"], // second 02:30 (CET)
  ])("%s is %s %s in Amsterdam", (iso, date, time) => {
    expect(amsterdamParts(new Date(iso))).toEqual({ date, time });
  });
});

describe("amsterdamInstant", () => {
  it.each([
    ["2025-11-12", "12:00", "2025-11-12T11:00:00.000Z"],
    ["2025-07-12", "12:00", "2025-07-12T10:00:00.000Z"],
    ["2025-01-01", "00:00", "2024-12-31T23:00:00.000Z"],
    ["2025-03-30", "01:59", "2025-03-30T00:59:00.000Z"],
    ["2025-03-30", "03:00", "2025-03-30T01:00:00.000Z"],
    ["2025-03-30", "02:30", "2025-03-30T01:30:00.000Z"], // skipped hour: pushed forward to 03:30 CEST
    ["2025-10-26", "02:30", "2025-10-26T00:30:00.000Z"], // repeated hour: the earlier (CEST) one
    ["2025-10-26", "03:00", "2025-10-26T02:00:00.000Z"],
    ["2025-10-26", "01:59", "2025-10-25T23:59:00.000Z"],
  ])("%s %s Dutch time is %s", (date, time, iso) => {
    expect(amsterdamInstant(date, time).toISOString()).toBe(iso);
  });

  it("defaults to the start of the Dutch day", () => {
    expect(amsterdamInstant("2025-07-01").toISOString()).toBe("2025-06-30T22:00:00.000Z");
  });

  it("rejects malformed input loudly", () => {
    expect(() => amsterdamInstant("12-11-2025", "12:00")).toThrow(RangeError);
    expect(() => amsterdamInstant("2025-11-12", "noon")).toThrow(RangeError);
  });

  it("is the inverse of amsterdamParts on every DST change day from 2000 to 2060", () => {
    for (let year = 2000; year <= 2060; year++) {
      for (const day of [lastSunday(year, 3), lastSunday(year, 10)]) {
        for (const time of ["00:00", "01:59", "03:00", "12:00", "23:59"]) {
          expect(amsterdamParts(amsterdamInstant(day, time))).toEqual({ date: day, time });
        }
      }
      // The spring day has 23 hours, the autumn day 25.
      const spring = lastSunday(year, 3);
      const autumn = lastSunday(year, 10);
      const hours = (d: string) =>
        (amsterdamInstant(addDutchDays(d, 1)).getTime() - amsterdamInstant(d).getTime()) / 3.6e6;
      expect([hours(spring), hours(autumn), hours(addDutchDays(spring, -1))]).toEqual([23, 25, 24]);
    }
  });

  it("round-trips any minute (property)", () => {
    const minute = fc.integer({ min: Date.UTC(1995, 0, 1) / 60_000, max: Date.UTC(2090, 0, 1) / 60_000 });
    fc.assert(
      fc.property(minute, (m) => {
        const instant = new Date(m * 60_000);
        const { date, time } = amsterdamParts(instant);
        const back = amsterdamInstant(date, time);
        // Equal, except in the repeated October hour where the earlier reading is chosen.
        const repeated =
          back.getTime() === instant.getTime() - 3_600_000 && date === lastSunday(Number(date.slice(0, 4)), 10);
        return back.getTime() === instant.getTime() || repeated;
      }),
      { numRuns: 2000 },
    );
  });
});

describe("deadlineInstant", () => {
  it.each([
    ["2025-11-12", "2025-11-12T22:59:59.999Z"], // winter: end of the Dutch day is 23:00 UTC
    ["2025-07-12", "2025-07-12T21:59:59.999Z"], // summer
    ["2025-03-30", "2025-03-30T21:59:59.999Z"], // spring change day ends in CEST
    ["2025-10-26", "2025-10-26T22:59:59.999Z"], // autumn change day ends in CET
    ["2025-11-12T12:00", "2025-11-12T11:00:00.000Z"],
    ["2025-07-12T17:00", "2025-07-12T15:00:00.000Z"],
  ])("%s closes at %s", (deadline, iso) => {
    expect(deadlineInstant(deadline).toISOString()).toBe(iso);
  });

  it("a day-only deadline ends one millisecond before the next Dutch day starts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (offset) => {
        const day = addDutchDays("1995-01-01", offset);
        const end = deadlineInstant(day);
        return (
          amsterdamParts(end).date === day && amsterdamParts(new Date(end.getTime() + 1)).date === addDutchDays(day, 1)
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe("addDutchDays", () => {
  it.each([
    ["2025-11-01", 11, "2025-11-12"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2025-02-28", 1, "2025-03-01"],
    ["2025-12-31", 1, "2026-01-01"],
    ["2025-01-01", -1, "2024-12-31"],
    ["2025-03-29", 2, "2025-03-31"], // across the DST change, still whole days
    ["2025-10-25", 2, "2025-10-27"],
    ["2025-11-01", 0, "2025-11-01"],
  ])("%s + %i = %s", (date, n, expected) => {
    expect(addDutchDays(date, n)).toBe(expected);
  });
});

describe("the EU summer-time rule", () => {
  const intl = new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  it("agrees with the time-zone database on any instant from 1996 to 2099", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
        const [date, time] = intl.format(new Date(ms)).split(" ");
        expect(amsterdamParts(new Date(ms))).toEqual({ date, time });
      }),
      { numRuns: 3000 },
    );
  });
});
