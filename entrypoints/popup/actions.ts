// What the popup's controls change: each is one storage update; the popup (and the in-page
// panel) re-render from the storage watcher.
import { currentTime } from "../../lib/browser/clock";
import { updateSavedRecord } from "../../lib/browser/items";
import type { Listing } from "../../lib/model/listing";
import { newSavedListing, type SavedListing, type SavedStatus } from "../../lib/model/saved";
import { listingKey } from "../../lib/model/listing-key";

export async function saveListing(listing: Listing): Promise<void> {
  const now = await currentTime();
  await updateSavedRecord(listingKey(listing), (current) => current ?? newSavedListing(listing, now));
}

/** A change to a saved listing; one removed meanwhile (another window) stays removed. */
async function changeOne(id: string, change: (saved: SavedListing) => SavedListing): Promise<void> {
  await updateSavedRecord(id, (current) => (current ? change(current) : null));
}

export async function setStatus(id: string, status: SavedStatus): Promise<void> {
  await changeOne(id, (s) => ({ ...s, status }));
}

export async function setNote(id: string, note: string): Promise<void> {
  await changeOne(id, (s) => ({ ...s, note }));
}

/** Removes a saved listing; returns the record as it was, for undo. */
export async function removeSaved(id: string): Promise<SavedListing | null> {
  return (await updateSavedRecord(id, () => null)).before;
}

/** Undo of a removal: the record comes back as it was (status, note, overrides). */
export async function restoreSaved(record: SavedListing): Promise<void> {
  await updateSavedRecord(record.id, () => record);
}
