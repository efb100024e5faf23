// The words around an amount that say what it is: its unit, whether it is a ceiling or a floor,
// and whether a rate label stands before it. Each pattern is anchored and bounded (no backtracking
// blow-up); the callers hand them a short window of text next to the amount.
import type { Rate } from "../model/listing";

export type RatePer = Rate["per"];

const UNIT_AFTER: [RatePer, RegExp][] = [
  [
    "hour",
    /^(?:per\s+uur|per\s+u\b|p\s?\/\s?u\b|p\.u\.?|\/\s*uur|\/\s*u\b|per\s+hour|an?\s+hour|\/\s*h(?:r|our)?\b|uurtarief)/i,
  ],
  ["day", /^(?:per\s+dag|p\s?\/\s?d\b|p\.d\.?|\/\s*dag|per\s+day|a\s+day|\/\s*day|dagtarief)/i],
  [
    "month",
    /^(?:per\s+maand|per\s+mnd|p\s?\/\s?m\b|p\.m\.?|\/\s*maand|\/\s*mnd|per\s+month|a\s+month|\/\s*month|maandelijks)/i,
  ],
  [
    "year",
    /^(?:per\s+jaar|p\s?\/\s?j\b|p\.j\.?|\/\s*jaar|per\s+year|a\s+year|\/\s*year|per\s+annum|p\.a\.|jaarlijks)/i,
  ],
];

const UNIT_LABEL_BEFORE: [RatePer, RegExp][] = [
  ["hour", /(?:uurtarief|uurloon|tarief\s+per\s+uur|hourly\s+rate)\b/i],
  ["day", /(?:dagtarief|tarief\s+per\s+dag|daily\s+rate|day\s+rate)\b/i],
  ["month", /(?:maandsalaris|maandloon|salaris\s+per\s+maand|monthly\s+salary)\b/i],
  ["year", /(?:jaarsalaris|jaarinkomen|salaris\s+per\s+jaar|annual\s+salary|yearly\s+salary)\b/i],
];

/** Words that may stand between an amount and its unit: "€ 95,- excl. btw per uur", "9.553,- bruto per maand". */
const FILLER =
  /^\s*(?:,-{1,2}|\.-|euro\b|eur\b|€|excl\.?|exclusief|incl\.?|inclusief|btw\b|bruto\b|netto\b|ex\.?|[(),:])/i;

/** The unit written right after an amount, and where it ends in `after`. */
export function unitAfter(after: string): { per: RatePer; end: number } | null {
  let rest = after;
  for (let i = 0; i < 6; i++) {
    const filler = FILLER.exec(rest);
    if (!filler) break;
    rest = rest.slice(filler[0].length);
  }
  const skipped = after.length - rest.length;
  const spaced = /^\s*/.exec(rest)?.[0].length ?? 0;
  for (const [per, pattern] of UNIT_AFTER) {
    const m = pattern.exec(rest.slice(spaced));
    if (m) return { per, end: skipped + spaced + m[0].length };
  }
  return null;
}

/** A unit named by a label before the amount ("uurtarief: € 95"). */
export function unitLabelBefore(before: string): RatePer | null {
  for (const [per, pattern] of UNIT_LABEL_BEFORE) if (pattern.test(before)) return per;
  return null;
}

/** A rate label before the amount ("Tarief: 200", "Opdracht tarief 200"): a bare number is then allowed. */
export const RATE_LABEL = /(?:tarief|\brate|salaris|salary|\bloon|beloning|vergoeding)\b[^\d]{0,25}$/i;

/** Salary words: an amount without a unit is then a monthly or yearly salary, not an hourly rate. */
export const SALARY_WORD = /salaris|salary|\bbruto\b|\bloon\b|inschaling|schaal/i;

const CEILING =
  /(?:\bmax(?:imaal|imum)?\.?|\btot(?:\s+max(?:imaal)?\.?)?|\bhooguit|\bten\s+hoogste|\bup\s+to|\bat\s+most|\bniet\s+meer\s+dan)\s*(?:€|eur(?:o)?\b)?\s*$/i;
const FLOOR =
  /(?:\bvanaf|\bmin(?:imaal|imum)?\.?|\bten\s+minste|\btenminste|\bfrom|\bat\s+least|\bstarting\s+at)\s*(?:€|eur(?:o)?\b)?\s*$/i;

/** "max. € 95" → ceiling, "vanaf € 60" → floor, else null (an exact figure); `length` is the words' length. */
export function boundBefore(before: string): { kind: "ceiling" | "floor"; length: number } | null {
  const ceiling = CEILING.exec(before);
  if (ceiling) return { kind: "ceiling", length: ceiling[0].length };
  const floor = FLOOR.exec(before);
  return floor ? { kind: "floor", length: floor[0].length } : null;
}

/** Plausible amounts per unit: anything outside is more likely a count, a year or a budget. */
export const PLAUSIBLE: Record<RatePer, [number, number]> = {
  hour: [5, 1000],
  day: [50, 5000],
  month: [300, 50_000],
  year: [3000, 1_000_000],
};
