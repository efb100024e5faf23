// A date found in page text, and the rule for dates written without a year.
import type { ScannedDay } from "./date-scan";
import { addDutchDays, amsterdamParts } from "../model/dutch-time";

export interface FoundDate {
  /** YYYY-MM-DD, a Dutch calendar day. */
  date: string;
  /** HH:MM local Dutch time, null when the text gives none. */
  time: string | null;
  /** The matched text. */
  text: string;
  /** Offset of the match in the input. */
  index: number;
}

/**
 * A date without a year ("14 januari") is taken in the one-year window that starts this many days
 * before today: recent past (a publication date, a deadline that just passed) or the coming months
 * (a deadline, an interview), never a year back.
 */
export const YEARLESS_PAST_DAYS = 61;

const pad = (n: number): string => String(n).padStart(2, "0");

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

// The window for the last `now` asked about: a page's dates all share it, and Intl is slow.
let lastWindow: { at: number; thisYear: number; earliest: string } | undefined;

function windowOf(now: Date): { thisYear: number; earliest: string } {
  if (lastWindow?.at !== now.getTime()) {
    const today = amsterdamParts(now).date;
    lastWindow = {
      at: now.getTime(),
      thisYear: Number(today.slice(0, 4)),
      earliest: addDutchDays(today, -YEARLESS_PAST_DAYS),
    };
  }
  return lastWindow;
}

/** The year of a yearless month/day, by the window rule above. */
export function resolveYear(month: number, day: number, now: Date): number {
  const { thisYear, earliest } = windowOf(now);
  for (let year = thisYear - 1; year <= thisYear + 4; year++) {
    const date = isoDay(year, month, day);
    const exists = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day; // 29 February
    if (exists && date >= earliest) return year;
  }
  return thisYear;
}

/** A scanned day as a FoundDate, its year resolved against `now` when the text gave none. */
export function toFoundDate(d: ScannedDay, text: string, index: number, now: Date): FoundDate {
  const year = d.year ?? resolveYear(d.month, d.day, now);
  return { date: isoDay(year, d.month, d.day), time: d.time, text, index };
}
