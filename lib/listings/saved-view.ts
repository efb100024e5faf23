// How the popup lists saved listings: which are still in play, which belong in the archive,
// the filters (open / closing this week / all), and the order (first deadline first).
import { deadlineInstant } from "../model/dutch-time";
import { dayCounter } from "../schedule/when";
import type { ListingHead, SavedHead } from "../storage/saved-head";
import { actionableStatuses, type SavedStatus } from "../model/saved";
import { findSameAssignment } from "./same-assignment";
import { normaliseClient } from "./text-tokens";

export const savedFilters = ["open", "week", "all"] as const;
export type SavedFilter = (typeof savedFilters)[number];

/** "This week" is the next seven Dutch calendar days, today included (the countdown's "soon"). */
export const WEEK_DAYS = 7;

/** Statuses that end the hunt for a listing, whatever its deadline. */
const finalStatuses: readonly SavedStatus[] = ["afgewezen", "gegund"];

function deadlineMs(saved: SavedHead, known?: Map<string, number>): number | null {
  const deadline = saved.listing.deadline;
  if (!deadline) return null;
  let ms = known?.get(deadline);
  if (ms === undefined) {
    ms = deadlineInstant(deadline).getTime();
    known?.set(deadline, ms);
  }
  return ms;
}

interface Classified {
  deadlineMs: number | null;
  archived: boolean;
  filters: Record<SavedFilter, boolean>;
}

/**
 * Where a saved listing belongs, with its deadline worked out once: with 1,000 saved listings
 * the popup classifies each once instead of once per filter and per comparison in a sort.
 */
function classify(saved: SavedHead, now: Date, daysUntil = dayCounter(now), known?: Map<string, number>): Classified {
  const deadline = deadlineMs(saved, known);
  // Archived: the page says closed, the deadline has passed, or the user was rejected or awarded.
  const archived =
    saved.listing.status === "closed" ||
    (deadline !== null && deadline <= now.getTime()) ||
    finalStatuses.includes(saved.status);
  // Open: not archived and the user still has to respond (bewaard, reageren); no deadline counts as open.
  const open = !archived && actionableStatuses.includes(saved.status);
  // This week: open and closing within the next WEEK_DAYS Dutch calendar days.
  const week = open && saved.listing.deadline !== null && daysUntil(saved.listing.deadline) < WEEK_DAYS;
  return { deadlineMs: deadline, archived, filters: { open, week, all: !archived } };
}

export function isArchived(saved: SavedHead, now: Date): boolean {
  return classify(saved, now).archived;
}

export function isOpen(saved: SavedHead, now: Date): boolean {
  return classify(saved, now).filters.open;
}

export function closesThisWeek(saved: SavedHead, now: Date): boolean {
  return classify(saved, now).filters.week;
}

export function matchesFilter(saved: SavedHead, filter: SavedFilter, now: Date): boolean {
  return classify(saved, now).filters[filter];
}

type WithDeadline<T> = { saved: T; deadlineMs: number | null };

/** Later first. ISO instants sort as plain strings (localeCompare would start up ICU collation). */
const laterSavedFirst = (a: SavedHead, b: SavedHead) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0);

function byDeadline<T extends SavedHead>(list: WithDeadline<T>[], latestFirst: boolean): T[] {
  return list
    .sort((a, b) => {
      const da = a.deadlineMs;
      const db = b.deadlineMs;
      if (da === null || db === null) return da === db ? laterSavedFirst(a.saved, b.saved) : da === null ? 1 : -1;
      if (da !== db) return latestFirst ? db - da : da - db;
      return laterSavedFirst(a.saved, b.saved);
    })
    .map((entry) => entry.saved);
}

/**
 * By deadline, no deadline last; `latestFirst` for the archive (the most recent past first).
 * Equal deadlines: the most recently saved first.
 */
export function sortByDeadline<T extends SavedHead>(list: readonly T[], latestFirst = false): T[] {
  const known = new Map<string, number>();
  return byDeadline(
    list.map((saved) => ({ saved, deadlineMs: deadlineMs(saved, known) })),
    latestFirst,
  );
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
  const daysUntil = dayCounter(now);
  // Deadlines repeat (many listings close on the same day): each is worked out once.
  const known = new Map<string, number>();
  const classified = list.map((saved) => ({ saved, ...classify(saved, now, daysUntil, known) }));
  const counts = Object.fromEntries(
    savedFilters.map((f) => [f, classified.filter((c) => c.filters[f]).length]),
  ) as Record<SavedFilter, number>;
  return {
    shown: byDeadline(
      classified.filter((c) => c.filters[filter]),
      false,
    ),
    archive: byDeadline(
      classified.filter((c) => c.archived),
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
  // Many listings share a client: each spelling is normalised once.
  const normalised = new Map<string | null, string | null>();
  const clientOf = (listing: ListingHead) => {
    if (!normalised.has(listing.client)) normalised.set(listing.client, normaliseClient(listing.client));
    return normalised.get(listing.client) ?? null;
  };
  const byClient = new Map<string, ListingHead[]>();
  for (const { listing } of saved) {
    const client = clientOf(listing);
    if (!client) continue;
    const group = byClient.get(client);
    if (group) group.push(listing);
    else byClient.set(client, [listing]);
  }
  return (listing) => {
    const client = clientOf(listing);
    return client ? elsewhereAmong(listing, byClient.get(client) ?? []) : [];
  };
}
