// matchListing: a Listing against a Profile, per requirement a verdict with a one-line reason in
// the user's language, the listing-level checks, and the tallies per kind.
import type { Requirement } from "../model/listing";
import { t, type Lang } from "../i18n/t";
import { listingChecks, type CheckId, type MatchInput } from "./checks";
import type { Profile } from "../model/profile";
import { requirementFinding } from "./requirement";
import { amsterdamParts } from "../model/dutch-time";
import { quotesText, reasonText } from "./reason-text";
import type { UserVerdict, Verdict } from "../model/verdict";

export type { UserVerdict, Verdict };

export interface RequirementMatch {
  id: string;
  text: string;
  kind: Requirement["kind"];
  verdict: Verdict;
  reason: string;
  /**
   * What in the profile the verdict rests on, quoted for the user ("procesbegeleider, 17 jaar,
   * laatst in 2025"); absent or empty when the profile says nothing on it.
   */
  evidence?: string[];
  overridden: boolean;
}

export interface CheckMatch {
  id: CheckId;
  verdict: "ok" | "problem" | "unknown";
  reason: string;
}

export interface Tally {
  met: number;
  unmet: number;
  unknown: number;
  total: number;
}

export interface MatchResult {
  requirements: RequirementMatch[];
  checks: CheckMatch[];
  summary: { must: Tally; nice: Tally };
}

export interface MatchOptions {
  now: Date;
  lang: Lang;
  overrides?: Record<string, UserVerdict>;
}

export type { MatchInput };

/** The Dutch calendar day of `now`, worked out once per instant (a listing's requirements share it). */
let lastDay = { ms: NaN, day: "" };
function dutchDay(now: Date): string {
  const ms = now.getTime();
  if (ms !== lastDay.ms) lastDay = { ms, day: amsterdamParts(now).date };
  return lastDay.day;
}

function tally(items: RequirementMatch[]): Tally {
  const counts: Tally = { met: 0, unmet: 0, unknown: 0, total: items.length };
  for (const r of items) counts[r.verdict]++;
  return counts;
}

export function matchRequirement(req: Requirement, profile: Profile, options: MatchOptions): RequirementMatch {
  const own = options.overrides?.[req.id];
  const { id, text, kind } = req;
  if (own === "met" || own === "unmet")
    return { id, text, kind, verdict: own, reason: t(options.lang, "match_override"), overridden: true };
  // Years are counted in calendar years: "in de afgelopen 5 jaar" on 2025-11-01 runs back to 2021.
  const found = requirementFinding(text, profile, options.now.getUTCFullYear(), dutchDay(options.now));
  const match: RequirementMatch = {
    id,
    text,
    kind,
    verdict: found.verdict,
    reason: reasonText(options.lang, found.key, found.subs),
    overridden: false,
  };
  if (found.evidence) match.evidence = quotesText(options.lang, found.evidence);
  return match;
}

export function matchListing(listing: MatchInput, profile: Profile, options: MatchOptions): MatchResult {
  const requirements = listing.requirements.map((r) => matchRequirement(r, profile, options));
  const checks = listingChecks(listing, profile, options.now, options.lang).map((c) => ({
    id: c.id,
    verdict: c.verdict,
    reason: t(options.lang, c.key, ...c.subs),
  }));
  return {
    requirements,
    checks,
    summary: {
      must: tally(requirements.filter((r) => r.kind === "must")),
      nice: tally(requirements.filter((r) => r.kind === "nice")),
    },
  };
}
