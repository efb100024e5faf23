// The toolbar badge: how many saved listings the user still has to respond to close soon.
// Counted: open for a response (open-for-response.ts) and closing within `badgeWindowDays`
// Dutch calendar days (today counts as 0), so that a Thursday deadline is counted on Monday
// with a 3-day window, as the tooltip's "over 3 dagen" says. Urgent when one closes within 24
// hours or on today's Dutch date ("on its last day").
import { amsterdamInstant, amsterdamParts, addDutchDays } from "../model/dutch-time";
import { resolveLang, t } from "../i18n/t";
import type { SavedHead } from "../storage/saved-head";
import type { Settings } from "../model/settings";
import { deadlineOf, isOpenForResponse } from "./open-for-response";
import { daysUntil, whenText } from "./when";

export type Badge = { text: string; color: "urgent" | "soon" | "none"; tooltip: string };

const DAY_MS = 86_400_000;

type Closing = { saved: SavedHead; deadlineAt: Date };

/** Listings counted by the badge, the first to close first. */
export function closingSoon(saved: readonly SavedHead[], windowDays: number, now: Date): Closing[] {
  const out: Closing[] = [];
  for (const record of saved) {
    const deadlineAt = deadlineOf(record);
    const deadline = record.listing.deadline;
    if (deadline && deadlineAt && daysUntil(deadline, now) <= windowDays && isOpenForResponse(record, now)) {
      out.push({ saved: record, deadlineAt });
    }
  }
  return out.sort((a, b) => a.deadlineAt.getTime() - b.deadlineAt.getTime());
}

function isUrgent({ saved, deadlineAt }: Closing, now: Date): boolean {
  const lastDay = saved.listing.deadline?.slice(0, 10) === amsterdamParts(now).date;
  return lastDay || deadlineAt.getTime() - now.getTime() <= DAY_MS;
}

export function computeBadge(
  saved: readonly SavedHead[],
  settings: Pick<Settings, "badgeWindowDays" | "lang">,
  now: Date,
  uiLanguage?: string,
): Badge {
  const lang = resolveLang(settings.lang, uiLanguage);
  const closing = closingSoon(saved, settings.badgeWindowDays, now);
  const first = closing[0];
  if (!first) return { text: "", color: "none", tooltip: t(lang, "badge_tooltip_none", settings.badgeWindowDays) };
  const { listing } = first.saved;
  const name = listing.title ?? listing.client ?? t(lang, "badge_untitled");
  const when = whenText(listing.deadline ?? "", now, lang);
  const tooltip =
    closing.length === 1
      ? t(lang, "badge_tooltip_one", name, when)
      : t(lang, "badge_tooltip_more", name, when, closing.length - 1);
  return {
    text: closing.length > 99 ? "99+" : String(closing.length),
    color: isUrgent(first, now) ? "urgent" : "soon",
    tooltip,
  };
}

/**
 * The next moment the badge may change by itself (a listing enters the window, turns urgent,
 * closes, or the tooltip's "morgen" becomes "vandaag" at Dutch midnight), or null: when to set
 * the background's refresh alarm. Saving or changing a listing refreshes the badge anyway.
 */
export function nextBadgeChange(
  saved: readonly SavedHead[],
  settings: Pick<Settings, "badgeWindowDays">,
  now: Date,
): Date | null {
  const moments: number[] = [];
  for (const record of saved) {
    const deadlineAt = deadlineOf(record);
    if (!deadlineAt || !isOpenForResponse(record, now)) continue;
    const day = (record.listing.deadline ?? "").slice(0, 10);
    const entersWindow = amsterdamInstant(addDutchDays(day, -settings.badgeWindowDays)).getTime();
    const end = deadlineAt.getTime();
    moments.push(entersWindow, end - DAY_MS, amsterdamInstant(day).getTime(), end + 1);
  }
  if (closingSoon(saved, settings.badgeWindowDays, now).length) {
    moments.push(amsterdamInstant(addDutchDays(amsterdamParts(now).date, 1)).getTime());
  }
  // A loop, not Math.min(...moments): spread into arguments, 40,000 listings overflow the stack (#13).
  let next = Infinity;
  for (const moment of moments) if (moment > now.getTime() && moment < next) next = moment;
  return next === Infinity ? null : new Date(next);
}
