// What the popup's controls change: each is one storage update through the record commands
// (lib/saved/commands.ts, shared with the in-page panel); the popup (and the panel) re-render
// from the storage watcher.
import { currentTime } from "../../lib/browser/clock";
import { updateSavedRecord, updateSettings } from "../../lib/browser/items";
import type { Listing } from "../../lib/model/listing";
import type { SavedListing, SavedStatus } from "../../lib/model/saved";
import { listingKey } from "../../lib/model/listing-key";
import * as commands from "../../lib/saved/commands";

export async function saveListing(listing: Listing): Promise<void> {
  const now = await currentTime();
  await updateSavedRecord(listingKey(listing), (current) => commands.saveListing(current, listing, now));
}

export async function setStatus(id: string, status: SavedStatus): Promise<void> {
  await updateSavedRecord(id, (current) => commands.setStatus(current, status));
}

export async function setNote(id: string, note: string): Promise<void> {
  await updateSavedRecord(id, (current) => commands.setNote(current, note));
}

/** Removes a saved listing; returns the record as it was, for undo. */
export async function removeSaved(id: string): Promise<SavedListing | null> {
  return (await updateSavedRecord(id, commands.removeListing)).before;
}

/** Undo of a removal: the record comes back as it was (status, note, overrides). */
export async function restoreSaved(record: SavedListing): Promise<void> {
  await updateSavedRecord(record.id, (current) => commands.restoreRecord(current, record));
}

/** Panel and marks back on a site the user switched them off on; its tabs redraw from the storage change. */
export async function turnOnSite(host: string): Promise<void> {
  await updateSettings((settings) => ({
    ...settings,
    disabledSites: settings.disabledSites.filter((h) => h !== host),
  }));
}
