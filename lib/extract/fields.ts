// Turning the text found for a field into its typed value, with the shared parsers.
import { parseDate, parseDateRange, parseRelativeDeadline, toDeadline } from "./dates";
import { parseHoursPerWeek } from "./hours";
import type { LabelField } from "./label-words";
import { parseRate, statesNoRate } from "./money";
import type { Listing, ListingField } from "../model/listing";
import { squash } from "./text";

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
  return false;
}

/**
 * The typed values a labelled text gives; empty when it does not parse. `label` is the label as
 * printed ("Max. uurtarief"): it lends its words to the value (a single figure after "Max." is a
 * maximum, "Salaris" makes € 3.200 a month's pay).
 */
export function interpret(field: LabelField, text: string, now: Date, labelled = true, label = ""): FieldValues {
  switch (field) {
    case "deadline": {
      const found = parseDate(text, now) ?? parseRelativeDeadline(text, now);
      return found ? { deadline: toDeadline(found) } : {};
    }
    case "startDate":
    case "endDate":
    case "published": {
      const found = parseDate(text, now);
      return found ? { [field]: found.date } : {};
    }
    case "period": {
      const range = parseDateRange(text, now);
      return range ? { startDate: range.start.date, endDate: range.end.date } : {};
    }
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
