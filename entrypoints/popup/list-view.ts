// The popup's three tabs of saved listings. They split the saved listings, so their counts add
// up to the number in the heading, and each says what it holds:
//   Te doen     – status "bewaard" or "nog reageren", and the listing is still open;
//   Gereageerd  – status "gereageerd": waiting for an answer, whatever the closing date;
//   Archief     – "afgewezen" or "gegund", or closed (by the page or the date) without a reaction.
// First closing date first; the archive the most recent first.
import { deadlineInstant } from "../../lib/model/dutch-time";
import { sortByDeadline } from "../../lib/listings/saved-view";
import type { SavedStatus } from "../../lib/model/saved";
import { dayCounter } from "../../lib/schedule/when";
import type { SavedHead } from "../../lib/storage/saved-head";

export const popupTabs = ["todo", "applied", "archive"] as const;
export type PopupTab = (typeof popupTabs)[number];

/** "Binnen een week": the next seven Dutch calendar days, today included (the countdown's "soon"). */
const WEEK_DAYS = 7;

const finalStatuses: readonly SavedStatus[] = ["afgewezen", "gegund"];

/** Whether the listing can no longer be reacted to: the page says closed, or its closing moment passed. */
function isClosed(saved: SavedHead, now: Date, known: Map<string, number>): boolean {
  if (saved.listing.status === "closed") return true;
  const deadline = saved.listing.deadline;
  if (!deadline) return false;
  let ms = known.get(deadline);
  if (ms === undefined) {
    ms = deadlineInstant(deadline).getTime();
    known.set(deadline, ms);
  }
  return ms <= now.getTime();
}

function tabFor(saved: SavedHead, now: Date, known: Map<string, number>): PopupTab {
  if (finalStatuses.includes(saved.status)) return "archive";
  if (saved.status === "gereageerd") return "applied";
  return isClosed(saved, now, known) ? "archive" : "todo";
}

/** The tab a saved listing belongs in now. */
export function tabOf(saved: SavedHead, now: Date): PopupTab {
  return tabFor(saved, now, new Map());
}

export interface PopupListView<T extends SavedHead> {
  /** The listings of the chosen tab, in order, with `extra` ones (see below) in their places. */
  shown: T[];
  /** How many saved listings each tab holds; together every saved listing, once. */
  counts: Record<PopupTab, number>;
  /** Of the "te doen" listings, how many close within a week. */
  closingThisWeek: number;
}

export interface ViewOptions {
  /**
   * Listings to show in this tab although they belong elsewhere now: a status just changed
   * here, or a listing just removed whose undo stands in its place.
   */
  keep?: ReadonlySet<string>;
  /** A listing in the list that no longer counts (just removed; its undo is shown). */
  uncounted?: string | null;
}

/**
 * The chosen tab. Kept listings take their place by closing date like the others, and among
 * equal dates the order of `list`: a listing keeps its place when its status changes, or
 * when it is removed and put back at its index.
 */
export function popupListView<T extends SavedHead>(
  list: readonly T[],
  tab: PopupTab,
  now: Date,
  { keep, uncounted = null }: ViewOptions = {},
): PopupListView<T> {
  const known = new Map<string, number>();
  const daysUntil = dayCounter(now);
  const counts: Record<PopupTab, number> = { todo: 0, applied: 0, archive: 0 };
  let closingThisWeek = 0;
  const inTab: T[] = [];
  for (const saved of list) {
    const where = tabFor(saved, now, known);
    if (where === tab || keep?.has(saved.id)) inTab.push(saved);
    if (saved.id === uncounted) continue;
    counts[where] += 1;
    if (where === "todo" && saved.listing.deadline !== null && daysUntil(saved.listing.deadline) < WEEK_DAYS)
      closingThisWeek += 1;
  }
  // Array sort is stable: equal closing dates and saving moments stay in the list's order.
  const shown = sortByDeadline(inTab, tab === "archive");
  return { shown, counts, closingThisWeek };
}
