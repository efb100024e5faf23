// Absolute dates in a text, kept as the components the page wrote. Instants are made later, in
// Europe/Amsterdam (time-zone.ts); only a time in another named zone ("17:00 UTC",
// "2025-11-12T16:00:00Z") is converted here, to Dutch time.
import { clockAfter } from "./clock";
import { DATE_FORMS, type WrittenDate } from "./date-forms";
import { amsterdamParts } from "../model/dutch-time";

export interface ScannedDay {
  /** null when the text gives no year ("14 januari"); the caller resolves it. */
  year: number | null;
  month: number;
  day: number;
  /** "HH:MM" Dutch wall-clock time, or null for a date-only phrase. */
  time: string | null;
}

export interface ScannedDate extends ScannedDay {
  text: string;
  index: number;
  /** The last day of a range written as one phrase ("13-14 oktober 2026"). */
  end: ScannedDay | null;
}

function validDay(year: number | null, month: number, day: number): boolean {
  if (year !== null && (year < 1990 || year > 2100)) return false;
  const d = new Date(Date.UTC(year ?? 2000, month - 1, day)); // 2000: a yearless 29 February exists
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

// Object literals and updates in place, not spreads: a page can hold thousands of dates.
function toScanned(w: WrittenDate): ScannedDate | null {
  if (!validDay(w.year, w.month, w.day)) return null;
  const end = w.firstDay === null ? null : { year: w.year, month: w.month, day: w.day, time: null };
  return { year: w.year, month: w.month, day: w.firstDay ?? w.day, time: null, text: w.text, index: w.index, end };
}

/** Moves a time the text wrote in another zone to the Dutch day and time. */
function toDutchTime(d: ScannedDate, utcOffset: number, year: number): void {
  const [hour, minute] = [Number(d.time?.slice(0, 2)), Number(d.time?.slice(3))];
  const utc = Date.UTC(year, d.month - 1, d.day, hour, minute) - utcOffset * 60_000;
  const { date, time } = amsterdamParts(new Date(utc));
  d.year = Number(date.slice(0, 4));
  d.month = Number(date.slice(5, 7));
  d.day = Number(date.slice(8));
  d.time = time;
}

/** Adds the clock time written right after the date, if any. */
function addClock(d: ScannedDate, text: string): void {
  const after = d.index + d.text.length;
  const clock = clockAfter(text.slice(after, after + 40));
  if (!clock) return;
  d.time = clock.time;
  d.text += text.slice(after, after + clock.length);
  if (clock.utcOffset !== null && d.year !== null && !d.end) toDutchTime(d, clock.utcOffset, d.year);
}

/** Every full calendar date in the text, in reading order. Where forms overlap the earliest and longest
 * wins, even when it names no real day: "31 nov 12" is no date, not "nov 12". */
export function scanDates(text: string): ScannedDate[] {
  const written: WrittenDate[] = [];
  for (const [pattern, read] of DATE_FORMS) {
    for (const m of text.matchAll(pattern)) {
      const w = read(m);
      if (w) written.push(w);
    }
  }
  written.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const found: ScannedDate[] = [];
  let taken = 0;
  for (const w of written) {
    if (w.index < taken) continue;
    taken = w.index + w.text.length;
    const scanned = toScanned(w);
    if (!scanned) continue;
    addClock(scanned, text);
    found.push(scanned);
    taken = scanned.index + scanned.text.length;
  }
  return found;
}
