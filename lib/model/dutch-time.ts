// Dutch wall-clock time (Europe/Amsterdam) by the EU's summer-time rule, without Intl: the
// first Intl.DateTimeFormat with a time zone costs ~85 ms in Chromium (ICU's zone data), which
// the content script paid on every listing page. The rule (EU directive 2000/84/EC, in force
// in the Netherlands since 1996): CEST, UTC+2, from the last Sunday of March 01:00 UTC to the
// last Sunday of October 01:00 UTC; CET, UTC+1, otherwise. Checked against Intl in the tests.

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^(\d{2}):(\d{2})$/;

/** 01:00 UTC on the last Sunday of a month (0-based month). */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * DAY_MS;
}

/** Amsterdam's offset from UTC (ms) at an instant. */
function offsetAt(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const summer = ms >= lastSundayOneUtc(year, 2) && ms < lastSundayOneUtc(year, 9);
  return summer ? 2 * HOUR_MS : HOUR_MS;
}

/** The Dutch calendar day (YYYY-MM-DD) and wall-clock time (HH:MM) of an instant. */
export function amsterdamParts(instant: Date): { date: string; time: string } {
  const iso = new Date(instant.getTime() + offsetAt(instant.getTime())).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** Milliseconds since the epoch of a wall-clock reading taken as if it were UTC. */
function wallClockMs(date: string, time: string): number {
  const d = ISO_DATE.exec(date);
  const t = HH_MM.exec(time);
  if (!d || !t) throw new RangeError(`Not a Dutch date/time: ${date} ${time}`);
  return Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
}

/**
 * The instant of a Dutch wall-clock time. On the DST change days we follow Temporal's
 * "compatible" choice: a time skipped in March (02:30) is pushed forward by the gap (03:30 CEST),
 * a time that occurs twice in October (02:30) is the earlier one (CEST).
 */
export function amsterdamInstant(date: string, time = "00:00"): Date {
  const wall = wallClockMs(date, time);
  // Amsterdam changes offset at most once in any 24 hours, so these are the only two candidates.
  const before = offsetAt(wall - DAY_MS / 2);
  const after = offsetAt(wall + DAY_MS / 2);
  const valid = [wall - before, wall - after].filter((t) => t + offsetAt(t) === wall);
  if (valid.length === 0) return new Date(wall - before); // in the spring gap
  return new Date(Math.min(...valid));
}

/**
 * The last open moment of a deadline: "YYYY-MM-DD" ends at 23:59:59.999 Dutch time that day,
 * "YYYY-MM-DDTHH:MM" is that Dutch minute.
 */
export function deadlineInstant(deadline: string): Date {
  const [date = "", time] = deadline.split("T");
  if (time !== undefined) return amsterdamInstant(date, time);
  return new Date(amsterdamInstant(addDutchDays(date, 1)).getTime() - 1);
}

/** Calendar arithmetic on YYYY-MM-DD (no time zone involved). */
export function addDutchDays(date: string, n: number): string {
  const ms = wallClockMs(date, "00:00") + n * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}
