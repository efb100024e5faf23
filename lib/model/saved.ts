// A saved listing: the extracted listing plus what the user keeps with it (status, note, their
// own verdicts). The same schema guards reading from storage (lib/storage/repair.ts), import
// (lib/storage/backup.ts) and the stored versions (lib/storage/migrations.ts).
import { z } from "zod";
import { listingSchema, type Listing } from "./listing";
import { listingKey } from "./listing-key";
import { userVerdicts } from "./verdict";

const isoInstant = z.iso.datetime({ offset: true });

/** Where the user stands with a saved listing. */
export const savedStatus = z.enum(["bewaard", "reageren", "gereageerd", "afgewezen", "gegund"]);
export type SavedStatus = z.infer<typeof savedStatus>;

/** Statuses in which the user still has to act before the deadline. */
export const actionableStatuses: readonly SavedStatus[] = ["bewaard", "reageren"];

export const savedListingSchema = z.object({
  /** `listingKey(listing)`: the normalised canonical URL or URL. */
  id: z.string().min(1),
  listing: listingSchema,
  savedAt: isoInstant,
  status: savedStatus.default("bewaard"),
  note: z.string().default(""),
  /** The user's own verdict per requirement id, overriding the matcher's. */
  overrides: z.record(z.string(), z.enum(userVerdicts)).default(() => ({})),
  /** The last time the page was seen (saved, or opened again). */
  lastSeenAt: isoInstant,
});
export type SavedListing = z.infer<typeof savedListingSchema>;
/** Saved listings as kept in storage (v2): keyed by id. */
export type SavedListings = Record<string, SavedListing>;

/** A new saved record for a listing the user saves now. */
export function newSavedListing(listing: Listing, now: Date): SavedListing {
  const at = now.toISOString();
  return { id: listingKey(listing), listing, savedAt: at, status: "bewaard", note: "", overrides: {}, lastSeenAt: at };
}

/** The saved record after the page was read again: fresh extraction, the user's own fields kept. */
export function refreshSavedListing(saved: SavedListing, listing: Listing, now: Date): SavedListing {
  return { ...saved, listing, lastSeenAt: now.toISOString() };
}
