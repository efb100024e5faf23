// extractListing: both halves on one Document (Node: the CLI, the tests, the bench). The
// browser runs them apart: the reader in the page, the interpreter and the check in the worker.
import { listingSchema, type Listing } from "../model/listing";
import { failed, interpretReading } from "./interpret";
import { readPage } from "../read/reader";

export interface ExtractOptions {
  url: string;
  now: Date;
}

/** The interpreter's listing, checked against the schema; never throws. */
export function checkedListing(listing: Listing): Listing {
  const parsed = listingSchema.safeParse(listing);
  if (parsed.success) return parsed.data;
  return failed(listing.url, `Ongeldige uitkomst: ${parsed.error.issues[0]?.message ?? "?"}`);
}

/** The listing on this page, validated; never throws. `now` is the moment of viewing. */
export function extractListing(doc: Document, { url, now }: ExtractOptions): Listing {
  return checkedListing(interpretReading(readPage(doc, url).reading, now));
}
