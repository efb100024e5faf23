// The head of a saved listing: everything the saved list, the filters, "ook bij" and the
// reminders need, without the requirements and the provenance (most of a record's bytes). The
// heads of all saved listings are kept together in one small index, so the popup can list
// 1,000 saved listings without reading 2 MB of records (see saved-layout.ts).
import { z } from "zod";
import * as zm from "zod/mini";
import { listingSchema, type Listing } from "../extract/schema";
import { savedListingSchema, type SavedListing } from "./schemas";

const listingHeadMask = {
  title: true,
  client: true,
  location: true,
  rate: true,
  hoursPerWeek: true,
  startDate: true,
  endDate: true,
  published: true,
  deadline: true,
  status: true,
  url: true,
  canonicalUrl: true,
  site: true,
} as const;

export const listingHeadSchema = zm.pick(listingSchema, listingHeadMask);
export type ListingHead = Pick<Listing, keyof typeof listingHeadMask>;

export const savedHeadSchema = z.object({
  ...savedListingSchema.pick({ id: true, savedAt: true, status: true, note: true }).shape,
  listing: listingHeadSchema,
});
/** A full SavedListing is also a SavedHead, so the pure list functions take either. */
export type SavedHead = Pick<SavedListing, "id" | "savedAt" | "status" | "note"> & { listing: ListingHead };

/** The head of a full record (a new object: the record itself is left alone). */
export function headOf(saved: SavedListing): SavedHead {
  const { listing } = saved;
  const head = {} as Record<keyof ListingHead, unknown>;
  for (const field of Object.keys(listingHeadMask) as Array<keyof ListingHead>) head[field] = listing[field];
  return { id: saved.id, savedAt: saved.savedAt, status: saved.status, note: saved.note, listing: head as ListingHead };
}
