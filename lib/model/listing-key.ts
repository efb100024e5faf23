// The id of a saved listing: its address, normalised so that the same page read twice (with a
// tracking parameter, a #fragment, "www." or a trailing slash) gets the same id.
import type { Listing } from "./listing";

const trackingParam = /^(utm_\w+|gclid|fbclid|msclkid|mc_cid|mc_eid|ref|source)$/i;

export function normaliseUrl(raw: string): string {
  const trimmed = raw.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return trimmed;
  }
  url.hash = "";
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, "");
  for (const name of [...url.searchParams.keys()]) if (trackingParam.test(name)) url.searchParams.delete(name);
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, "");
  return url.toString();
}

/** The canonical address where the page names one, else the address it was read at. */
export function listingKey(listing: Pick<Listing, "url" | "canonicalUrl">): string {
  const canonical = listing.canonicalUrl?.trim();
  return normaliseUrl(canonical ? canonical : listing.url);
}
