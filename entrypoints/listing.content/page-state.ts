// What the content script knows about the page it runs on, computed from the page, storage
// and the clock: the extraction, the match against the profile, and the user's settings.
import { extractListing } from "../../lib/extract/listing";
import type { Listing } from "../../lib/extract/schema";
import { loadProfile, loadSaved, loadSettings } from "../../lib/browser/items";
import { currentTime } from "../../lib/browser/clock";
import { matchListing } from "../../lib/match/matcher";
import type { Lang } from "../../lib/i18n/t";
import { resolveLang } from "../../lib/schedule/lang";
import { listingKey, type SavedListing, type Settings } from "../../lib/storage/schemas";
import type { MatchView } from "../../components/match-types";
import { browser } from "wxt/browser";

export interface PageState {
  listing: Listing;
  match: MatchView | null;
  saved: SavedListing | null;
  settings: Settings;
  lang: Lang;
  now: Date;
}

/** Extracts the page once; storage is only read when the page is a listing. */
export async function readPageState(doc: Document, url: string): Promise<PageState | null> {
  const now = await currentTime();
  // User-timing marks: free to set, and how the bench measures the extension's cost on a page.
  performance.mark("opdrachtradar:extract-start");
  const listing = extractListing(doc, { url, now });
  performance.mark("opdrachtradar:extract-end");
  if (!listing.isListing) return null;
  return withStorage(listing, now);
}

/** The match again, for an extraction already made (storage changed, clock ticked). */
export async function withStorage(listing: Listing, now: Date): Promise<PageState> {
  const [{ profile }, { listings }, { settings }] = await Promise.all([loadProfile(), loadSaved(), loadSettings()]);
  const lang = resolveLang(settings.lang, browser.i18n.getUILanguage());
  const saved = listings.find((s) => s.id === listingKey(listing)) ?? null;
  const match = profile ? matchListing(listing, profile, { now, lang, overrides: saved?.overrides ?? {} }) : null;
  return { listing, match, saved, settings, lang, now };
}
