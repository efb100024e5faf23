// Dates as listing pages write them: "31ste oktober, 2025", "1 nov 2025", "03.10.2022",
// "28-11-2025 12:00 uur", "vrijdag 14 november om 12:00", "November 12, 2025".
import { scanDates } from "./date-scan";
import { toFoundDate, type FoundDate } from "./found-date";

export type { FoundDate } from "./found-date";
export { YEARLESS_PAST_DAYS, resolveYear } from "./found-date";
export { parseRelativeDeadline } from "./relative-deadline";
export { parseDateRange } from "./date-range";

/**
 * Every absolute date in the text, in order. Relative phrases ("over 11 dagen", "morgen"), times
 * alone ("09.00 – 18.00 uur"), months alone ("mei 2026") and years outside 1990..2100 are left out.
 * A day range written as one phrase ("13-14 oktober 2026") gives both days, with the same text.
 */
export function findDates(text: string, now: Date): FoundDate[] {
  const found: FoundDate[] = [];
  for (const d of scanDates(text)) {
    const start = toFoundDate(d, d.text, d.index, now);
    found.push(start);
    if (d.end) {
      const end = toFoundDate({ ...d.end, year: d.end.year ?? Number(start.date.slice(0, 4)) }, d.text, d.index, now);
      if (end.date > start.date) found.push(end);
    }
  }
  return found;
}

/** The first date in a short label value ("Sluitingsdatum: 12 november 2025"); "per direct" → null. */
export function parseDate(text: string, now: Date): FoundDate | null {
  return findDates(text, now)[0] ?? null;
}

/** The deadline field: "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM" when the text gave a time. */
export function toDeadline(d: FoundDate): string {
  return d.time === null ? d.date : `${d.date}T${d.time}`;
}
