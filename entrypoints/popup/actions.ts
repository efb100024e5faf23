// What the popup's controls change: each is one storage update; the popup (and the in-page
// panel) re-render from the storage watcher.
import { currentTime } from "../../lib/browser/clock";
import { updateSaved } from "../../lib/browser/items";
import type { Listing } from "../../lib/extract/schema";
import { listingKey, newSavedListing, type SavedListing, type SavedStatus } from "../../lib/storage/schemas";

export async function saveListing(listing: Listing): Promise<void> {
  const now = await currentTime();
  const id = listingKey(listing);
  await updateSaved((all) => (all.some((s) => s.id === id) ? all : [...all, newSavedListing(listing, now)]));
}

function changeOne(id: string, change: (saved: SavedListing) => SavedListing): Promise<SavedListing[]> {
  return updateSaved((all) => all.map((s) => (s.id === id ? change(s) : s)));
}

export async function setStatus(id: string, status: SavedStatus): Promise<void> {
  await changeOne(id, (s) => ({ ...s, status }));
}

export async function setNote(id: string, note: string): Promise<void> {
  await changeOne(id, (s) => ({ ...s, note }));
}

export async function removeSaved(id: string): Promise<void> {
  await updateSaved((all) => all.filter((s) => s.id !== id));
}

/** Undo of a removal: the record comes back as it was (status, note, overrides). */
export async function restoreSaved(record: SavedListing): Promise<void> {
  await updateSaved((all) => [...all.filter((s) => s.id !== record.id), record]);
}
