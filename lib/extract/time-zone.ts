// Dutch wall-clock time (Europe/Amsterdam) without a date library: Intl knows the DST rules,
// we only need to go from an instant to the Dutch calendar and back.

const ZONE = "Europe/Amsterdam";
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^(\d{2}):(\d{2})$/;

let formatter: Intl.DateTimeFormat | undefined;

function amsterdamFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });
  return formatter;
}

/** The Dutch calendar day (YYYY-MM-DD) and wall-clock time (HH:MM) of an instant. */
export function amsterdamParts(instant: Date): { date: string; time: string } {
  const part: Record<string, string> = {};
  for (const p of amsterdamFormatter().formatToParts(instant)) part[p.type] = p.value;
  return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}` };
}

/** Milliseconds since the epoch of a wall-clock reading taken as if it were UTC. */
function wallClockMs(date: string, time: string): number {
  const d = ISO_DATE.exec(date);
  const t = HH_MM.exec(time);
  if (!d || !t) throw new RangeError(`Not a Dutch date/time: ${date} ${time}`);
  return Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
}

/** Amsterdam's offset from UTC (ms) at an instant. */
function offsetAt(ms: number): number {
  const minute = Math.floor(ms / 60_000) * 60_000;
  const { date, time } = amsterdamParts(new Date(minute));
  return wallClockMs(date, time) - minute;
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
