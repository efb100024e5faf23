// A clock time written right after a date: "28-11-2025 12:00 uur", "14 november om 12.00 uur",
// "12 Nov 2025 17:00", "Nov 12, 2025 at 5 pm", "2025-11-12T17:00:00Z". Only on the same line, and a
// bare hour only after "om"/"at" or before am/pm (else "1 januari 2026 8 uur per week" would read as 08:00).
const GAP = String.raw`[^\S\n]*`;
const CLOCK = new RegExp(
  String.raw`^${GAP}(,|om|at|vanaf|van|-|–|t)?${GAP}` +
    // 12:00, 12.00, 17:00:00.000+01:00 (an offset only on a full timestamp: "9:00-17:00" is a span),
    // not the start of a date ("1-11-2025 - 1.11.2027")
    String.raw`(?:(\d{1,2})[:.](\d{2})(?::\d{2}(?:\.\d+)?(?:([+-])(\d{2}):?(\d{2}))?)?(?!\d|[.:/]\d)|(\d{1,2})(?!\d))` +
    String.raw`(?:${GAP}([ap])\.?m\b\.?)?(?:${GAP}(uur|u|h)\b)?(?:${GAP}(z|utc|gmt|cest|cet)\b)?`,
  "i",
);

export interface Clock {
  /** "HH:MM" as written. */
  time: string;
  /** How many characters of the text the time takes. */
  length: number;
  /** Minutes east of UTC when the text names another zone ("Z", "UTC", "+00:00"); null for Dutch time. */
  utcOffset: number | null;
}

function hhmm(hour: number, minute: number): string | null {
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

function hourOf(hour: number, meridiem: string | undefined): number | null {
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > 12) return null;
  return (hour % 12) + (meridiem.toLowerCase() === "p" ? 12 : 0);
}

function offsetOf(sign: string | undefined, hours: string | undefined, minutes: string | undefined, zone = "") {
  if (sign !== undefined) return (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  return /^(z|utc|gmt)$/i.test(zone) ? 0 : null;
}

/** The time at the start of `after`, or null. */
export function clockAfter(after: string): Clock | null {
  const m = CLOCK.exec(after);
  if (!m) return null;
  const [all, joiner = "", h, min, sign, offHours, offMinutes, bare, meridiem, unit, zone] = m;
  if (bare !== undefined && meridiem === undefined && !(unit && /^(om|at)$/i.test(joiner))) return null;
  const hour = hourOf(Number(h ?? bare), meridiem);
  const time = hour === null ? null : hhmm(hour, Number(min ?? 0));
  if (time === null) return null;
  return { time, length: all.trimEnd().length, utcOffset: offsetOf(sign, offHours, offMinutes, zone) };
}
