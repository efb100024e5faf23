// Rates and salaries as Dutch broker pages print them: "Max 130 p/u", "€ 85 - € 105 per uur",
// "maximaal € 9.553,- bruto per maand", "€60k - €75k per jaar".
import type { Rate } from "../model/listing";
import { NUMBER_PATTERN, parseDutchNumber } from "./dutch-number";
import {
  PLAUSIBLE,
  RATE_LABEL,
  SALARY_WORD,
  boundBefore,
  unitAfter,
  unitLabelBefore,
  type RatePer,
} from "./rate-words";

interface Amount {
  value: number;
  start: number; // including a currency sign before it
  end: number; // including "k", ",-" or a currency word after it
  currency: boolean;
  thousands: boolean; // written with "k"
}

const NUMBER = new RegExp(NUMBER_PATTERN, "g");
const CURRENCY_BEFORE = /(?:€|\beur(?:o)?)\s*$/i;
const AFTER_NUMBER = /^\s?(k(?![a-z]))?\s*(€|euro\b|eur\b)?/i;
const RANGE_JOIN = /^\s*(?:[-–—]|tot(?:\s+en\s+met)?|t\/m|en|and|to)\s*$/i;
const BETWEEN = /(?:tussen|between)\s*(?:€|eur(?:o)?\b)?\s*$/i;
const WINDOW = 40;
const FOREIGN = /(?:[$£¥]|\b(?:usd|gbp|chf))\s*$/i;

/** Amounts in reading order; numbers glued to words ("G40"), percentages and postcodes are skipped. */
function findAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const at = m.index;
    let end = at + m[0].length;
    if (/[\p{L}\d]/u.test(text[at - 1] ?? "") || /\d/.test(text[end] ?? "")) continue;
    const rest = text.slice(end, end + 12);
    if (/^\s?(?:%|procent)/i.test(rest)) continue;
    if (FOREIGN.test(text.slice(Math.max(0, at - 5), at)) || /^\s?(?:usd|gbp|chf|dollar)/i.test(rest)) continue;
    if (/^\d{4}$/.test(m[0]) && /^\s?[A-Z]{2}\b/.test(rest)) continue; // a postcode, "3521 AZ"
    const value = parseDutchNumber(m[0]);
    if (value === null) continue;
    const after = AFTER_NUMBER.exec(rest);
    const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, at - 8), at));
    end += after?.[0].trimEnd().length ?? 0;
    const start = before ? at - before[0].length : at;
    const thousands = Boolean(after?.[1]);
    amounts.push({
      value: thousands ? value * 1000 : value,
      start,
      end,
      currency: Boolean(before ?? after?.[2]),
      thousands,
    });
  }
  return amounts;
}

/** "€ 85 - € 105", "tussen € 4.000 en € 5.500": is `b` the upper end of a range starting at `a`? */
function joinsRange(text: string, a: Amount, b: Amount): boolean {
  const between = text.slice(a.end, b.start);
  if (!RANGE_JOIN.test(between)) return false;
  if (/^\s*(?:en|and)\s*$/i.test(between)) return BETWEEN.test(text.slice(Math.max(0, a.start - 20), a.start));
  return true;
}

/** The unit when nothing names it: only for labelled values, and only where one reading is plausible. */
function unitByMagnitude(value: number, context: string): RatePer | null {
  if (SALARY_WORD.test(context)) {
    if (value >= 1000 && value <= 20_000) return "month";
    if (value > 20_000 && value <= 300_000) return "year";
    return null;
  }
  // Dutch freelance rates are quoted per hour; 20..350 is the hourly band. Above it a day rate is as
  // likely as an hourly one, so we say nothing rather than guess.
  return value >= 20 && value <= 350 ? "hour" : null;
}

function plausible(values: number[], per: RatePer): boolean {
  const [lo, hi] = PLAUSIBLE[per];
  return values.every((v) => v >= lo && v <= hi);
}

function rateAt(text: string, amounts: Amount[], i: number, labelled: boolean): { rate: Rate; text: string } | null {
  const first = amounts[i];
  if (!first) return null;
  const next = amounts[i + 1];
  const range = next && joinsRange(text, first, next) ? next : null;
  const last = range ?? first;
  const scaled = range && !first.thousands && range.thousands && first.value < 1000; // "60-75k"
  const firstValue = scaled ? first.value * 1000 : first.value;
  const before = text.slice(Math.max(0, first.start - WINDOW), first.start);
  const unit = unitAfter(text.slice(last.end, last.end + WINDOW));
  const isLabelled = labelled || RATE_LABEL.test(before);
  const per =
    unit?.per ??
    unitLabelBefore(before) ??
    (isLabelled ? unitByMagnitude(last.value, before + text.slice(last.end, last.end + WINDOW)) : null);
  if (!per) return null;
  // A bare number needs its unit right after it ("130 p/u") or a label; "25 personen" is no rate.
  if (!first.currency && !last.currency && !unit && !isLabelled) return null;
  const values = range ? [firstValue, range.value].sort((a, b) => a - b) : [firstValue];
  if (!plausible(values, per)) return null;
  const bound = range ? null : boundBefore(before);
  const min = bound?.kind === "ceiling" ? null : (values[0] ?? null);
  const max = bound?.kind === "floor" ? null : (values[values.length - 1] ?? null);
  const start = first.start - (bound?.length ?? 0);
  const end = unit ? last.end + unit.end : last.end;
  return { rate: { min, max, currency: "EUR", per }, text: text.slice(start, end).trim() };
}

/**
 * The first rate in a text. `labelled` says the text is the value of a rate label, so a bare
 * number without unit may count: 20..350 is read as per hour (or as a monthly/yearly salary when
 * salary words stand near it); anything else without a unit is null. Never throws.
 */
export function parseRate(text: string, opts: { labelled?: boolean } = {}): { rate: Rate; text: string } | null {
  const clean = text.replace(/[\u00a0\u202f\u2009]/g, " ");
  const amounts = findAmounts(clean);
  for (let i = 0; i < amounts.length; i++) {
    const found = rateAt(clean, amounts, i, opts.labelled === true);
    if (found) return found;
  }
  return null;
}
