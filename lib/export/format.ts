// Plain-text renderings of listing fields for exports (CSV cells, calendar descriptions). Rates
// and statuses read as in the popup (lib/format/facts.ts and the i18n texts).
import type { Hours, Rate } from "../model/listing";
import { formatRate as formatRateForUser } from "../format/facts";
import { t, type Lang } from "../i18n/t";
import type { SavedStatus } from "../model/saved";

/**
 * The rate as the popup words it ("max € 200 per uur"), as plain text: Intl's non-breaking
 * spaces become ordinary ones, which spreadsheets and calendars show alike; "" when unknown.
 */
export function formatRate(rate: Rate | null, lang: Lang): string {
  if (!rate || (rate.min === null && rate.max === null)) return "";
  return formatRateForUser(rate, lang).replace(/[\u00a0\u202f]/g, " ");
}

// Hours and the deadline stay as numbers and ISO days: a spreadsheet sorts and sums them.
/** "8" or "16–24"; "" when unknown. */
export function formatHours(hours: Hours | null): string {
  if (!hours) return "";
  return hours.min === hours.max ? String(hours.max) : `${hours.min}–${hours.max}`;
}

/** "2025-11-12" or "2025-11-12 12:00" (Dutch time, as the page gives it). */
export function formatDeadline(deadline: string | null): string {
  return deadline ? deadline.replace("T", " ") : "";
}

/** The status as the popup names it ("nog reageren"). */
export function formatStatus(status: SavedStatus, lang: Lang): string {
  return t(lang, `popup_status_${status}`);
}
