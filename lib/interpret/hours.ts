// Hours per week: "8 uur p/w", "32-36 uur per week", "36-urige werkweek", "0,8 fte (1 fte = 36 uur)",
// "max 40 uur", "16 - 24 uur" standing alone in a fact list.
// Not hours per week: "24-uursbijeenkomst", "binnen 1 werkdag", "09.00 – 18.00 uur", "3 dagen per week",
// "Full-time" (no figure: no hours).
import type { Hours } from "../model/listing";
import { parseDutchNumber } from "../dutch/number-format";

// A clock time ("09.00", "13:30") is not a number of hours: decimals use a comma or a single digit.
const N = String.raw`(\d{1,3}(?:,\d{1,2}|\.\d)?)(?!\d|[.:,]\d)`;
const TO = String.raw`\s*(?:-|–|—|tot(?:\s+max(?:imaal)?\.?)?|t\/m|à|a|to|or)\s*`;
const RANGE = `${N}(?:${TO}${N})?`;
// "39 Std./Woche", "40 Stunden pro Woche": German pages (StepStone) too
const HOUR_WORD = String.raw`\s*(?:(?:uur|uren|u|hours?|hrs?|h|stunden)\b|std\b\.?)`;
const PER_WEEK = String.raw`\s*(?:per\s+week|p\s?\/\s?w\b|p\.w\.?|\/\s*week\b|\/\s*wk\b|per\s+wk\b|pw\b|in\s+de\s+week|a\s+week|weekly|\/\s*woche\b|pro\s+woche|in\s+der\s+woche|wöchentlich)`;
const NOT_GLUED = String.raw`(?<![\p{L}\d.,:-])`;

const PATTERNS: { re: RegExp; hours: (m: RegExpExecArray, text: string) => [number, number] | null }[] = [
  // "0,8 fte": the page's own fte size ("1 fte = 40 uur") or else 36 (see FTE_HOURS)
  { re: new RegExp(`${NOT_GLUED}${RANGE}\\s*fte\\b`, "giu"), hours: fteHours },
  // "3 dagen per week à 8 uur"
  {
    re: new RegExp(`${NOT_GLUED}${N}\\s*dag(?:en)?(?:${PER_WEEK})?\\s*(?:à|a|van|x)\\s*${N}${HOUR_WORD}`, "giu"),
    hours: (m) => product(m[1], m[2]),
  },
  { re: new RegExp(`${NOT_GLUED}${RANGE}${HOUR_WORD}${PER_WEEK}`, "giu"), hours: (m) => range(m[1], m[2]) },
  // "4 dagen (32 uur) per week": the hours in brackets
  {
    re: new RegExp(`${NOT_GLUED}${N}\\s*dag(?:en)?\\s*\\(\\s*${RANGE}${HOUR_WORD}\\s*\\)${PER_WEEK}`, "giu"),
    hours: (m) => range(m[2], m[3]),
  },
  {
    re: new RegExp(
      `${NOT_GLUED}${RANGE}\\s*-?\\s*urige\\s+(?:werkweek|week|dienstverband|aanstelling|contract)`,
      "giu",
    ),
    hours: (m) => range(m[1], m[2]),
  },
  // "max 40 uur", "maximaal 36 uur", "minimaal 24 uur", "up to 40 hours": a bound on hours is a figure
  // for them (min = max); not "binnen 24 uur", "max 8 uur per dag"
  {
    re: new RegExp(
      `(?<![\\p{L}])(?:max(?:imaal|imum)?\\.?|min(?:imaal|imum)?\\.?|hooguit|ten\\s+hoogste|up\\s+to|at\\s+most|at\\s+least)\\s*${N}${HOUR_WORD}(?!\\s*(?:per\\s+(?:dag|maand|jaar|day|month|year)|\\/\\s*(?:dag|maand|day|month)|p\\/d|p\\/m))`,
      "giu",
    ),
    hours: (m) => range(m[1], undefined, 4),
  },
  // "32 tot 36 uur", "16 - 24 uur": a range of hours is a working week (not "binnen 24 tot 48 uur",
  // not office hours "van 9 tot 17 uur")
  {
    re: new RegExp(
      `(?<!(?:binnen|within|na|after|in|over|van|from|between|tussen)\\s{1,3})${NOT_GLUED}${N}${TO}${N}${HOUR_WORD}(?!\\s*(?:per\\s+(?:dag|maand|jaar|day|month|year)|\\/\\s*(?:dag|maand|day|month)|p\\/d|p\\/m|later|na\\b|voor\\b))`,
      "giu",
    ),
    hours: (m) => range(m[1], m[2], 4),
  },
  // A label inside the text: "Uren per week: 2", "Hours per week 40"
  {
    re: new RegExp(`(?:uren|uur|hours)\\s+(?:per\\s+week|p\\/w)\\s*:?\\s*${RANGE}(?!\\s*(?:dag|maand|jaar|%))`, "giu"),
    hours: (m) => range(m[1], m[2]),
  },
];

/** A whole fact-list item that is hours: "36 uur", "32 - 36 uur", "24-36 uren" (HHNK's icon list). */
const STANDALONE = new RegExp(`^\\s*(?:ca\\.?\\s*|circa\\s*)?${RANGE}\\s*(?:uur|uren|hours?)\\s*$`, "iu");

const LABELLED = new RegExp(
  `(?<!(?:binnen|within)\\s{1,3})${NOT_GLUED}${RANGE}(?:${HOUR_WORD})?(?!\\s*(?:dag|maand|jaar|week|%|person|fte|[.:]\\d))`,
  "iu",
);
const FTE_SIZE =
  /(?:\b1(?:[.,]0)?\s*)?fte\s*(?:=|is|staat\s+voor|komt\s+overeen\s+met|bedraagt)\s*(\d{2}(?:,\d)?)\s*(?:uur|u\b|hours)/i;

function num(s: string | undefined): number | null {
  return s === undefined ? null : parseDutchNumber(s);
}

/** min..max when both are sensible hours per week. */
function sensible(lo: number | null, hi: number | null): [number, number] | null {
  if (lo === null || hi === null) return null;
  const [min, max] = lo <= hi ? [lo, hi] : [hi, lo];
  return min > 0 && max <= 80 ? [min, max] : null;
}

function range(a: string | undefined, b: string | undefined, least = 0): [number, number] | null {
  const found = sensible(num(a), b === undefined ? num(a) : num(b));
  return found && found[0] >= least ? found : null;
}

function product(days: string | undefined, perDay: string | undefined): [number, number] | null {
  const d = num(days);
  const h = num(perDay);
  if (d === null || h === null || d > 7 || h > 24) return null;
  return sensible(d * h, d * h);
}

/**
 * Hours in one fte when the page does not say: 36. The CAOs of Dutch government (Rijk, gemeenten,
 * provincies, waterschappen) and of hospitals and most semi-public employers set the full-time
 * week at 36 hours, and they are the ones that print hours in fte; companies that work 40 hours
 * usually print hours ("40 uur"). A page that states its own size ("1 fte = 40 uur",
 * "1,0 fte is 38 uur") overrides it.
 */
export const FTE_HOURS = 36;

function fteHours(m: RegExpExecArray, text: string): [number, number] | null {
  const size = FTE_SIZE.exec(text);
  if (size && m.index >= size.index && m.index < size.index + size[0].length) return null;
  const fulltime = size ? num(size[1]) : FTE_HOURS;
  const lo = num(m[1]);
  const hi = m[2] === undefined ? lo : num(m[2]);
  if (fulltime === null || lo === null || hi === null || Math.max(lo, hi) > 1.5) return null;
  return sensible(round(lo * fulltime), round(hi * fulltime));
}

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * Hours per week in a text: the earliest phrase that states them. `labelled` means the text is
 * the value of an hours label ("Uren per week: 2", "32 - 36"), so a bare number or range counts.
 * A single figure gives min = max, also after "max." or "minimaal". Never throws.
 */
export function parseHoursPerWeek(
  text: string,
  opts: { labelled?: boolean } = {},
): { hours: Hours; text: string } | null {
  const clean = text.slice(0, 200_000).replace(/[\u00a0\u202f\u2009]/g, " ");
  let best: { hours: Hours; text: string; index: number } | null = null;
  // "Heerhugowaard · 36 uur · € 3.930": a part of a fact line that is nothing but hours
  let offset = 0;
  for (const part of clean.split(/(\n|\s[·•|]\s)/)) {
    const m = part.length <= 40 ? STANDALONE.exec(part) : null;
    const found = m ? range(m[1], m[2], 1) : null;
    if (m && found) {
      best = { hours: { min: found[0], max: found[1] }, text: part.trim(), index: offset };
      break;
    }
    offset += part.length;
  }
  for (const { re, hours } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(clean); m; m = re.exec(clean)) {
      if (best && m.index >= best.index) break;
      const found = hours(m, clean);
      if (found) {
        best = { hours: { min: found[0], max: found[1] }, text: m[0].trim(), index: m.index };
        break;
      }
    }
  }
  if (!best && opts.labelled === true && !/\bfte\b/i.test(clean)) {
    const m = LABELLED.exec(clean);
    const found = m ? range(m[1], m[2]) : null;
    if (m && found) return { hours: { min: found[0], max: found[1] }, text: m[0].trim() };
  }
  return best ? { hours: best.hours, text: best.text } : null;
}
