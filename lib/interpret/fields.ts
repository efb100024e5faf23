// Turning the text found for a field into its typed value, with the shared parsers.
import { parseDate, parseDateRange, parseRelativeDeadline, toDeadline, type DateOptions } from "./dates";
import { parseHoursPerWeek } from "./hours";
import type { LabelField } from "../dutch/label-words";
import { parseRate, statesNoRate } from "./money";
import type { Listing, ListingField } from "../model/listing";
import { squash } from "../dutch/text";

export type FieldValues = { [K in ListingField]?: NonNullable<Listing[K]> };

// One way to split a town name (hyphens inside words, spaces between them), bounded: no backtracking blow-up.
const TOWN_WORD = String.raw`[\p{Lu}][\p{L}'’]{0,30}(?:-[\p{L}][\p{L}'’]{0,30}){0,3}`;
const POSTCODE_CITY = new RegExp(
  String.raw`\b\d{4}\s?[A-Z]{2}[ \t]+((?:['’]s-)?${TOWN_WORD}(?:[ \t]+(?:(?:aan|op|de|den|het)[ \t]+){0,2}${TOWN_WORD}){0,4})`,
  "u",
);

/** "Stadsplateau 1, 3521 AZ Utrecht, Nederland" → "Utrecht"; "Utrecht | Hybride" → "Utrecht". */
export function cleanLocation(text: string): string | null {
  const flat = squash(text);
  const city = POSTCODE_CITY.exec(flat)?.[1];
  if (city) return city;
  const first =
    flat
      .split(/\s[|•·]\s/)[0]
      ?.replace(/,?\s*(Nederland|Netherlands|NL)$/i, "")
      .trim() ?? "";
  // "'s-Hertogenbosch", "'t Zandt" start with a lower-case article
  if (!first || first.length > 80 || /\d{3,}/.test(first) || !/^(?:[\p{Lu}]|['’][st][\s-])/u.test(first)) return null;
  return first;
}

/** An organisation name as printed; null for text that is clearly no name. */
export function cleanClient(text: string): string | null {
  const flat = squash(text).replace(/^(logo van|logo|opdracht bij)\s+/i, "");
  if (!flat || flat.length > 100 || !/^[\p{Lu}\d]/u.test(flat)) return null;
  return flat;
}

/**
 * True when a labelled value says outright that the page gives no such fact: "Maximum tarief:
 * Geen maximum", "Salaris: In consultation", "Tarief: n.t.b.", "Deadline to apply: None".
 * interpret() gives {} for these as for text it cannot read; the caller uses this to record the
 * field as null on purpose, so the visible text beats a JSON-LD baseSalary or validThrough.
 */
export function statesNone(field: LabelField, text: string): boolean {
  if (field === "rate") return statesNoRate(text) !== null;
  if (field === "deadline")
    return /^\W{0,3}(?:none|geen(?:\s+(?:sluitingsdatum|deadline))?|n\.?\s?v\.?\s?t\.?|not\s+applicable|doorlopend|ongoing|open\s+until\s+filled|until\s+filled)\W{0,3}$/i.test(
      text.trim().slice(0, 60),
    );
  if (field === "startDate" || field === "endDate") return withoutNoDate(text).none;
  return false;
}

// "Start: Zo snel mogelijk", "per direct", "z.s.m.", "in overleg", "ASAP": a start with no date.
// Read as a date they go wrong ("Zo" is Sunday to a Dutch date reader), so they are cut out first.
const NO_DATE =
  /^\W{0,3}(?:zo\s+(?:snel|spoedig)\s+(?:als\s+)?mogelijk|z\.\s?s\.\s?m\.?|zsm\b|per\s+direct|direct|per\s+omgaande|onmiddellijk|meteen|in\s+overleg|nader\s+te\s+bepalen|n\.?\s?t\.?\s?b\.?|nog\s+niet\s+bekend|onbekend|flexibel|asap\b|as\s+soon\s+as\s+possible|immediately|immediate|to\s+be\s+(?:agreed|determined|confirmed)|tb[acd]\b|negotiable|sofort|ab\s+sofort|nach\s+vereinbarung)\b/i;

/**
 * A date value with a leading no-date phrase cut off ("Per direct, uiterlijk 1 maart" → "uiterlijk
 * 1 maart"); `none` when the phrase is all it says ("Zo snel mogelijk", "Per direct (in overleg)").
 */
function withoutNoDate(text: string): { rest: string; none: boolean } {
  let rest = text.slice(0, 200).trim();
  let cut = false;
  for (let i = 0; i < 3; i++) {
    const m = NO_DATE.exec(rest);
    if (!m) break;
    cut = true;
    rest = rest.slice(m[0].length).replace(/^[\s,;/()–—-]+|[\s()]+$/g, "");
  }
  return { rest: cut ? rest : text, none: cut && !/\d/.test(rest) };
}

// "Periode: per direct tot en met 31 december 2026", "Looptijd: vanaf 1 maart 2026": one end given.
const UNTIL = /\b(?:tot\s+en\s+met|tot|t\/m|until|till|through|bis)[ \t]+/gi;
const FROM = /\b(?:vanaf|per|from|ab|start(?:end)?|beginnend|starting)[ \t]+/gi;

/** The date right after a word such as "tot" or "vanaf" in `text`, if one stands there. */
function dateAfter(text: string, word: RegExp, now: Date, dates: DateOptions): string | null {
  for (const m of text.slice(0, 200).matchAll(word)) {
    const found = parseDate(text.slice(m.index + m[0].length, m.index + m[0].length + 40), now, dates);
    if (found && found.index <= 3) return found.date;
  }
  return null;
}

/** A period's start and end: a range, or one end named by "tot"/"vanaf"; "6 maanden" gives nothing. */
function period(text: string, now: Date, dates: DateOptions): FieldValues {
  const { rest, none } = withoutNoDate(text);
  if (none) return {};
  const range = parseDateRange(rest, now, dates);
  if (range) return { startDate: range.start.date, endDate: range.end.date };
  const values: FieldValues = {};
  const end = dateAfter(rest, UNTIL, now, dates);
  const start = dateAfter(rest, FROM, now, dates);
  if (end) values.endDate = end;
  if (start && start !== end) values.startDate = start;
  return values;
}

/**
 * The typed values a labelled text gives; empty when it does not parse. `label` is the label as
 * printed ("Max. uurtarief"): it lends its words to the value (a single figure after "Max." is a
 * maximum, "Salaris" makes € 3.200 a month's pay). `dates` says which way round the page writes
 * numeric dates (date-order.ts: 01/12/2026 is 12 January on an American page).
 */
export function interpret(
  field: LabelField,
  text: string,
  now: Date,
  labelled = true,
  label = "",
  dates: DateOptions = {},
): FieldValues {
  switch (field) {
    case "deadline": {
      const found = parseDate(text, now, dates) ?? parseRelativeDeadline(text, now);
      return found ? { deadline: toDeadline(found) } : {};
    }
    case "startDate":
    case "endDate":
    case "published": {
      const date = field === "published" ? { rest: text, none: false } : withoutNoDate(text);
      const found = date.none ? null : parseDate(date.rest, now, dates);
      return found ? { [field]: found.date } : {};
    }
    case "period":
      return period(text, now, dates);
    case "hoursPerWeek": {
      const found = parseHoursPerWeek(text, { labelled });
      return found ? { hoursPerWeek: found.hours } : {};
    }
    case "rate": {
      const found = parseRate(text, { labelled, label });
      return found ? { rate: found.rate } : {};
    }
    case "location": {
      const location = cleanLocation(text);
      return location ? { location } : {};
    }
    case "client": {
      const client = cleanClient(text);
      return client ? { client } : {};
    }
  }
}
