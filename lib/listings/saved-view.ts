// How the popup lists saved listings: which are still in play, which belong in the archive,
// the filters (open / closing this week / all), and the order (first deadline first).
import { deadlineInstant } from "../extract/time-zone";
import { daysUntil } from "../schedule/when";
import type { ListingHead, SavedHead } from "../storage/saved-head";
import { actionableStatuses, type SavedStatus } from "../storage/schemas";
import { findSameAssignment } from "./same-assignment";
import { normaliseClient } from "./text-tokens";

export const savedFilters = ["open", "week", "all"] as const;
export type SavedFilter = (typeof savedFilters)[number];

/** "This week" is the next seven Dutch calendar days, today included (the countdown's "soon"). */
export const WEEK_DAYS = 7;

/** Statuses that end the hunt for a listing, whatever its deadline. */
const finalStatuses: readonly SavedStatus[] = ["afgewezen", "gegund"];

function deadlinePassed(listing: ListingHead, now: Date): boolean {
  return listing.deadline !== null && deadlineInstant(listing.deadline).getTime() <= now.getTime();
}

/** Archived: the page says closed, the deadline has passed, or the user was rejected or awarded. */
export function isArchived(saved: SavedHead, now: Date): boolean {
  return (
    saved.listing.status === "closed" || deadlinePassed(saved.listing, now) || finalStatuses.includes(saved.status)
  );
}

/** Open: not archived and the user still has to respond (bewaard, reageren); no deadline counts as open. */
export function isOpen(saved: SavedHead, now: Date): boolean {
  return !isArchived(saved, now) && actionableStatuses.includes(saved.status);
}

/** Open and closing within the next WEEK_DAYS Dutch calendar days. */
export function closesThisWeek(saved: SavedHead, now: Date): boolean {
  const deadline = saved.listing.deadline;
  return deadline !== null && isOpen(saved, now) && daysUntil(deadline, now) < WEEK_DAYS;
}

const filterRules: Record<SavedFilter, (saved: SavedHead, now: Date) => boolean> = {
  open: isOpen,
  week: closesThisWeek,
  all: (saved, now) => !isArchived(saved, now),
};

export function matchesFilter(saved: SavedHead, filter: SavedFilter, now: Date): boolean {
  return filterRules[filter](saved, now);
}

function deadlineMs(saved: SavedHead): number | null {
  return saved.listing.deadline ? deadlineInstant(saved.listing.deadline).getTime() : null;
}

/**
 * By deadline, no deadline last; `latestFirst` for the archive (the most recent past first).
 * Equal deadlines: the most recently saved first.
 */
export function sortByDeadline<T extends SavedHead>(list: readonly T[], latestFirst = false): T[] {
  return [...list].sort((a, b) => {
    const da = deadlineMs(a);
    const db = deadlineMs(b);
    if (da === null || db === null) return da === db ? b.savedAt.localeCompare(a.savedAt) : da === null ? 1 : -1;
    if (da !== db) return latestFirst ? db - da : da - db;
    return b.savedAt.localeCompare(a.savedAt);
  });
}

export interface SavedView<T extends SavedHead> {
  /** The listings the filter shows, first deadline first. */
  shown: T[];
  /** Archived listings (always all of them), the most recent deadline first. */
  archive: T[];
  /** How many listings each filter would show. */
  counts: Record<SavedFilter, number>;
}

export function savedView<T extends SavedHead>(list: readonly T[], filter: SavedFilter, now: Date): SavedView<T> {
  const counts = Object.fromEntries(
    savedFilters.map((f) => [f, list.filter((s) => matchesFilter(s, f, now)).length]),
  ) as Record<SavedFilter, number>;
  return {
    shown: sortByDeadline(list.filter((s) => matchesFilter(s, filter, now))),
    archive: sortByDeadline(
      list.filter((s) => isArchived(s, now)),
      true,
    ),
    counts,
  };
}

/**
 * The same assignment at other brokers among the saved listings: never the listing itself, nor
 * a second page of the same broker (a repost there is not "ook bij").
 */
export function alsoElsewhere(listing: ListingHead, saved: readonly SavedHead[]): ListingHead[] {
  return elsewhereAmong(
    listing,
    saved.map((s) => s.listing),
  );
}

function elsewhereAmong(listing: ListingHead, candidates: readonly ListingHead[]): ListingHead[] {
  const others = candidates.filter((other) => other.site === null || other.site !== listing.site);
  return findSameAssignment(listing, others).map((found) => found.other);
}

/**
 * `alsoElsewhere` for many listings at once. The same assignment needs the same client (see
 * same-assignment.ts), so listings are grouped by client first: with 1,000 saved listings the
 * popup compares within a group instead of every pair.
 */
export function elsewhereIndex(saved: readonly SavedHead[]): (listing: ListingHead) => ListingHead[] {
  const byClient = new Map<string, ListingHead[]>();
  for (const { listing } of saved) {
    const client = normaliseClient(listing.client);
    if (client) byClient.set(client, [...(byClient.get(client) ?? []), listing]);
  }
  return (listing) => {
    const client = normaliseClient(listing.client);
    return client ? elsewhereAmong(listing, byClient.get(client) ?? []) : [];
  };
}
