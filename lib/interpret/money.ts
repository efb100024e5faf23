// Rates and salaries as Dutch broker pages print them: "Max 130 p/u", "€ 85 - € 105 per uur",
// "maximaal € 9.553,- bruto per maand", "€60k - €75k per jaar"; and as employers abroad print
// salaries: "Annual Salary: $405,000 - $485,000 USD", "$249,860—$324,470 USD", "£53,730 GBP".
import type { Rate } from "../model/listing";
import { NUMBER_PATTERN, parseDutchNumber } from "../dutch/number-format";
import {
  PLAUSIBLE,
  RATE_LABEL,
  SALARY_WORD,
  boundBefore,
  unitAfter,
  unitLabelBefore,
  type RatePer,
} from "../dutch/rate-words";

interface Amount {
  value: number;
  start: number; // including a currency sign before it
  end: number; // including "k", ",-" or a currency word after it
  /** ISO code of the sign or word next to it ("EUR", "USD", "GBP"), null for a bare number */
  currency: string | null;
  /** written with its ISO code after it ("$405,000 USD"): how salaries abroad are printed */
  code: boolean;
  thousands: boolean; // written with "k"
}

export interface RateOptions {
  /** the text is the value of a rate label: a bare number may count */
  labelled?: boolean;
  /** that label ("Max. uurtarief", "Salaris"): its words count as context before the value */
  label?: string;
  /** the page is an hourly assignment (it states hours per week): "€85 - €93" alone is per hour */
  hourly?: boolean;
}

const NUMBER = new RegExp(NUMBER_PATTERN, "g");
const CURRENCY_BEFORE = /(?:€|\beur(?:o)?|\bus\$|\$|£|\b(?:usd|gbp|chf)\b)\s*$/i;
const AFTER_NUMBER = /^\s?(k(?![a-z]))?\s*(€|euros?\b|eur\b|usd\b|gbp\b|chf\b|dollars?\b|pounds?\b)?/i;
// "€ 85 - € 105", "€ 3426,- en maximaal € 4908,-", "$60k to max $70k"
const RANGE_JOIN = /^\s*(?:[-–—]|tot(?:\s+en\s+met)?|t\/m|en|and|to)\s*(?:max(?:imaal|imum)?\.?\s*)?$/i;
const BETWEEN = /(?:tussen|between|min(?:imaal|imum)?\.?)\s*(?:€|eur(?:o)?\b)?\s*$/i;
const WINDOW = 40;
const YEN = /¥\s*$/;

function currencyCode(sign: string): string {
  const s = sign.trim().toLowerCase();
  if (s === "€" || s.startsWith("eur")) return "EUR";
  if (s.includes("$") || s === "usd" || s.startsWith("dollar")) return "USD";
  if (s === "£" || s === "gbp" || s.startsWith("pound")) return "GBP";
  return s.toUpperCase().slice(0, 3);
}

/** Amounts in reading order; numbers glued to words ("G40"), percentages and postcodes are skipped. */
function findAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const at = m.index;
    let end = at + m[0].length;
    if (/[\p{L}\d]/u.test(text[at - 1] ?? "") || /\d/.test(text[end] ?? "")) continue;
    const rest = text.slice(end, end + 12);
    if (/^\s?(?:%|procent)/i.test(rest)) continue;
    if (YEN.test(text.slice(Math.max(0, at - 3), at))) continue;
    if (/^\d{4}$/.test(m[0]) && /^\s?[A-Z]{2}\b/.test(rest)) continue; // a postcode, "3521 AZ"
    const value = parseDutchNumber(m[0]);
    if (value === null) continue;
    const after = AFTER_NUMBER.exec(rest);
    const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, at - 8), at));
    end += after?.[0].trimEnd().length ?? 0;
    const start = before ? at - before[0].length : at;
    const thousands = Boolean(after?.[1]);
    const sign = before?.[0] ?? after?.[2];
    amounts.push({
      value: thousands ? value * 1000 : value,
      start,
      end,
      currency: sign ? currencyCode(sign) : null,
      code: /^[a-z]{3}$/i.test(after?.[2] ?? ""),
      thousands,
    });
  }
  return amounts;
}

/** "€ 85 - € 105", "tussen € 4.000 en € 5.500": is `b` the upper end of a range starting at `a`? */
function joinsRange(text: string, a: Amount, b: Amount): boolean {
  const between = text.slice(a.end, b.start);
  if (!RANGE_JOIN.test(between)) return false;
  // "en"/"and" join a range only after "tussen"/"between"/"minimaal" ("minimaal € 3426,- en maximaal € 4908,-")
  if (/^\s*(?:en|and)\b/i.test(between)) return BETWEEN.test(text.slice(Math.max(0, a.start - 20), a.start));
  return true;
}

/** The unit when nothing names it: only for labelled values, and only where one reading is plausible. */
function unitByMagnitude(value: number, context: string, currency: boolean): RatePer | null {
  if (SALARY_WORD.test(context)) {
    if (value >= 1000 && value <= 20_000) return "month";
    if (value > 20_000 && value <= 1_000_000) return "year";
    return null;
  }
  // Dutch freelance rates are quoted per hour; 20..350 is the hourly band. Between it and 2000 a day
  // rate is as likely as an hourly one, so we say nothing rather than guess. From 2000 up no hourly
  // or daily rate is plausible: it is a monthly salary (DataJobs "minimaal € 3426,- en maximaal
  // € 4908,-" under "Salaris"), above 20 000 a yearly one.
  if (value >= 20 && value <= 350) return "hour";
  if (!currency) return null; // "Tarief: 2025" is a year, not a salary
  if (value >= 2000 && value <= 20_000) return "month";
  if (value > 20_000 && value <= 1_000_000) return "year";
  return null;
}

/**
 * A salary printed the way employers abroad print it, with no unit: "$405,000 - $485,000 USD",
 * "£53,730 GBP", "€60k - €70k". Figures this large with a currency are yearly pay; a budget
 * ("budget € 50.000") has neither the ISO code, the "k" nor a salary word, and is left alone.
 */
function yearlyBySalaryForm(first: Amount, last: Amount, context: string, paragraph: (() => string) | null): boolean {
  if (!first.currency && !last.currency) return false;
  if (last.value < 15_000 || last.value > 1_000_000) return false;
  if (last.code || first.code || last.thousands || SALARY_WORD.test(context) || PAY_WORD.test(context)) return true;
  // "… an annual salary … The range for this role is $100,000 - $720,000." (Netflix): a range of
  // such figures in a paragraph that speaks of salary or compensation
  if (!paragraph) return false;
  const text = paragraph();
  return SALARY_WORD.test(text) || PAY_WORD.test(text);
}

const PAY_WORD = /\bpay\b|compensation/i;
/** How far back a salary word may stand from a range of yearly figures. */
const PARAGRAPH = 400;

function plausible(values: number[], per: RatePer): boolean {
  const [lo, hi] = PLAUSIBLE[per];
  return values.every((v) => v >= lo && v <= hi);
}

function rateAt(
  text: string,
  amounts: Amount[],
  i: number,
  opts: { labelled: boolean; label: string; hourly: boolean },
): { rate: Rate; text: string } | null {
  const labelled = opts.labelled;
  const first = amounts[i];
  if (!first) return null;
  const next = amounts[i + 1];
  const range = next && joinsRange(text, first, next) ? next : null;
  const last = range ?? first;
  const scaled = range && !first.thousands && range.thousands && first.value < 1000; // "60-75k"
  const firstValue = scaled ? first.value * 1000 : first.value;
  const inText = text.slice(Math.max(0, first.start - WINDOW), first.start);
  // the label's words stand before the value: "Max. uurtarief" + "€ 98", "Salaris" + "€ 3.200"
  const before =
    opts.label && text.slice(0, first.start).trim().length <= 25 ? `${opts.label.slice(-WINDOW)}: ${inText}` : inText;
  const after = text.slice(last.end, last.end + WINDOW);
  const unit = unitAfter(after);
  const isLabelled = labelled || RATE_LABEL.test(before);
  const currency = first.currency ?? last.currency;
  const hourlyBand = opts.hourly && currency !== null && last.value >= 20 && last.value <= 350 ? "hour" : null;
  const per =
    unit?.per ??
    unitLabelBefore(before) ??
    (yearlyBySalaryForm(
      first,
      last,
      before + after,
      range ? () => text.slice(Math.max(0, first.start - PARAGRAPH), first.start) : null,
    )
      ? "year"
      : null) ??
    (isLabelled ? unitByMagnitude(last.value, before + after, currency !== null) : null) ??
    hourlyBand;
  if (!per) return null;
  // A bare number needs its unit right after it ("130 p/u") or a label; "25 personen" is no rate.
  if (!currency && !unit && !isLabelled) return null;
  const values = range ? [firstValue, range.value].sort((a, b) => a - b) : [firstValue];
  if (!plausible(values, per)) return null;
  // "max. € 95", "Max. uurtarief: € 98": a single figure after a ceiling word is a maximum
  const inTextBound = range ? null : (boundBefore(inText) ?? boundedLabelBefore(inText));
  const nearLabel = opts.label !== "" && text.slice(0, first.start).trim().length <= 25;
  const bound = range
    ? null
    : inTextBound
      ? { ...inTextBound, fromText: true }
      : nearLabel
        ? labelBound(opts.label)
        : null;
  const min = bound?.kind === "ceiling" ? null : (values[0] ?? null);
  const max = bound?.kind === "floor" ? null : (values[values.length - 1] ?? null);
  const start = Math.max(0, first.start - (bound?.fromText ? bound.length : 0));
  const end = unit ? last.end + unit.end : last.end;
  return { rate: { min, max, currency: currency ?? "EUR", per }, text: text.slice(start, end).trim() };
}

// "Max. uurtarief € 110", "Maximaal tarief: € 95", "Minimum salaris € 3.000" in running text
const BOUNDED_LABEL =
  /\b(max(?:imaal|imum)?|min(?:imaal|imum)?)\.?\s+(?:uur|dag|maand|jaar)?(?:tarief|salaris|loon|rate|salary|pay|vergoeding|budget)\s*[:：]?\s*(?:€|eur(?:o)?\b)?\s*$/i;

function boundedLabelBefore(before: string): { kind: "ceiling" | "floor"; length: number } | null {
  const m = BOUNDED_LABEL.exec(before);
  if (!m?.[1]) return null;
  return { kind: /^max/i.test(m[1]) ? "ceiling" : "floor", length: m[0].length };
}

/** A label that makes its single figure a ceiling or floor: "Max. uurtarief", "Maximaal tarief", "Minimum salaris". */
function labelBound(label: string): { kind: "ceiling" | "floor"; length: number; fromText: false } | null {
  const l = label.trim();
  if (/^(?:max(?:imaal|imum|\.)?|tot|hooguit|up\s+to)\b/i.test(l))
    return { kind: "ceiling", length: 0, fromText: false };
  if (/^(?:min(?:imaal|imum|\.)?|vanaf|from)\b/i.test(l)) return { kind: "floor", length: 0, fromText: false };
  return null;
}

/**
 * The first rate in a text. `labelled` says the text is the value of a rate label, so a bare
 * number without unit may count: 20..350 is read as per hour, 2000..20 000 as a month's salary,
 * more as a year's (salary words near it move the bands); 350..2000 without a unit is null (an
 * hour or a day?). `label` lends its words ("Max. uurtarief" makes a single figure a maximum).
 * `hourly` reads a bare "€85 - €93" as per hour. Salaries in USD/GBP keep their currency.
 * Never throws. For "the page says there is no rate" see statesNoRate.
 */
export function parseRate(text: string, opts: RateOptions = {}): { rate: Rate; text: string } | null {
  const clean = text.slice(0, 200_000).replace(/[\u00a0\u202f\u2009\u200a]/g, " ");
  const amounts = findAmounts(clean);
  const o = { labelled: opts.labelled === true, label: opts.label ?? "", hourly: opts.hourly === true };
  for (let i = 0; i < amounts.length; i++) {
    const found = rateAt(clean, amounts, i, o);
    if (found) return found;
  }
  return null;
}

// "Geen maximum", "n.t.b.", "In consultation", "Marktconform": the page says it gives no figure.
const NO_RATE =
  /^\W{0,3}(?:geen\s+max(?:imum)?(?:\s*(?:tarief|uurtarief))?|geen\s+(?:tarief|uurtarief|salaris(?:indicatie)?)(?:\s+(?:bekend|vermeld|opgegeven))?|n\.?\s?t\.?\s?b\.?|nader\s+te\s+bepalen|nog\s+niet\s+bekend|onbekend|in\s+overleg|op\s+aanvraag|bespreekbaar|marktconform|conform\s+(?:de\s+)?markt|competitief|in\s+consultation|on\s+request|negotiable|to\s+be\s+(?:discussed|agreed|determined|confirmed)|tb[cd]|not\s+(?:disclosed|specified|stated)|undisclosed|competitive|market\s+(?:rate|related|conform)|doe\s+(?:een|je)\s+(?:voorstel|bod)|n\.?\s?v\.?\s?t\.?)\b/i;

/**
 * The phrase when a rate label's value says explicitly that there is no figure ("Maximum tarief:
 * Geen maximum", "Salaris: In consultation", "Tarief: n.t.b.", "Marktconform"), else null. A value
 * with a figure in it ("marktconform (max € 100 p/u)") is no such statement: parseRate reads it.
 * Callers use this to let the visible text beat a JSON-LD baseSalary: rate null, on purpose.
 */
export function statesNoRate(text: string): string | null {
  const t = text
    .slice(0, 300)
    .replace(/[\u00a0\u202f\u2009]/g, " ")
    .trim();
  if (parseRate(t, { labelled: true })) return null;
  const m = NO_RATE.exec(t);
  return m ? m[0].replace(/^\W+/, "").trim() : null;
}
