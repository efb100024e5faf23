// A listing that comes from a page (the content script's message, its reply to the popup) is
// untrusted: the page's scripts share its DOM and may shape what the reader returns. It is
// checked as a whole against the schema, the one way both the worker and the popup accept it.
import { listingSchema, type Listing } from "./listing";

/** The listing when `raw` is a valid Listing of a page that is one; null otherwise. */
export function parsePageListing(raw: unknown): Listing | null {
  const parsed = listingSchema.safeParse(raw);
  return parsed.success && parsed.data.isListing ? parsed.data : null;
}
