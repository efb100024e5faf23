// The knock-out check of a listing against the profile, or null without a profile.
import type { MatchView } from "../../components/match-types";
import type { Listing } from "../../lib/model/listing";
import type { Lang } from "../../lib/i18n/t";
import type { Profile } from "../../lib/model/profile";
import { matchListing } from "../../lib/match/matcher";
import type { SavedListing } from "../../lib/model/saved";

export function matchOf(
  listing: Listing,
  profile: Profile | null,
  context: { now: Date; lang: Lang; overrides?: SavedListing["overrides"] },
): MatchView | null {
  if (!profile) return null;
  return matchListing(listing, profile, { now: context.now, lang: context.lang, overrides: context.overrides ?? {} });
}
