// What the content script knows about its page: the extraction (done here, in the page) and
// the worker's answer about it (match, saved, settings, texts).
import { browser } from "wxt/browser";
import { currentTime } from "../../lib/browser/clock";
import { readListing } from "../../lib/extract/read-listing";
import type { Listing } from "../../lib/model/listing";
import { registerCatalogs } from "../../lib/i18n/t";
import type { ContentToBackground, PageStateReply } from "../../lib/protocol";

export interface PageState extends PageStateReply {
  listing: Listing;
  now: Date;
}

/** Extracts the page once; the worker is only asked when the page is a listing. */
export async function readPageState(doc: Document, url: string): Promise<PageState | null> {
  const now = await currentTime();
  // User-timing marks: free to set, and how the bench measures the extension's cost on a page.
  performance.mark("opdrachtradar:extract-start");
  const listing = readListing(doc, { url, now });
  performance.mark("opdrachtradar:extract-end");
  if (!listing.isListing) return null;
  return askWorker(listing, now);
}

/** The worker's view of an extraction already made (storage changed, clock ticked). */
export async function askWorker(listing: Listing, now: Date): Promise<PageState> {
  const message: ContentToBackground = { type: "page-state", listing };
  const reply = (await browser.runtime.sendMessage(message)) as PageStateReply;
  registerCatalogs({ [reply.lang]: reply.messages });
  return { ...reply, listing, now };
}
