// "vandaag om 12:00", "morgen", "over 3 dagen": how far off a deadline is, counted in Dutch
// calendar days (the deadline is Dutch time, whatever the user's time zone).
import { amsterdamParts } from "../model/dutch-time";
import { t, type Lang } from "../i18n/t";

const DAY_MS = 86_400_000;

/** Dutch calendar days from `now` to the deadline's day (0 = today). */
export function daysUntil(deadline: string, now: Date): number {
  return dayCounter(now)(deadline);
}

/** `daysUntil` for many deadlines at one `now`: today's Dutch date is worked out once. */
export function dayCounter(now: Date): (deadline: string) => number {
  const today = Date.parse(`${amsterdamParts(now).date}T00:00:00Z`);
  return (deadline) => Math.round((Date.parse(`${deadline.slice(0, 10)}T00:00:00Z`) - today) / DAY_MS);
}

export function whenText(deadline: string, now: Date, lang: Lang): string {
  const days = daysUntil(deadline, now);
  const time = deadline.length > 10 ? deadline.slice(11, 16) : null;
  if (days === 0) return time ? t(lang, "badge_when_today_at", time) : t(lang, "badge_when_today");
  if (days === 1) return time ? t(lang, "badge_when_tomorrow_at", time) : t(lang, "badge_when_tomorrow");
  return t(lang, "badge_when_in_days", days);
}
