// Listing-level checks against the profile: rate, hours, start, deadline, location.
// Rates are compared per hour: a day is 8 hours, a month 160 hours (40 × 4), a year 12 months.
import { deadlineInstant } from "../model/dutch-time";
import type { Listing } from "../model/listing";

export type MatchInput = Pick<
  Listing,
  "requirements" | "rate" | "hoursPerWeek" | "startDate" | "deadline" | "location"
>;
import type { Profile } from "../model/profile";
import { PROVINCES, PROVINCE_OF_CITY } from "./places";
import type { Lang } from "../i18n/t";
import { memo, normalize } from "./text";
import { formatDay, formatHourSpan } from "../format/facts";
import { moneyPer } from "./reason-text";

export type CheckId = "rate" | "hours" | "start" | "deadline" | "location";
export interface CheckFinding {
  id: CheckId;
  verdict: "ok" | "problem" | "unknown";
  key: string;
  subs: Array<string | number>;
}

export const HOURS_PER: Record<"hour" | "day" | "month" | "year", number> = { hour: 1, day: 8, month: 160, year: 1920 };
const check = (
  id: CheckId,
  verdict: CheckFinding["verdict"],
  key: string,
  ...subs: Array<string | number>
): CheckFinding => ({ id, verdict, key, subs });
const perHour = (amount: number, per: keyof typeof HOURS_PER) => amount / HOURS_PER[per];

export function rateCheck(listing: MatchInput, profile: Profile, lang: Lang): CheckFinding {
  const rate = listing.rate;
  const min = profile.minRate;
  if (!min) return check("rate", "unknown", "match_rate_no_profile");
  if (!rate || (rate.max === null && rate.min === null)) return check("rate", "unknown", "match_rate_no_listing");
  const wanted = perHour(min.amount, min.per);
  const yours = moneyPer(min.amount, min.per, lang);
  if (rate.max !== null) {
    const ok = perHour(rate.max, rate.per) >= wanted;
    return check(
      "rate",
      ok ? "ok" : "problem",
      ok ? "match_rate_ok" : "match_rate_low",
      moneyPer(rate.max, rate.per, lang),
      yours,
    );
  }
  // Only a floor ("vanaf € 90"): fine when the floor already reaches the user's minimum.
  const floor = rate.min!;
  if (perHour(floor, rate.per) >= wanted)
    return check("rate", "ok", "match_rate_ok", moneyPer(floor, rate.per, lang), yours);
  return check("rate", "unknown", "match_rate_from", moneyPer(floor, rate.per, lang), yours);
}

export function hoursCheck(listing: MatchInput, profile: Profile, lang: Lang = "nl"): CheckFinding {
  const asked = listing.hoursPerWeek;
  const can = profile.hoursPerWeek;
  if (!can) return check("hours", "unknown", "match_hours_no_profile");
  if (!asked) return check("hours", "unknown", "match_hours_no_listing");
  const overlap = asked.min <= can.max && can.min <= asked.max;
  return check(
    "hours",
    overlap ? "ok" : "problem",
    overlap ? "match_hours_ok" : "match_hours_outside",
    formatHourSpan(asked, lang),
    formatHourSpan(can, lang),
  );
}

export function startCheck(listing: MatchInput, profile: Profile, lang: Lang = "nl"): CheckFinding {
  if (!listing.startDate) return check("start", "unknown", "match_start_no_listing");
  const start = formatDay(listing.startDate, lang);
  if (!profile.availableFrom) return check("start", "unknown", "match_start_no_profile", start);
  const ok = listing.startDate >= profile.availableFrom;
  return check(
    "start",
    ok ? "ok" : "problem",
    ok ? "match_start_ok" : "match_start_early",
    start,
    formatDay(profile.availableFrom, lang),
  );
}

// Remembered per deadline: every match asks for the deadline's instant again, and a listing's
// deadline rarely changes.
const deadlineMs = memo((deadline: string) => deadlineInstant(deadline).getTime());

export function deadlineCheck(listing: MatchInput, now: Date, lang: Lang = "nl"): CheckFinding {
  if (!listing.deadline) return check("deadline", "unknown", "match_deadline_none");
  const passed = deadlineMs(listing.deadline) < now.getTime();
  return check(
    "deadline",
    passed ? "problem" : "ok",
    passed ? "match_deadline_passed" : "match_deadline_open",
    formatDay(listing.deadline, lang),
  );
}

// Place names by first letter, longest first. A location is short: looking its words up here
// costs less than compiling one regex of every name did on a process's first match.
const isLetter = (c: string | undefined) => c !== undefined && c >= "a" && c <= "z";
const PLACES_BY_FIRST = new Map<string, string[]>();
for (const name of [...new Set([...PROVINCE_OF_CITY.keys(), ...PROVINCES])].sort((a, b) => b.length - a.length))
  PLACES_BY_FIRST.set(name[0]!, [...(PLACES_BY_FIRST.get(name[0]!) ?? []), name]);

/** Place names in a normalized text, left to right, each the longest that stands as a whole word. */
function placeNames(text: string): string[] {
  const names: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (isLetter(text[i - 1])) continue;
    const name = PLACES_BY_FIRST.get(text[i]!)?.find((n) => text.startsWith(n, i) && !isLetter(text[i + n.length]));
    if (name) {
      names.push(name);
      i += name.length - 1;
    }
  }
  return names;
}

/** The provinces and places a location text names ("Stadsplateau 1, 3521 AZ Utrecht"). */
const placesIn = memo(function placesIn(text: string): { places: string[]; provinces: string[] } {
  const names = placeNames(normalize(text));
  const places = names.filter((n) => PROVINCE_OF_CITY.has(n));
  const provinces = [
    ...new Set([...names.filter((n) => PROVINCES.includes(n)), ...places.map((p) => PROVINCE_OF_CITY.get(p)!)]),
  ];
  return { places, provinces };
});

export function locationCheck(listing: MatchInput, profile: Profile): CheckFinding {
  if (!listing.location) return check("location", "unknown", "match_location_none");
  if (profile.regions.length === 0) return check("location", "unknown", "match_location_no_regions", listing.location);
  if (/remote|thuis|op afstand|hybride/i.test(listing.location))
    return check("location", "ok", "match_location_remote", listing.location);
  const where = placesIn(listing.location);
  // A region that is a province name ("Utrecht", "Groningen") is read as the province.
  const hit = profile.regions.find((region) => {
    const name = normalize(region).replace(/^provincie /, "");
    if (PROVINCES.includes(name)) return where.provinces.includes(name);
    const w = placesIn(region);
    return w.places.some((p) => where.places.includes(p));
  });
  if (hit) return check("location", "ok", "match_location_ok", listing.location, hit);
  if (where.provinces.length === 0) return check("location", "unknown", "match_location_unplaced", listing.location);
  return check("location", "problem", "match_location_outside", listing.location, profile.regions.join(", "));
}

export function listingChecks(listing: MatchInput, profile: Profile, now: Date, lang: Lang): CheckFinding[] {
  return [
    rateCheck(listing, profile, lang),
    hoursCheck(listing, profile, lang),
    startCheck(listing, profile, lang),
    deadlineCheck(listing, now, lang),
    locationCheck(listing, profile),
  ];
}
