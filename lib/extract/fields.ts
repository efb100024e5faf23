// Turning the text found for a field into its typed value, with the shared parsers.
import { parseDate, parseDateRange, parseRelativeDeadline, toDeadline } from "./dates";
import { parseHoursPerWeek } from "./hours";
import type { LabelField } from "./label-words";
import { parseRate } from "./money";
import type { Listing, ListingField } from "../model/listing";
import { squash } from "./text";

export type FieldValues = { [K in ListingField]?: NonNullable<Listing[K]> };

const POSTCODE_CITY =
  /\b\d{4}\s?[A-Z]{2}\s+((?:['’]s-)?[\p{Lu}][\p{L}'’-]+(?:[\s-](?:aan|op|de|den|het|[\p{Lu}][\p{L}'’-]+))*)/u;

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

/** The typed values a labelled text gives; empty when it does not parse. */
export function interpret(field: LabelField, text: string, now: Date, labelled = true): FieldValues {
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
      const found = parseRate(text, { labelled });
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
