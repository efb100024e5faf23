// Which saved listings still ask something of the user: the shared filter for reminders, the
// badge and the calendar export.
import { deadlineInstant } from "../model/dutch-time";
import type { SavedHead } from "../storage/saved-head";
import { actionableStatuses } from "../model/saved";

/** The deadline's instant (a date-only deadline ends at 23:59:59.999 Dutch time), or null. */
export function deadlineOf(saved: SavedHead): Date | null {
  return saved.listing.deadline ? deadlineInstant(saved.listing.deadline) : null;
}

/**
 * Open for a response: a deadline that has not passed, the page not closed, and the user has
 * not yet applied, been rejected or been awarded it.
 */
export function isOpenForResponse(saved: SavedHead, now: Date): boolean {
  if (saved.listing.status === "closed" || !actionableStatuses.includes(saved.status)) return false;
  const deadline = deadlineOf(saved);
  return deadline !== null && deadline.getTime() > now.getTime();
}
