// extractListing: the page's listing, read (read-listing.ts) and validated by the zod schema.
// Split so that the content script can read without bundling zod; the worker validates.
import { failed, readListing, type ExtractOptions } from "./read-listing";
import { listingSchema, type Listing } from "../model/listing";

export type { ExtractOptions };

/** The listing on this page, validated; never throws. `now` is the moment of viewing. */
export function extractListing(doc: Document, options: ExtractOptions): Listing {
  const listing = readListing(doc, options);
  const parsed = listingSchema.safeParse(listing);
  if (parsed.success) return parsed.data;
  return failed(options.url, `Ongeldige uitkomst: ${parsed.error.issues[0]?.message ?? "?"}`);
}
