// One assignment, several brokers: the Utrecht "procesbegeleider leiderschap & ontwikkeling"
// assignment is on Bij Oranje (max €130) and on KB&P (max €200, "... Gemeente Utrecht").
//
// The rule: two listings are the same assignment when all of these hold
//   1. different pages (their listingKey differs);
//   2. the same client, compared after normalising case, accents and punctuation
//      ("Gemeente Utrecht" = "gemeente  utrecht"); a missing client on either side is not enough;
//   3. similar titles: the Dice coefficient of their title words is at least TITLE_THRESHOLD,
//      after dropping stop words, broker framing ("senior", "interim", "32 uur"), numbers and
//      the words of the client and the locations (KB&P appends "Gemeente Utrecht", Bij Oranje
//      only "Utrecht"); each title must keep at least one word;
//   4. no contradicting dates: where both sides give one, deadlines lie at most
//      MAX_DEADLINE_GAP_DAYS apart (brokers relay the client's deadline, some a day or two
//      earlier), start dates at most MAX_START_GAP_DAYS and publication dates at most
//      MAX_PUBLISHED_GAP_DAYS (a re-run of last year's assignment is a new assignment);
//   5. no contradicting places: where both give a location, they share a word.
// Rates and hours are not compared: brokers differ on exactly those (€130 versus €200).
import type { ListingHead } from "../storage/saved-head";
import { listingKey } from "../model/listing-key";
import { dice, normaliseClient, titleTokens, words } from "./text-tokens";

export const TITLE_THRESHOLD = 0.7;
export const MAX_DEADLINE_GAP_DAYS = 5;
export const MAX_START_GAP_DAYS = 31;
export const MAX_PUBLISHED_GAP_DAYS = 30;

export type SameAssignmentReason = {
  /** The shared client, normalised. */
  client: string;
  /** Dice similarity of the title words, 0..1. */
  titleSimilarity: number;
  /** Days between the deadlines, null where either has none. */
  deadlineGapDays: number | null;
};

const dayMs = 86_400_000;

/** Whole days between two "YYYY-MM-DD[THH:MM]" values (the time is ignored), or null. */
function dayGap(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const ta = Date.parse(`${a.slice(0, 10)}T00:00:00Z`);
  const tb = Date.parse(`${b.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return null;
  return Math.abs(ta - tb) / dayMs;
}

function within(gap: number | null, max: number): boolean {
  return gap === null || gap <= max;
}

function placesAgree(a: string | null, b: string | null): boolean {
  const wa = words(a);
  const wb = new Set(words(b));
  return wa.length === 0 || wb.size === 0 || wa.some((w) => wb.has(w));
}

/** Why `a` and `b` are the same assignment, or null when they are not (see the rule above). */
export function explainSameAssignment(a: ListingHead, b: ListingHead): SameAssignmentReason | null {
  if (listingKey(a) === listingKey(b)) return null;
  const client = normaliseClient(a.client);
  if (client === null || client !== normaliseClient(b.client)) return null;
  const noise = [a.client, a.location, b.client, b.location];
  const titleSimilarity = dice(titleTokens(a.title, noise), titleTokens(b.title, noise));
  if (titleSimilarity < TITLE_THRESHOLD) return null;
  const deadlineGapDays = dayGap(a.deadline, b.deadline);
  if (!within(deadlineGapDays, MAX_DEADLINE_GAP_DAYS)) return null;
  if (!within(dayGap(a.startDate, b.startDate), MAX_START_GAP_DAYS)) return null;
  if (!within(dayGap(a.published, b.published), MAX_PUBLISHED_GAP_DAYS)) return null;
  if (!placesAgree(a.location, b.location)) return null;
  return { client, titleSimilarity, deadlineGapDays };
}

export function isSameAssignment(a: ListingHead, b: ListingHead): boolean {
  return explainSameAssignment(a, b) !== null;
}

/** The other listings that are the same assignment as `listing`, most similar title first. */
export function findSameAssignment<T extends ListingHead>(
  listing: ListingHead,
  others: readonly T[],
): Array<{ other: T; reason: SameAssignmentReason }> {
  const found: Array<{ other: T; reason: SameAssignmentReason }> = [];
  for (const other of others) {
    const reason = explainSameAssignment(listing, other);
    if (reason) found.push({ other, reason });
  }
  return found.sort((x, y) => y.reason.titleSimilarity - x.reason.titleSimilarity);
}
