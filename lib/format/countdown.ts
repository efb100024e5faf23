// How long until a closing date, as the user reads it: calendar days for a day-only date
// ("nog 11 dagen", "sluit morgen"), days and hours when the page gives a time and it is near.
// A listing the page marks as closed says "gesloten", whatever its date (or its lack of one).
import { amsterdamParts, deadlineInstant } from "../model/dutch-time";
import { t, type Lang } from "../i18n/t";
import type { Listing } from "../model/listing";

export type Countdown =
  | { state: "none" }
  | { state: "closed" }
  | { state: "today" | "tomorrow"; time: string | null }
  | { state: "open"; days: number; hours: number; minutes: number; hasTime: boolean };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function calendarDaysBetween(fromDay: string, toDay: string): number {
  return Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / DAY);
}

/**
 * `pageStatus`: the listing's own status (Listing.status). A listing the page says is closed
 * counts as closed even without a closing date, so the pill and the body agree ("gesloten" /
 * "Deze opdracht is gesloten", never "geen sluitingsdatum bekend" beside it). Optional, so
 * callers that pass only a date keep their behaviour.
 */
export function countdown(deadline: string | null, now: Date, pageStatus?: Listing["status"]): Countdown {
  if (pageStatus === "closed") return { state: "closed" };
  if (!deadline) return { state: "none" };
  const end = deadlineInstant(deadline);
  const left = end.getTime() - now.getTime();
  if (left <= 0) return { state: "closed" };
  const day = deadline.slice(0, 10);
  const time = deadline.length > 10 ? deadline.slice(11, 16) : null;
  const days = calendarDaysBetween(amsterdamParts(now).date, day);
  if (days === 0) return { state: "today", time };
  if (days === 1 && (time === null || left >= 12 * HOUR)) return { state: "tomorrow", time };
  if (time === null) return { state: "open", days, hours: 0, minutes: 0, hasTime: false };
  return {
    state: "open",
    days: Math.floor(left / DAY),
    hours: Math.floor((left % DAY) / HOUR),
    minutes: Math.floor((left % HOUR) / 60_000),
    hasTime: true,
  };
}

export function countdownText(c: Countdown, lang: Lang): string {
  switch (c.state) {
    case "none":
      return t(lang, "countdown_none");
    case "closed":
      return t(lang, "countdown_closed");
    case "today":
    case "tomorrow":
      return c.time ? t(lang, `countdown_${c.state}_at`, c.time) : t(lang, `countdown_${c.state}`);
    case "open":
      // Hours matter only in the last few days of a deadline with a time.
      if (c.hasTime && c.days < 3) {
        if (c.days === 0)
          return c.hours > 0 ? t(lang, "countdown_hours", c.hours) : t(lang, "countdown_minutes", c.minutes);
        return c.days === 1
          ? t(lang, "countdown_day_hours", c.hours)
          : t(lang, "countdown_days_hours", c.days, c.hours);
      }
      return c.days === 1 ? t(lang, "countdown_day_one") : t(lang, "countdown_days", c.days);
  }
}

/** The countdown of a listing (or a saved listing's head): its closing date and its status together. */
export function listingCountdown(listing: Pick<Listing, "deadline" | "status">, now: Date): Countdown {
  return countdown(listing.deadline, now, listing.status);
}

/** How pressing a countdown is: drives colour and icon (never colour alone). */
export function urgency(c: Countdown): "closed" | "urgent" | "soon" | "later" | "none" {
  if (c.state === "none") return "none";
  if (c.state === "closed") return "closed";
  if (c.state !== "open") return "urgent";
  return c.days <= 7 ? "soon" : "later";
}
