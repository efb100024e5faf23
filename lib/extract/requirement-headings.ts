// Which headings open a list of eisen (must), wensen (nice) or both, and which close one.
import { normalize } from "./text";

export type SectionKind = "must" | "nice" | "mixed";

const PREFIX = String.raw`(?:(?:de|onze|jouw|harde|functie|aanvullende|minimale|minimum|overige|specifieke|algemene|opdracht|selectie|technische|absolute)\s)?`;
const MUST = String.raw`(?:eisen|eis|functieeisen|knock ?outs?(?: ?criteria| ?eisen)?|knockoutcriteria|ko criteria|ko eisen|must haves?|vereisten|requirements|minimum requirements|wat vragen wij|wat wij vragen|dit vragen wij|wat verwachten wij|wat breng je mee|dit breng je mee|qualifications|required skills|what you bring|what we are looking for|what we re looking for)`;
const NICE = String.raw`(?:wensen|wens|pre|pre s|pres|gunningscriteria|gunningcriteria|nice to haves?|pluspunten|preferred(?: qualifications| skills)?|bonus points|wenselijk|selectiecriteria|beoordelingscriteria)`;
// "Competenties" alone is a character sketch, not checkable wensen (Flextender, the Zoetermeer
// seed); "Wensen en competenties" (KB&P) opens with wensen and counts.
const MUST_START = new RegExp(`^${PREFIX}${MUST}\\b`);
const NICE_START = new RegExp(`^${PREFIX}${NICE}\\b`);
const MUST_ANY = new RegExp(`\\b${MUST}\\b`);
const NICE_ANY = new RegExp(`\\b(?:${NICE}|wensen)\\b`);

// Sections that follow requirement lists and must never be read as requirements.
const STOP =
  /^(wat bieden wij|wij bieden|ons aanbod|aanbod|arbeidsvoorwaarden|procedure|sollicitatie|solliciteren|contact|contactpersoon|over ons|over de organisatie|organisatie|afdeling|meer informatie|gespreksinformatie|overige informatie|planning|what we offer|benefits|about us|how to apply|interesse|reageren|je kunt reageren|voorwaarden)\b/;

export function classifyHeading(text: string): SectionKind | null {
  const h = normalize(text);
  if (!h || h.length > 60) return null;
  if (MUST_START.test(h)) return NICE_ANY.test(h.replace(MUST_START, "")) ? "mixed" : "must";
  if (NICE_START.test(h)) return MUST_ANY.test(h.replace(NICE_START, "")) ? "mixed" : "nice";
  return null;
}

export function isStopHeading(text: string): boolean {
  return STOP.test(normalize(text));
}
