// A maximum rate stated inside a requirement ("Het maximale uurtarief bedraagt € 100,- excl.
// btw") against the profile's minimum rate, both per hour (8 hours a day, 160 a month).
import type { Profile } from "../model/profile";
import { HOURS_PER } from "./checks";
import { finding, quote, quoted, type Finding } from "./verdict";

export const RATE_WORDS = /tarief/;
const AMOUNT =
  /(?:€|\beur\b|\beuro\b)\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{2}))?(?:,-)?|\b(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{2}))?\s*(?:euro|eur)\b/;
const CEILING = /\bmax(?:imaal|imum|imale)?\b|\bniet hoger dan\b|\bten hoogste\b|\bhoogstens\b|\bplafond\b/;
const FLOOR = /\bvanaf\b|\bminimaal\b|\bminimum\b|\bten minste\b/;
const PER: Array<[RegExp, keyof typeof HOURS_PER]> = [
  [/\bper uur\b|\buurtarief\b|\/\s?uur\b|\bp\/u\b/, "hour"],
  [/\bper dag\b|\bdagtarief\b/, "day"],
  [/\bper maand\b|\bmaandtarief\b/, "month"],
];

export interface RateAsk {
  max: number;
  per: keyof typeof HOURS_PER;
}

/** A ceiling (or a fixed rate) with its unit; null when the claim states no amount, a floor, or no unit. */
export function parseRateAsk(claim: string): RateAsk | null {
  if (!RATE_WORDS.test(claim) || FLOOR.test(claim)) return null;
  const m = AMOUNT.exec(claim);
  if (!m) return null;
  const whole = (m[1] ?? m[3])!.replace(/\./g, "");
  const cents = m[2] ?? m[4];
  const max = Number(whole) + (cents ? Number(cents) / 100 : 0);
  const per = PER.find(([re]) => re.test(claim))?.[1];
  if (!per) return null;
  return CEILING.test(claim) || /\btarief (?:is|bedraagt|van)\b/.test(claim) ? { max, per } : null;
}

export function rateFinding(ask: RateAsk, profile: Profile): Finding {
  const min = profile.minRate;
  const asked = { money: ask.max, per: ask.per };
  if (!min) return finding("unknown", "match_rate_ask_none", asked);
  const ok = min.amount / HOURS_PER[min.per] <= ask.max / HOURS_PER[ask.per];
  const yours = { money: min.amount, per: min.per };
  return quoted(
    finding(ok ? "met" : "unmet", ok ? "match_rate_ask_met" : "match_rate_ask_unmet", asked, yours),
    quote("match_ev_rate", yours),
  );
}
