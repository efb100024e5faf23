// What the user does to a saved listing, as pure commands on one record: each takes the record
// as storage holds it now (null when the listing is not saved) and returns the record to store
// (null: not saved). The worker (the in-page panel's buttons) and the popup both run them
// through `updateSavedRecord(id, (current) => command(current, ...))`, so the two cannot drift.
//
// A command that changes nothing returns `current` itself: updateSavedRecord then writes nothing.
import type { Listing } from "../model/listing";
import { newSavedListing, type SavedListing, type SavedStatus } from "../model/saved";
import type { VerdictOverride } from "../model/verdict";

/** The panel's bookmark button: saves a listing not saved yet, unsaves a saved one. */
export function toggleSaved(current: SavedListing | null, listing: Listing, now: Date): SavedListing | null {
  return current ? null : newSavedListing(listing, now);
}

/**
 * The popup's save button: a new record, or the saved one left as it is (status, note, overrides
 * and the listing as first saved; lastSeenAt is not moved).
 */
export function saveListing(current: SavedListing | null, listing: Listing, now: Date): SavedListing | null {
  return current ?? newSavedListing(listing, now);
}

/**
 * The user's own verdict on one requirement. Overriding on a listing not saved yet saves it,
 * so the verdict is kept.
 */
export function overrideVerdict(
  current: SavedListing | null,
  listing: Listing,
  requirementId: string,
  verdict: VerdictOverride,
  now: Date,
): SavedListing | null {
  const existing = current ?? newSavedListing(listing, now);
  const overrides = { ...existing.overrides };
  if (verdict === null) delete overrides[requirementId];
  else overrides[requirementId] = verdict;
  return { ...existing, overrides };
}

/** A new status; a listing removed meanwhile (in another window) stays removed. */
export function setStatus(current: SavedListing | null, status: SavedStatus): SavedListing | null {
  return current ? { ...current, status } : null;
}

/** A new note; a listing removed meanwhile stays removed. */
export function setNote(current: SavedListing | null, note: string): SavedListing | null {
  return current ? { ...current, note } : null;
}

/** Unsaves a listing (updateSavedRecord returns the record as it was, for undo). */
export function removeListing(_current: SavedListing | null): SavedListing | null {
  return null;
}

/** Undo of a removal: the record comes back as it was (status, note, overrides, dates). */
export function restoreRecord(_current: SavedListing | null, record: SavedListing): SavedListing | null {
  return record;
}
