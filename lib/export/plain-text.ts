// Listing fields as plain text for the exports (CSV cells, calendar descriptions). Rates and
// statuses read as in the popup (lib/format/facts.ts and the i18n texts); hours and deadlines
// stay numbers and ISO days, which a spreadsheet sorts and sums.
import type { Hours, Rate } from "../model/listing";
import { formatRate } from "../format/facts";
import { t, type Lang } from "../i18n/t";
import type { SavedStatus } from "../model/saved";

/**
 * The rate as the popup words it ("max € 200 per uur"), as plain text: Intl's non-breaking
 * spaces become ordinary ones, which spreadsheets and calendars show alike; "" when unknown.
 */
export function plainRate(rate: Rate | null, lang: Lang): string {
  if (!rate || (rate.min === null && rate.max === null)) return "";
  return formatRate(rate, lang).replace(/[\u00a0\u202f]/g, " ");
}

/** "8" or "16–24"; "" when unknown. */
export function plainHours(hours: Hours | null): string {
  if (!hours) return "";
  return hours.min === hours.max ? String(hours.max) : `${hours.min}–${hours.max}`;
}

/** "2025-11-12" or "2025-11-12 12:00" (Dutch time, as the page gives it). */
export function plainDeadline(deadline: string | null): string {
  return deadline ? deadline.replace("T", " ") : "";
}

/** The status as the popup names it ("nog reageren"). */
export function plainStatus(status: SavedStatus, lang: Lang): string {
  return t(lang, `popup_status_${status}`);
}
