// The user's rate (profile minRate) against the listing's maximum: within it, above it, or not
// comparable (no rate in the profile, no maximum in the listing, another unit: per hour against
// per day is not converted, since a day's hours differ per assignment).
import type { Profile } from "../model/profile";
import type { Rate } from "../model/listing";

export type RateComparison =
  | { kind: "no-own-rate"; max: number | null; currency: string; per: Rate["per"] | null }
  | { kind: "no-max"; own: number; per: NonNullable<Profile["minRate"]>["per"] }
  | { kind: "other-unit"; own: number; ownPer: string; max: number; maxPer: string; currency: string }
  | { kind: "within" | "above"; own: number; max: number; currency: string; per: Rate["per"]; room: number };

export function compareRate(own: Profile["minRate"], rate: Rate | null): RateComparison {
  // Only a maximum counts: "vanaf € 100" says nothing about what the client pays at most.
  const max = rate?.max ?? null;
  if (!own) return { kind: "no-own-rate", max, currency: rate?.currency ?? "EUR", per: rate?.per ?? null };
  if (!rate || max === null) return { kind: "no-max", own: own.amount, per: own.per };
  if (own.per !== rate.per)
    return { kind: "other-unit", own: own.amount, ownPer: own.per, max, maxPer: rate.per, currency: rate.currency };
  const room = max - own.amount;
  return { kind: room >= 0 ? "within" : "above", own: own.amount, max, currency: rate.currency, per: rate.per, room };
}
